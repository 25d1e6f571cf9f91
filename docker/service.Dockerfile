# The six services' image: the layered Spring Boot jar on the Eclipse Temurin 21 JRE, run as a non-root user.
# One Dockerfile for all six, parametrised by the module; the build context is the module (its .dockerignore
# lets only target/<module>.jar in). Build the jar first, then the image (./mall images does both, for all):
#   ./mvnw -B -q -DskipTests package -pl mall-portal -am
#   docker build -t perflab/mall-portal:0.1.0 -f docker/service.Dockerfile \
#     --build-arg SERVICE=mall-portal --build-arg PORT=8085 mall-portal
# (podman build takes the same arguments.) SERVICE and PORT come from mall-services.properties.
#
# Health: no HEALTHCHECK (Kubernetes ignores it, and the JRE image has no HTTP client). The Deployments
# k8s/base/mall/<service>.yaml probe GET /actuator/health/liveness (startup, liveness) and
# /actuator/health/readiness (readiness) on the port named http. The root filesystem may be read-only: the JVM
# and Tomcat write only to /tmp, which the Deployments mount as an emptyDir.

ARG SERVICE
FROM eclipse-temurin:21.0.5_11-jre-noble AS extract
ARG SERVICE
WORKDIR /extract
COPY target/${SERVICE}.jar application.jar
# Spring Boot 4 jar mode "tools": one directory per layer, each laid out for the JarLauncher (four directories;
# snapshot-dependencies is empty but present, since Boot puts project modules such as mall-common in application)
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination layers

FROM eclipse-temurin:21.0.5_11-jre-noble
ARG PORT
RUN groupadd --system --gid 10001 mall \
    && useradd --uid 10001 --gid mall --no-create-home --shell /usr/sbin/nologin mall
WORKDIR /app
# least to most often changed, so a rebuild after a code change only replaces the last layer
COPY --from=extract /extract/layers/dependencies/ ./
COPY --from=extract /extract/layers/spring-boot-loader/ ./
COPY --from=extract /extract/layers/snapshot-dependencies/ ./
COPY --from=extract /extract/layers/application/ ./
USER 10001:10001
EXPOSE ${PORT}
# heap from the container's memory limit (the JVM is container-aware); Kubernetes may replace the whole
# variable, e.g. to add the SkyWalking agent (k8s/base/mall/*.yaml keep these flags)
ENV JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=75 -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

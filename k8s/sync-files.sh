#!/usr/bin/env bash
# Refreshes the copies kustomize needs inside k8s/base/files from their sources under monitoring/, and
# regenerates the PrometheusRules k8s/base/monitoring/rules-*.yaml from monitoring/prometheus/rules/*.yml.
# Run after editing a dashboard, the Fluent Bit or agent configuration, or an alert rule; then commit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="$ROOT/k8s/base"
cp "$ROOT"/monitoring/grafana/dashboards/*.json "$BASE/files/grafana-dashboards/"
cp "$ROOT/monitoring/grafana/provisioning/datasources/prometheus.yml" "$BASE/files/grafana-provisioning/datasource-prometheus.yml"
cp "$ROOT/monitoring/grafana/provisioning/dashboards/perflab-mall.yml" "$BASE/files/grafana-provisioning/dashboards-perflab-mall.yml"
cp "$ROOT"/monitoring/fluent-bit/fluent-bit.conf "$ROOT"/monitoring/fluent-bit/parsers.conf "$BASE/files/fluent-bit/"
cp "$ROOT/monitoring/skywalking/agent.config" "$BASE/files/skywalking/agent.config"
for rules in "$ROOT"/monitoring/prometheus/rules/*.yml; do
  name=$(basename "$rules" .yml)
  {
    echo "# Generated from monitoring/prometheus/rules/$name.yml: the file's groups under spec, unchanged"
    echo "# (PrometheusRuleFilesTest keeps them equal; regenerate with k8s/sync-files.sh)."
    echo "apiVersion: monitoring.coreos.com/v1"
    echo "kind: PrometheusRule"
    echo "metadata:"
    echo "  name: $name"
    echo "  namespace: monitoring"
    echo "  labels:"
    echo "    app.kubernetes.io/part-of: perflab-mall"
    echo "    prometheus: k8s"
    echo "    role: alert-rules"
    echo "spec:"
    sed 's/^/  /; s/^  $//' "$rules"
  } > "$BASE/monitoring/rules-$name.yaml"
done
echo "sync-files.sh: copies and PrometheusRules refreshed; list a new dashboard or rule file in k8s/base/kustomization.yaml"

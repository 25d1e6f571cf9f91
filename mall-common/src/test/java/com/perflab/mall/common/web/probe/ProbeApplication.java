package com.perflab.mall.common.web.probe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal application whose controller exercises the shared error handling. */
@SpringBootApplication
public class ProbeApplication {
}

package org.mandatetracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MandateTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MandateTrackerApplication.class, args);
    }
}

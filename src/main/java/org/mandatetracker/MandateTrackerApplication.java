package org.mandatetracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MandateTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MandateTrackerApplication.class, args);
    }
}

package org.mandatetracker;

import org.mandatetracker.extraction.cli.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MandateTrackerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(ExtractCommand.runFromCommandLine(args)); // a command-line tool: no server, no database
        }
        SpringApplication.run(MandateTrackerApplication.class, args);
    }
}

package no.maturo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MaturoApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaturoApplication.class, args);
    }
}

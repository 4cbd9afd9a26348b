package fr.openip.myopenip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MyOpenIP, the operator's partner portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MyOpenIpApplication {

	public static void main(String[] args) {
		SpringApplication.run(MyOpenIpApplication.class, args);
	}

}

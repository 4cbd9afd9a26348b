package fr.openip.myopenip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import fr.openip.myopenip.shared.db.BackupCommand;

/**
 * MyOpenIP, the operator's partner portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MyOpenIpApplication {

	public static void main(String[] args) {
		// --backup=FILE / --restore=FILE: the embedded database's operations, not the
		// portal
		Integer command = BackupCommand.run(args, System.out);
		if (command != null) {
			System.exit(command);
		}
		SpringApplication.run(MyOpenIpApplication.class, args);
	}

}

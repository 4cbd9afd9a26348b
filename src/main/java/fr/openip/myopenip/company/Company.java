package fr.openip.myopenip.company;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A company known to the portal. Its id is the "Identifiant" shown on screen (e.g. 44660).
 */
@Entity
@Table(name = "company")
@EntityListeners(AuditingEntityListener.class)
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_identifier")
	@SequenceGenerator(name = "company_identifier", sequenceName = "company_identifier_seq", allocationSize = 1)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyUniverse universe;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyState state;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "referent_id")
	private Company referent;

	private boolean prospect;

	private String email;

	private String phone;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(nullable = false, updatable = false)
	private String createdBy;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@LastModifiedBy
	@Column(nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected Company() {
	}

	public Company(String name, CompanyUniverse universe, Company referent) {
		this.name = name;
		this.universe = universe;
		this.referent = referent;
		this.state = CompanyState.ACTIVE;
	}

	/** A company of a reseller not yet a client. */
	public static Company prospectOf(String name, Company referent) {
		Company company = new Company(name, CompanyUniverse.END_CLIENT, referent);
		company.prospect = true;
		return company;
	}

	public void rename(String name, String email, String phone) {
		this.name = name;
		this.email = email;
		this.phone = phone;
	}

	public void disable() {
		this.state = CompanyState.DISABLED;
	}

	public void enable() {
		this.state = CompanyState.ACTIVE;
	}

	public boolean isActive() {
		return this.state == CompanyState.ACTIVE;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public CompanyUniverse getUniverse() {
		return this.universe;
	}

	public CompanyState getState() {
		return this.state;
	}

	public Company getReferent() {
		return this.referent;
	}

	public boolean isProspect() {
		return this.prospect;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public long getVersion() {
		return this.version;
	}

}

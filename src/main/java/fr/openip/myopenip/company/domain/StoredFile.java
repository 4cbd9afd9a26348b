package fr.openip.myopenip.company.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantFilter;
import org.hibernate.annotations.Filter;

/**
 * An uploaded document (a PDF checked by its content), kept in the database and served
 * only to those who may see its company.
 */
@Entity
@Table(name = "stored_file")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.OWNED_CONDITION)
public class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long companyId;

	@Column(updatable = false)
	private Long ownerId;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long size;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	protected StoredFile() {
	}

	StoredFile(Company company, String filename, byte[] content, String sha256, String createdBy) {
		this.companyId = company.getId();
		this.ownerId = company.getOwnerId();
		this.filename = filename;
		this.contentType = "application/pdf";
		this.size = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.createdAt = PortalClock.now();
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public byte[] getContent() {
		return this.content;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}

package fr.openip.myopenip.company.web;

import jakarta.validation.constraints.Size;

import fr.openip.myopenip.company.Address;

import org.springframework.validation.Errors;

/**
 * The address block of the forms: n°, voie, bâtiment, étage, porte, escalier, complément,
 * pays, code postal, commune.
 */
public class AddressForm {

	@Size(max = 10)
	private String streetNumber;

	@Size(max = 200)
	private String street;

	@Size(max = 50)
	private String building;

	@Size(max = 50)
	private String floor;

	@Size(max = 50)
	private String door;

	@Size(max = 50)
	private String staircase;

	@Size(max = 200)
	private String complement;

	@Size(max = 60)
	private String country = Address.FRANCE;

	@Size(max = 10)
	private String postalCode;

	@Size(max = 100)
	private String city;

	static AddressForm of(Address address) {
		var form = new AddressForm();
		if (address != null) {
			form.streetNumber = address.streetNumber();
			form.street = address.street();
			form.building = address.building();
			form.floor = address.floor();
			form.door = address.door();
			form.staircase = address.staircase();
			form.complement = address.complement();
			form.country = address.country();
			form.postalCode = address.postalCode();
			form.city = address.city();
		}
		return form;
	}

	Address toAddress() {
		return new Address(FormChecks.trim(this.streetNumber), FormChecks.trim(this.street),
				FormChecks.trim(this.building), FormChecks.trim(this.floor), FormChecks.trim(this.door),
				FormChecks.trim(this.staircase), FormChecks.trim(this.complement), FormChecks.trim(this.country),
				this.postalCode == null ? null : this.postalCode.replaceAll("\\s", ""), FormChecks.trim(this.city));
	}

	/**
	 * Checks the address under {@code prefix} ("address."); the street number is required
	 * when asked.
	 */
	void validate(Errors errors, String prefix, boolean complete, boolean numberRequired) {
		FormChecks.postalCode(errors, prefix + "postalCode", this.country,
				this.postalCode == null ? null : this.postalCode.replaceAll("\\s", ""));
		if (complete) {
			if (numberRequired) {
				FormChecks.require(errors, prefix + "streetNumber", this.streetNumber);
			}
			FormChecks.require(errors, prefix + "street", this.street);
			FormChecks.require(errors, prefix + "country", this.country);
			FormChecks.require(errors, prefix + "postalCode", this.postalCode);
			FormChecks.require(errors, prefix + "city", this.city);
		}
	}

	public String getStreetNumber() {
		return this.streetNumber;
	}

	public void setStreetNumber(String streetNumber) {
		this.streetNumber = streetNumber;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getBuilding() {
		return this.building;
	}

	public void setBuilding(String building) {
		this.building = building;
	}

	public String getFloor() {
		return this.floor;
	}

	public void setFloor(String floor) {
		this.floor = floor;
	}

	public String getDoor() {
		return this.door;
	}

	public void setDoor(String door) {
		this.door = door;
	}

	public String getStaircase() {
		return this.staircase;
	}

	public void setStaircase(String staircase) {
		this.staircase = staircase;
	}

	public String getComplement() {
		return this.complement;
	}

	public void setComplement(String complement) {
		this.complement = complement;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

}

package io.github.authadapter.autoconfigure.scan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_notes")
public class Note {

	@Id
	private Long id;

	private String text;

	protected Note() {
	}

	public Note(Long id, String text) {
		this.id = id;
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

}

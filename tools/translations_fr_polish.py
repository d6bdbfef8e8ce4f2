"""French translations for the audit log's words for stored enumeration values: the labels the
interface shows (ui/labels.py), in the context of the services' sentences (branch polish)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("Messages", "Information and counselling"): "Information et conseil",
    ("Messages", "Eligibility"): "Recevabilité",
    ("Messages", "Portfolio of evidence"): "Dossier de preuves",
    ("Messages", "Certification"): "Certification",
    ("Messages", "Female"): "Femme",
    ("Messages", "Male"): "Homme",
    ("Messages", "No"): "Non",
    ("Messages", "National ID"): "Carte nationale d'identité",
    ("Messages", "Passport"): "Passeport",
    ("Messages", "Refugee ID"): "Carte de réfugié",
    ("Messages", "Other document"): "Autre pièce",
    ("Messages", "No document"): "Aucune pièce",
    ("Messages", "RPL"): "VAE",
    ("Messages", "Administrator"): "Administrateur",
    ("Messages", "Registrar"): "Responsable des inscriptions",
    ("Messages", "Qualification certificate"): "Certificat de qualification",
    ("Messages", "Statement of attainment"): "Attestation de réussite",
}

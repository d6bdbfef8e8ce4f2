"""French translations of the interface (the reference: tools/update_translations.py writes them
into resources/translations/skillassess_fr.ts).

Keys: "source" (any context), ("Context", "source") or ("Context", "source", "disambiguation").
Plural (%n) messages: [one (0 and 1), other]; %Ln writes the number the French way (1 234).
Terms: compétent / pas encore compétent, VAE (validation des acquis de l'expérience) for RPL,
unité de compétence, critère de performance, vérificateur, attestation de réussite.
Typography: a no-break space (U+00A0) before ":", a narrow one (U+202F) before "?" ";" "!".
"""
from __future__ import annotations

NBSP = "\u00a0"
NNBSP = "\u202f"

TRANSLATIONS: dict[object, str | list[str]] = {
    # Shared by several pages and table columns ----------------------------------------------------
    "Registration no.": "N° d'inscription",
    "Candidate": "Candidat",
    "Candidates": "Candidats",
    "Date": "Date",
    "Status": "Statut",
    "Status:": f"Statut{NBSP}:",
    "Cancel": "Annuler",
    "Cannot open database": "Impossible d'ouvrir la base de données",
    "SkillAssess": "SkillAssess",
    # Main window ----------------------------------------------------------------------------------
    ("MainWindow", "&File"): "&Fichier",
    ("MainWindow", "&New database…"): "&Nouvelle base de données…",
    ("MainWindow", "&Open database…"): "&Ouvrir une base de données…",
    ("MainWindow", "&Quit"): "&Quitter",
    ("MainWindow", "&View"): "&Affichage",
    ("MainWindow", "&Refresh"): "Actualise&r",
    ("MainWindow", "&Language"): "&Langue",
    ("MainWindow", "&Help"): "Aid&e",
    ("MainWindow", "&About SkillAssess"): "À &propos de SkillAssess",
    ("MainWindow", "About SkillAssess"): "À propos de SkillAssess",
    ("MainWindow", "<h3>SkillAssess %1</h3><p>Competency standards, practical assessments, "
                   "Recognition of Prior Learning and certificates for TVET centres, offline.</p>"
                   "<p>Database: %2</p>"):
        "<h3>SkillAssess %1</h3><p>Référentiels de compétences, évaluations pratiques, validation des "
        "acquis de l'expérience (VAE) et certificats pour les centres d'enseignement et de formation "
        f"techniques et professionnels (EFTP), sans connexion Internet.</p><p>Base de données{NBSP}: %2</p>",
    ("MainWindow", "Language"): "Langue",
    ("MainWindow", "SkillAssess will be shown in %1 after a restart. Nothing you saved is lost."):
        "SkillAssess s'affichera dans la langue choisie (%1) après un redémarrage. "
        "Rien de ce que vous avez enregistré n'est perdu.",
    ("MainWindow", "Restart now?"): f"Redémarrer maintenant{NNBSP}?",
    ("MainWindow", "Restart now"): "Redémarrer maintenant",
    ("MainWindow", "Later"): "Plus tard",
    ("MainWindow", "Database: %1"): f"Base de données{NBSP}: %1",
    ("MainWindow", "Open database"): "Ouvrir une base de données",
    ("MainWindow", "New database"): "Nouvelle base de données",
    ("MainWindow", "SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)"):
        "Base de données SkillAssess (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)",
    ("MainWindow", "%1 already exists; choose a new file name."):
        f"%1 existe déjà{NNBSP}; choisissez un autre nom de fichier.",
    ("MainWindow", "Opened %1"): f"Base ouverte{NBSP}: %1",
    ("LanguagePage", "Language"): "Langue",
    ("LanguagePage", "The language of SkillAssess on this computer. You can change it later in View → Language."):
        "La langue de SkillAssess sur cet ordinateur. Vous pourrez la changer plus tard dans Affichage → Langue.",
    ("LanguagePage", "&Language:"): "&Langue :",
    # Errors ---------------------------------------------------------------------------------------
    ("Errors", "Something went wrong: %1\nPlease report this with the log file."):
        f"Une erreur inattendue s'est produite{NBSP}: %1\nVeuillez la signaler en joignant le fichier journal.",
    # Standards ------------------------------------------------------------------------------------
    ("StandardsPage", "Standards"): "Référentiels",
    ("StandardsPage", "Filter by code or title"): "Filtrer par code ou intitulé",
    ("StandardsPage", "Code"): "Code",
    ("StandardsPage", "Title"): "Intitulé",
    ("StandardsPage", "Details"): "Détails",
    ("StandardsPage", "Level %1 · version %2 · %3"): "Niveau %1 · version %2 · %3",
    ("StandardsPage", "%1 · version %2 · %3"): "%1 · version %2 · %3",
    ("StandardsPage", "%n credit(s)"): ["%Ln crédit", "%Ln crédits"],
    ("StandardsPage", "%n elective(s)"): ["%Ln unité optionnelle", "%Ln unités optionnelles"],
    ("StandardsPage", "Element %1"): "Élément %1",
    ("StandardsPage", "Performance criterion %1"): "Critère de performance %1",
    ("StandardsPage", "Code:"): f"Code{NBSP}:",
    ("StandardsPage", "Country:"): f"Pays{NBSP}:",
    ("StandardsPage", "Level scale:"): f"Échelle des niveaux{NBSP}:",
    ("StandardsPage", "Level:"): f"Niveau{NBSP}:",
    ("StandardsPage", "Version:"): f"Version{NBSP}:",
    ("StandardsPage", "Sector:"): f"Secteur{NBSP}:",
    ("StandardsPage", "Packaging rules:"): f"Règles de composition{NBSP}:",
    ("StandardsPage", "Credits:"): f"Crédits{NBSP}:",
    ("StandardsPage", "Nominal hours:"): f"Durée nominale (heures){NBSP}:",
    # Candidates -----------------------------------------------------------------------------------
    ("CandidatesPage", "Search by name (any script), registration number or ID"):
        "Rechercher par nom (toute écriture), n° d'inscription ou n° de pièce d'identité",
    ("CandidatesPage", "%n candidate(s)"): ["%Ln candidat", "%Ln candidats"],
    ("CandidateTableModel", "Family name"): "Nom",
    ("CandidateTableModel", "Given names"): "Prénoms",
    ("CandidateTableModel", "Name in local script"): "Nom en écriture locale",
    ("CandidateTableModel", "Sex"): "Sexe",
    ("CandidateTableModel", "Nationality"): "Nationalité",
    ("CandidateTableModel", "ID number"): "N° de pièce d'identité",
    # Assessments ----------------------------------------------------------------------------------
    ("AssessmentsPage", "Assessments"): "Évaluations",
    ("AssessmentsPage", "All statuses"): "Tous les statuts",
    ("AssessmentsPage", "%n assessment(s)"): ["%Ln évaluation", "%Ln évaluations"],
    ("AssessmentTableModel", "Unit"): "Unité",
    ("AssessmentTableModel", "Unit title"): "Intitulé de l'unité",
    ("AssessmentTableModel", "Attempt"): "Tentative",
    ("AssessmentTableModel", "Outcome"): "Résultat",
    ("AssessmentTableModel", "Assessor"): "Évaluateur",
    ("AssessmentTableModel", "Verifier"): "Vérificateur",
    # Certificates ---------------------------------------------------------------------------------
    ("CertificatesPage", "Certificates"): "Certificats",
    ("CertificatesPage", "%n certificate(s) in the register"): ["%Ln certificat au registre", "%Ln certificats au registre"],
    ("CertificateTableModel", "Serial"): "N° de série",
    ("CertificateTableModel", "Type"): "Type",
    ("CertificateTableModel", "Qualification"): "Qualification",
    ("CertificateTableModel", "Issued"): "Délivré le",
    ("CertificateTableModel", "Reprints"): "Réimpressions",
    # Reports --------------------------------------------------------------------------------------
    ("ReportsPage", "Reports"): "Rapports",
    ("ReportsPage", "Summary by sex"): "Synthèse par sexe",
    ("ReportsPage", "Women"): "Femmes",
    ("ReportsPage", "Men"): "Hommes",
    ("ReportsPage", "Total"): "Total",
    ("ReportsPage", "Candidates registered"): "Candidats inscrits",
    ("ReportsPage", "Candidates assessed (verified results)"): "Candidats évalués (résultats vérifiés)",
    ("ReportsPage", "Units achieved (verified)"): "Unités acquises (vérifiées)",
    ("ReportsPage", "Candidates certified"): "Candidats certifiés",
    # Enumeration labels ---------------------------------------------------------------------------
    ("Labels", "Administrator"): "Administrateur",
    ("Labels", "Assessor"): "Évaluateur",
    ("Labels", "Verifier"): "Vérificateur",
    ("Labels", "Registrar"): "Responsable des inscriptions",
    ("Labels", "Draft", "standard"): "Projet",
    ("Labels", "Current"): "En vigueur",
    ("Labels", "Superseded"): "Remplacé",
    ("Labels", "All core units plus electives"): "Toutes les unités obligatoires et des unités optionnelles",
    ("Labels", "All core units and a minimum of credits"): "Toutes les unités obligatoires et un minimum de crédits",
    ("Labels", "Core"): "Obligatoire",
    ("Labels", "Elective"): "Optionnelle",
    ("Labels", "Range statement"): "Contexte de réalisation",
    ("Labels", "Required knowledge"): "Savoirs requis",
    ("Labels", "Required skills"): "Savoir-faire requis",
    ("Labels", "Evidence guide"): "Guide des preuves",
    ("Labels", "Assessment conditions"): "Conditions d'évaluation",
    ("Labels", "Female"): "Femme",
    ("Labels", "Male"): "Homme",
    ("Labels", "Yes"): "Oui",
    ("Labels", "No"): "Non",
    ("Labels", "Not stated"): "Non déclaré",
    ("Labels", "National ID"): "Carte nationale d'identité",
    ("Labels", "Passport"): "Passeport",
    ("Labels", "Refugee ID"): "Carte de réfugié",
    ("Labels", "Other document"): "Autre pièce",
    ("Labels", "No document"): "Aucune pièce",
    ("Labels", "RPL"): "VAE",
    ("Labels", "Training"): "Formation",
    ("Labels", "Active", "enrolment"): "En cours",
    ("Labels", "Completed"): "Terminée",
    ("Labels", "Withdrawn", "enrolment"): "Abandonnée",
    ("Labels", "Information and counselling"): "Information et conseil",
    ("Labels", "Eligibility"): "Recevabilité",
    ("Labels", "Self-assessment"): "Auto-évaluation",
    ("Labels", "Portfolio of evidence"): "Dossier de preuves",
    ("Labels", "Assessment", "RPL stage"): "Évaluation",
    ("Labels", "Certification"): "Certification",
    ("Labels", "Appeal", "RPL stage"): "Recours",
    ("Labels", "Eligible"): "Recevable",
    ("Labels", "Not eligible"): "Non recevable",
    ("Labels", "I can do this"): "Je sais le faire",
    ("Labels", "With help"): "Avec de l'aide",
    ("Labels", "Not yet"): "Pas encore",
    ("Labels", "Certificate", "evidence"): "Certificat ou diplôme",
    ("Labels", "Photo of work"): "Photo d'un travail réalisé",
    ("Labels", "Video"): "Vidéo",
    ("Labels", "Reference letter"): "Lettre de recommandation",
    ("Labels", "Work sample"): "Échantillon de travail",
    ("Labels", "Third-party report", "evidence"): "Attestation d'un tiers",
    ("Labels", "Other", "evidence"): "Autre",
    ("Labels", "Active", "evidence"): "Valide",
    ("Labels", "Withdrawn", "evidence"): "Retirée",
    ("Labels", "Observation"): "Observation",
    ("Labels", "Questioning"): "Questions orales",
    ("Labels", "Product"): "Produit réalisé",
    ("Labels", "Third-party report", "assessment method"): "Rapport d'un tiers",
    ("Labels", "Portfolio"): "Portfolio",
    ("Labels", "Draft", "assessment"): "Brouillon",
    ("Labels", "Submitted"): "Soumise",
    ("Labels", "Verified"): "Vérifiée",
    ("Labels", "Returned"): "Renvoyée",
    ("Labels", "Competent"): "Compétent",
    ("Labels", "Not Yet Competent"): "Pas encore compétent",
    ("Labels", "RPL granted"): "Acquis validés (VAE)",
    ("Labels", "Credit transfer"): "Transfert de crédits",
    ("Labels", "Withdrawn", "outcome"): "Abandon",
    ("Labels", "Satisfactory"): "Satisfaisant",
    ("Labels", "Not yet satisfactory"): "Pas encore satisfaisant",
    ("Labels", "Pending"): "En attente",
    ("Labels", "Upheld"): "Accepté",
    ("Labels", "Dismissed"): "Rejeté",
    ("Labels", "Qualification certificate"): "Certificat de qualification",
    ("Labels", "Statement of attainment"): "Attestation de réussite",
    ("Labels", "Issued", "certificate"): "Délivré",
    ("Labels", "Revoked"): "Révoqué",
    ("Labels", "Created"): "Création",
    ("Labels", "Changed"): "Modification",
    ("Labels", "Deleted"): "Suppression",
}

# Strings of the branches merged at the same time (users and sign-in, standards editing, candidates and
# RPL, assessment recording, certificates, reports and exports), translated ahead of the merge.
# Written with ordinary spaces; _typography() below puts the French no-break spaces in.
TRANSLATIONS.update({
    # Shared ---------------------------------------------------------------------------------------
    "The two passwords differ; type them again.": "Les deux mots de passe diffèrent ; saisissez-les de nouveau.",
    "The password needs at least %1 characters.": "Le mot de passe doit compter au moins %1 caractères.",
    "(none)": "(aucune)",
    "&User name:": "Nom d'&utilisateur :",
    "&Full name:": "Nom &complet :",
    "&Password:": "Mot de &passe :",
    "Password &again:": "Confirmer le mot de pa&sse :",
    "&New password:": "&Nouveau mot de passe :",
    "New password &again:": "Confirmer le nouveau mot de pa&sse :",
    "File": "Fichier",
    "Type": "Type",
    "Description": "Description",
    "Criteria": "Critères",
    "Criterion": "Critère",
    "Code": "Code",
    "&Code": "&Code",
    "Version": "Version",
    "&Title": "&Intitulé",
    "Title": "Intitulé",
    "C&ategory": "C&atégorie",
    "Category": "Catégorie",
    "Credits": "Crédits",
    "C&redits": "C&rédits",
    "%1 (%2)": "%1 (%2)",
    "Outcome:": "Résultat :",
    "Date:": "Date :",
    "Venue:": "Lieu :",
    "Comments:": "Commentaires :",
    "Feedback:": "Retour au candidat :",
    "Reason:": "Motif :",
    "Notes:": "Notes :",
    "Notes": "Notes",
    "Qualification": "Qualification",
    "Qualification:": "Qualification :",
    "Unit": "Unité",
    "Unit:": "Unité :",
    "Units:": "Unités :",
    "Stage": "Étape",
    "Enrolment": "Inscription",
    "Self-assessment": "Auto-évaluation",
    "Candidates:": "Candidats :",
    "Title:": "Intitulé :",
    "Assessor:": "Évaluateur :",
    "User:": "Utilisateur :",
    "From": "Du",
    "to": "au",
    "All statuses": "Tous les statuts",
    "Choose…": "Choisir…",
    "Add": "Ajouter",
    "Remove": "Retirer",
    "Open": "Ouvrir",
    "Import": "Importer",
    "Export": "Exporter",
    "Print record…": "Imprimer la fiche…",
    "Save assessment record": "Enregistrer la fiche d'évaluation",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Excel workbook (*.xlsx)": "Classeur Excel (*.xlsx)",
    "Cannot write %1: %2": "Impossible d'écrire %1 : %2",
    "Wrote %1": "Fichier écrit : %1",
    "Writing %1…": "Écriture de %1…",
    "Importing %1…": "Importation de %1…",
    "Add evidence": "Ajouter une preuve",
    "Not stated": "Non déclaré",
    "Women": "Femmes",
    "Men": "Hommes",
    "Yes": "Oui",
    "Active": "Actif",
    "Current": "Actuelle",
    "Database: %1": "Base de données : %1",
    "Export results": "Exporter les résultats",
    "Enrol the candidate first.": "Inscrivez d'abord le candidat.",
    # Users, sign-in, first start --------------------------------------------------------------------
    ("AdminPage", "The first administrator"): "Le premier administrateur",
    ("AdminPage", "This person adds the other users. Choose a password of at least %1 characters."):
        "Cette personne ajoute les autres utilisateurs. Choisissez un mot de passe d'au moins %1 caractères.",
    ("CentrePage", "Your centre"): "Votre centre",
    ("CentrePage", "These appear on certificates and reports. An administrator can change them later."):
        "Ces informations figurent sur les certificats et les rapports. Un administrateur pourra les modifier plus tard.",
    ("CentrePage", "e.g. ACC"): "p. ex. ACC",
    ("CentrePage", "No logo"): "Pas de logo",
    ("CentrePage", "Choose &logo…"): "Choisir le &logo…",
    ("CentrePage", "Centre &name:"): "&Nom du centre :",
    ("CentrePage", "Centre &code:"): "&Code du centre :",
    ("CentrePage", "C&ountry:"): "&Pays :",
    ("CentrePage", "&Address:"): "&Adresse :",
    ("CentrePage", "Logo:"): "Logo :",
    ("CentrePage", "The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number."):
        "Le code du centre compte au plus 20 lettres, chiffres ou traits d'union (par exemple ACC) ; "
        "il ouvre chaque numéro de série de certificat.",
    ("CentrePage", "Centre logo"): "Logo du centre",
    ("CentrePage", "Images (*.png *.jpg *.jpeg)"): "Images (*.png *.jpg *.jpeg)",
    ("CentrePage", "%1 is not an image that can be read."): "%1 n'est pas une image lisible.",
    ("FirstStartWizard", "Welcome to %1"): "Bienvenue dans %1",
    ("FirstStartWizard", "&Start"): "&Commencer",
    ("FirstStartWizard", "This database (%1) has no users yet. Record your centre and its first administrator to start."):
        "Cette base de données (%1) n'a pas encore d'utilisateurs. Enregistrez votre centre et son premier "
        "administrateur pour commencer.",
    ("SignInDialog", "Sign in — %1"): "Connexion — %1",
    ("SignInDialog", "&Sign in"): "Se &connecter",
    ("SignInDialog", "This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2."):
        "Ceci est la base de démonstration. Utilisateurs : %1. Chaque mot de passe est demo- suivi du nom "
        "d'utilisateur, par exemple %2.",
    ("SignInDialog", "Enter your user name and password."): "Saisissez votre nom d'utilisateur et votre mot de passe.",
    ("SignInDialog", "Signing in…"): "Connexion…",
    ("SignInDialog", "The account %1 is deactivated; ask an administrator."): "Le compte %1 est désactivé ; adressez-vous à un administrateur.",
    ("ChangePasswordDialog", "Change my password"): "Changer mon mot de passe",
    ("ChangePasswordDialog", "&Current password:"): "Mot de passe &actuel :",
    ("ResetPasswordDialog", "New password for %1"): "Nouveau mot de passe pour %1",
    ("ResetPasswordDialog", "Tell the user the new password in person; it also unlocks a locked account."):
        "Communiquez le nouveau mot de passe à l'utilisateur en personne ; il débloque aussi un compte bloqué.",
    ("MainWindow", "Not signed in"): "Non connecté",
    ("MainWindow", "Signed in: %1"): "Connecté : %1",
    ("MainWindow", "Signed in as %1"): "Connecté en tant que %1",
    ("MainWindow", "&Change my password…"): "&Changer mon mot de passe…",
    ("MainWindow", "S&witch user…"): "Changer d'&utilisateur…",
    ("MainWindow", "Sign &out"): "Se &déconnecter",
    ("MainWindow", "&Export"): "E&xporter",
    ("MainWindow", "&Results…"): "&Résultats…",
    ("MainWindow", "Certificate &register…"): "Re&gistre des certificats…",
    ("MainWindow", "&Statistics…"): "&Statistiques…",
    ("UserDialog", "Add user"): "Ajouter un utilisateur",
    ("UserDialog", "Change user %1"): "Modifier l'utilisateur %1",
    ("UserDialog", "Roles:"): "Rôles :",
    ("UserDialog", "for assessors"): "pour les évaluateurs",
    ("UserDialog", "Assessor &registration no.:"): "N° d'&agrément d'évaluateur :",
    ("UserDialog", "Expires on"): "Expire le",
    ("UserDialog", "Registration:"): "Agrément :",
    ("UserDialog", "Give the user at least one role."): "Attribuez au moins un rôle à l'utilisateur.",
    ("UserTableModel", "%1 (expired)"): "%1 (expiré)",
    ("UserTableModel", "Deactivated"): "Désactivé",
    ("UserTableModel", "Locked"): "Bloqué",
    ("UserTableModel", "User name"): "Nom d'utilisateur",
    ("UserTableModel", "Full name"): "Nom complet",
    ("UserTableModel", "Roles"): "Rôles",
    ("UserTableModel", "Assessor registration no."): "N° d'agrément d'évaluateur",
    ("UserTableModel", "Registration expires"): "Fin de l'agrément",
    ("UsersPage", "&Add user…"): "&Ajouter un utilisateur…",
    ("UsersPage", "&Change…"): "&Modifier…",
    ("UsersPage", "&Reset password…"): "&Réinitialiser le mot de passe…",
    ("UsersPage", "&Deactivate"): "&Désactiver",
    ("UsersPage", "&Activate"): "Ac&tiver",
    ("UsersPage", "Users who have records are never deleted: deactivate them, and they can no longer sign in."):
        "Les utilisateurs qui ont des enregistrements ne sont jamais supprimés : désactivez-les, ils ne pourront "
        "plus se connecter.",
    ("UsersPage", "Users"): "Utilisateurs",
    ("UsersPage", "%n user(s)"): ["%Ln utilisateur", "%Ln utilisateurs"],
    # Audit --------------------------------------------------------------------------------------
    ("AuditPage", "&Check the log"): "&Vérifier le journal",
    ("AuditPage", "Recompute the hash chain: any entry changed or removed since it was written shows."):
        "Recalculer la chaîne d'empreintes : toute entrée modifiée ou supprimée depuis son écriture apparaît.",
    ("AuditPage", "Record type:"): "Type d'enregistrement :",
    ("AuditPage", "Select an entry to see the values before and after."): "Sélectionnez une entrée pour voir les valeurs avant et après.",
    ("AuditPage", "Audit log"): "Journal d'audit",
    ("AuditPage", "All record types"): "Tous les types d'enregistrement",
    ("AuditPage", "All users"): "Tous les utilisateurs",
    ("AuditPage", "%n entry(ies)"): ["%Ln entrée", "%Ln entrées"],
    ("AuditPage", "Entry %1: %2 %3 %4 by %5"): "Entrée %1 : %2 %3 %4 par %5",
    ("AuditPage", "Changes:"): "Modifications :",
    ("AuditPage", "Before"): "Avant",
    ("AuditPage", "After"): "Après",
    ("AuditPage", "Checking the audit log…"): "Vérification du journal d'audit…",
    ("AuditPage", "The audit log is intact: %n entry(ies) checked."): [
        "Le journal d'audit est intact : %Ln entrée vérifiée.", "Le journal d'audit est intact : %Ln entrées vérifiées."],
    ("AuditPage", "The audit log is broken at entry %1: %2."): "Le journal d'audit est rompu à l'entrée %1 : %2.",
    ("AuditTableModel", "No."): "N°",
    ("AuditTableModel", "When"): "Date et heure",
    ("AuditTableModel", "User"): "Utilisateur",
    ("AuditTableModel", "Action"): "Action",
    ("AuditTableModel", "Record type"): "Type d'enregistrement",
    ("AuditTableModel", "Record"): "Enregistrement",
    ("AuditTableModel", "Fields"): "Champs",
})

TRANSLATIONS.update({
    # Standards editing --------------------------------------------------------------------------
    ("BodyForm", "&Name"): "&Nom",
    ("BodyForm", "Co&untry"): "&Pays",
    ("BodyForm", "&Level scale"): "Échelle des &niveaux",
    ("QualificationForm", "&Level"): "&Niveau",
    ("QualificationForm", "Sec&tor"): "Sec&teur",
    ("QualificationForm", "&Description"): "&Description",
    ("QualificationForm", "&Packaging rules"): "Règles de &composition",
    ("QualificationForm", "&Electives required"): "Unités &optionnelles requises",
    ("QualificationForm", "C&redits required"): "C&rédits requis",
    ("UnitForm", "&Nominal hours"): "&Durée nominale (heures)",
    ("_Form", "&Save"): "&Enregistrer",
    ("_Form", "Save the changes (Ctrl+S)"): "Enregistrer les modifications (Ctrl+S)",
    ("_Form", "Re&vert"): "&Annuler les modifications",
    ("NewItemDialog", "To add a unit that exists already, give its code; the title is then not needed."):
        "Pour ajouter une unité qui existe déjà, indiquez son code ; l'intitulé n'est alors pas nécessaire.",
    ("StandardsPage", "Search by code or title"): "Rechercher par code ou intitulé",
    ("StandardsPage", "&Add"): "&Ajouter",
    ("StandardsPage", "Add under the selected item (Ins)"): "Ajouter sous l'élément sélectionné (Ins)",
    ("StandardsPage", "Remo&ve"): "&Retirer",
    ("StandardsPage", "Remove the selected item (Del)"): "Retirer l'élément sélectionné (Suppr)",
    ("StandardsPage", "Move &up"): "&Monter",
    ("StandardsPage", "Move the selected item up (Ctrl+Up)"): "Monter l'élément sélectionné (Ctrl+Haut)",
    ("StandardsPage", "Move do&wn"): "Descen&dre",
    ("StandardsPage", "Move the selected item down (Ctrl+Down)"): "Descendre l'élément sélectionné (Ctrl+Bas)",
    ("StandardsPage", "New &version"): "Nouvelle &version",
    ("StandardsPage", "Copy the selected qualification or unit as a draft with the next version number"):
        "Copier la qualification ou l'unité sélectionnée en projet, avec le numéro de version suivant",
    ("StandardsPage", "&Publish"): "&Publier",
    ("StandardsPage", "Make the selected draft current; the current version becomes superseded"):
        "Mettre en vigueur le projet sélectionné ; la version en vigueur devient remplacée",
    ("StandardsPage", "&Import…"): "&Importer…",
    ("StandardsPage", "Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)"):
        "Importer un référentiel depuis Excel (.xlsx), CASE (.json) ou Moodle (.csv)",
    ("StandardsPage", "E&xport…"): "E&xporter…",
    ("StandardsPage", "Export the selected qualification to Excel or CASE JSON"):
        "Exporter la qualification sélectionnée vers Excel ou CASE JSON",
    ("StandardsPage", "&Template…"): "&Modèle…",
    ("StandardsPage", "Save an empty, documented Excel workbook to fill in"):
        "Enregistrer un classeur Excel vide et commenté, à remplir",
    ("StandardsPage", "&Element"): "&Élément",
    ("StandardsPage", "&Performance criterion"): "&Critère de performance",
    ("StandardsPage", "Select an item in the tree to see and edit it."): "Sélectionnez un élément de l'arborescence pour le voir et le modifier.",
    ("StandardsPage", "Units in no qualification"): "Unités hors qualification",
    ("StandardsPage", "New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up."):
        "Les nouvelles versions d'unités attendent ici qu'une version de qualification les reprenne : créez une "
        "nouvelle version de la qualification pour les y intégrer.",
    ("StandardsPage", "%1 · version %2 · %3 credits · %4"): "%1 · version %2 · %3 crédits · %4",
    ("StandardsPage", "version %1 · %2"): "version %1 · %2",
    ("StandardsPage", "Element %1 of %2"): "Élément %1 de %2",
    ("StandardsPage", "Performance criterion %1 of %2"): "Critère de performance %1 de %2",
    ("StandardsPage", "Only an administrator can change, import or export standards; you can look at them here."):
        "Seul un administrateur peut modifier, importer ou exporter les référentiels ; vous pouvez les consulter ici.",
    ("StandardsPage", "Needs the administrator role"): "Nécessite le rôle d'administrateur",
    ("StandardsPage", "New awarding body"): "Nouvel organisme certificateur",
    ("StandardsPage", "New qualification"): "Nouvelle qualification",
    ("StandardsPage", "New unit"): "Nouvelle unité",
    ("StandardsPage", "Title of the new element:"): "Intitulé du nouvel élément :",
    ("StandardsPage", "Text of the new performance criterion:"): "Texte du nouveau critère de performance :",
    ("StandardsPage", "Remove the draft qualification %1? Its units stay."): "Retirer le projet de qualification %1 ? Ses unités sont conservées.",
    ("StandardsPage", "Take unit %1 out of this qualification? The unit itself stays."):
        "Retirer l'unité %1 de cette qualification ? L'unité elle-même est conservée.",
    ("StandardsPage", "Remove element %1 and its performance criteria?"): "Retirer l'élément %1 et ses critères de performance ?",
    ("StandardsPage", "Remove performance criterion %1?"): "Retirer le critère de performance %1 ?",
    ("StandardsPage", "Import a standard"): "Importer un référentiel",
    ("StandardsPage", "Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)"):
        "Référentiels (*.xlsx *.json *.csv);;Classeur Excel (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)",
    ("StandardsPage", "Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria."):
        "%1 version %2 importée : %3 unité(s), %4 élément(s), %5 critère(s) de performance.",
    ("StandardsPage", "Export a standard"): "Exporter un référentiel",
    ("StandardsPage", "Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)"): "Classeur Excel (*.xlsx);;CASE 1.1 JSON (*.json)",
    ("StandardsPage", "Save the standards template"): "Enregistrer le modèle de référentiel",
    # Candidates, enrolment, RPL, evidence ---------------------------------------------------------
    ("CandidateTableModel", "Stage"): "Étape",
    ("CandidatesPage", "Any sex"): "Tous les sexes",
    ("CandidatesPage", "Any stage"): "Toutes les étapes",
    ("CandidatesPage", "New candidate…"): "Nouveau candidat…",
    ("CandidatesPage", "Edit…"): "Modifier…",
    ("CandidatesPage", "Enrol…"): "Inscrire…",
    ("CandidatesPage", "RPL step…"): "Étape de VAE…",
    ("CandidatesPage", "Self-assessment…"): "Auto-évaluation…",
    ("CandidatesPage", "Evidence…"): "Preuves…",
    ("CandidatesPage", "Import from Excel…"): "Importer depuis Excel…",
    ("CandidatesPage", "Excel template…"): "Modèle Excel…",
    ("CandidatesPage", "Any qualification"): "Toutes les qualifications",
    ("CandidatesPage", "Not enrolled yet."): "Pas encore inscrit.",
    ("CandidatesPage", "stage: %1"): "étape : %1",
    ("CandidatesPage", "Enrol the candidate in a qualification first."): "Inscrivez d'abord le candidat à une qualification.",
    ("CandidatesPage", "Save Excel template"): "Enregistrer le modèle Excel",
    ("CandidatesPage", "Import candidates"): "Importer des candidats",
    ("CandidatesPage", "%n candidate(s) imported."): ["%Ln candidat importé.", "%Ln candidats importés."],
    ("CandidatesPage", "%n already registered, not imported again:"): [
        "%Ln déjà inscrit, non importé de nouveau :", "%Ln déjà inscrits, non importés de nouveau :"],
    ("CandidatesPage", "Row %1: %2"): "Ligne %1 : %2",
    ("CandidateDialog", "Not given"): "Non renseigné",
    ("CandidateDialog", "New candidate"): "Nouveau candidat",
    ("CandidateDialog", "Given when saved"): "Attribué à l'enregistrement",
    ("CandidateDialog", "The full name in Amharic, Arabic or another script, as the candidate writes it"):
        "Le nom complet en amharique, en arabe ou dans une autre écriture, tel que le candidat l'écrit",
    ("CandidateDialog", "Two letters, e.g. GH"): "Deux lettres, p. ex. SN",
    ("CandidateDialog", "Choose photo…"): "Choisir une photo…",
    ("CandidateDialog", "Remove photo"): "Retirer la photo",
    ("CandidateDialog", "Family name *"): "Nom *",
    ("CandidateDialog", "Given names *"): "Prénoms *",
    ("CandidateDialog", "Name in local script"): "Nom en écriture locale",
    ("CandidateDialog", "Sex *"): "Sexe *",
    ("CandidateDialog", "Date of birth"): "Date de naissance",
    ("CandidateDialog", "ID document"): "Pièce d'identité",
    ("CandidateDialog", "ID number"): "N° de pièce d'identité",
    ("CandidateDialog", "Nationality"): "Nationalité",
    ("CandidateDialog", "Disability"): "Handicap",
    ("CandidateDialog", "Disability details"): "Précisions sur le handicap",
    ("CandidateDialog", "Phone"): "Téléphone",
    ("CandidateDialog", "E-mail"): "Courriel",
    ("CandidateDialog", "Address"): "Adresse",
    ("CandidateDialog", "Education"): "Niveau d'études",
    ("CandidateDialog", "Occupation"): "Profession",
    ("CandidateDialog", "Years of experience"): "Années d'expérience",
    ("CandidateDialog", "Candidate %1"): "Candidat %1",
    ("CandidateDialog", "Choose photo"): "Choisir une photo",
    ("CandidateDialog", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"): "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)",
    ("CandidateDialog", "Cannot read %1: %2"): "Impossible de lire %1 : %2",
    ("CandidateDialog", "%1 is not a picture this application can read."): "%1 n'est pas une image que l'application sait lire.",
    ("CandidateDialog", "No photo"): "Pas de photo",
    ("CandidateDialog", "Open %1"): "Ouvrir %1",
    ("CandidateDialog", "Not saved: correct the fields marked in red."): "Non enregistré : corrigez les champs signalés en rouge.",
    ("CandidateDialog", "Check the warning above; press Save again to save anyway."):
        "Vérifiez l'avertissement ci-dessus ; appuyez de nouveau sur Enregistrer pour enregistrer quand même.",
    ("CandidateDialog", "Sign in to register candidates."): "Connectez-vous pour inscrire des candidats.",
    ("EnrolmentDialog", "Enrol candidate"): "Inscrire le candidat",
    ("EnrolmentDialog", "The whole qualification"): "Toute la qualification",
    ("EnrolmentDialog", "Chosen units only"): "Seulement les unités choisies",
    ("EnrolmentDialog", "Pathway"): "Voie",
    ("EnrolmentDialog", "Enrolled on"): "Inscrit le",
    ("EnrolmentDialog", "Choose a qualification (and sign in) to enrol."): "Choisissez une qualification (et connectez-vous) pour inscrire.",
    ("EnrolmentDialog", "Tick at least one unit, or choose the whole qualification."):
        "Cochez au moins une unité, ou choisissez toute la qualification.",
    ("RplStepDialog", "Record RPL step"): "Enregistrer une étape de VAE",
    ("RplStepDialog", "Not decided"): "Non décidé",
    ("RplStepDialog", "Eligibility decision"): "Décision de recevabilité",
    ("RplStepDialog", "Reason *"): "Motif *",
    ("SelfAssessmentDialog", "Self-assessment — %1"): "Auto-évaluation — %1",
    ("SelfAssessmentDialog", "Answer"): "Réponse",
    ("SelfAssessmentDialog", "Not answered"): "Sans réponse",
    ("SelfAssessmentDialog", "Print checklist (PDF)…"): "Imprimer la grille (PDF)…",
    ("SelfAssessmentDialog", "For each criterion, record what the candidate says: I can do this, with help, or not yet."):
        "Pour chaque critère, notez ce que dit le candidat : je sais le faire, avec de l'aide, ou pas encore.",
    ("SelfAssessmentDialog", "Save checklist"): "Enregistrer la grille",
    ("EvidenceDialog", "Portfolio of evidence — %1"): "Dossier de preuves — %1",
    ("EvidenceDialog", "Add file…"): "Ajouter un fichier…",
    ("EvidenceDialog", "Withdraw"): "Retirer",
    ("EvidenceDialog", "Show withdrawn"): "Afficher les pièces retirées",
    ("EvidenceDialog", "Rules of evidence (assessor's judgement)"): "Règles de la preuve (jugement de l'évaluateur)",
    ("EvidenceDialog", "Valid"): "Valide",
    ("EvidenceDialog", "Sufficient"): "Suffisante",
    ("EvidenceDialog", "Authentic"): "Authentique",
    ("EvidenceDialog", "Save judgement"): "Enregistrer le jugement",
    ("EvidenceDialog", "%n item(s) in the portfolio"): ["%Ln pièce dans le dossier", "%Ln pièces dans le dossier"],
    ("EvidenceDialog", "%1, SHA-256 %2"): "%1, SHA-256 %2",
    ("EvidenceDialog", "Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)"):
        "Preuves (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;Tous les fichiers (*)",
    ("EvidenceDialog", "This file is already in the portfolio; it was not added twice."):
        "Ce fichier est déjà dans le dossier ; il n'a pas été ajouté une seconde fois.",
    ("EvidenceDialog", "Withdraw evidence"): "Retirer une preuve",
    ("EvidenceDialog", "Withdraw %1 from the portfolio? The file is kept and stays in the record."):
        "Retirer %1 du dossier ? Le fichier est conservé et reste dans l'historique.",
    ("AddEvidenceDialog", "Date of the evidence"): "Date de la preuve",
    ("AddEvidenceDialog", "Criteria it supports"): "Critères qu'elle étaye",
})

TRANSLATIONS.update({
    # Assessments: planning, recording grid, candidate panel ----------------------------------------
    ("AssessmentsPage", "Plan session…"): "Planifier une session…",
    ("AssessmentsPage", "Record…"): "Saisir…",
    ("AssessmentsPage", "Progress…"): "Progression…",
    ("AssessmentGridTableModel", "Element %1: %2"): "Élément %1 : %2",
    ("AssessmentGridTableModel", "S", "Satisfactory, in a grid cell"): "S",
    ("AssessmentGridTableModel", "N", "Not yet satisfactory, in a grid cell"): "N",
    ("AssessmentGridTableModel", "Not assessed"): "Non évalué",
    ("AssessmentGridTableModel", "Performance criterion"): "Critère de performance",
    ("AssessmentGridTableModel", "attempt %1"): "tentative %1",
    ("AssessmentGridTableModel", "%1, attempt %2: %3"): "%1, tentative %2 : %3",
    ("RecordingDialog", "Record assessments"): "Saisir les évaluations",
    ("RecordingDialog", "Show:"): "Afficher :",
    ("RecordingDialog", "Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once."):
        "Touches : S = Satisfaisant, N = Pas encore satisfaisant, Espace = effacer ; flèches et Tab pour se "
        "déplacer. Un clic fait défiler les valeurs d'une case. Chaque modification est enregistrée aussitôt.",
    ("RecordingDialog", "Session of %1, %2, assessor %3"): "Session du %1, %2, évaluateur %3",
    ("RecordingDialog", "%1, attempt %2"): "%1, tentative %2",
    ("RecordingDialog", "All candidates"): "Tous les candidats",
    ("RecordingDialog", "cleared"): "effacé",
    ("RecordingDialog", "Saved %1 %2 = %3 at %4"): "Enregistré : %1 %2 = %3 à %4",
    ("SessionPlannerDialog", "Plan an assessment session"): "Planifier une session d'évaluation",
    ("SessionPlannerDialog", "For example: Practical assessment, November"): "Par exemple : évaluation pratique, novembre",
    ("SessionPlannerDialog", "Search candidates by name, registration number or ID"):
        "Rechercher des candidats par nom, n° d'inscription ou n° de pièce d'identité",
    ("SessionPlannerDialog", "Plan session"): "Planifier la session",
    ("SessionPlannerDialog", "%n candidate(s) chosen"): ["%Ln candidat choisi", "%Ln candidats choisis"],
    ("SessionPlannerDialog", "Sign in to plan a session."): "Connectez-vous pour planifier une session.",
    ("CandidatePanel", "Methods used"): "Méthodes utilisées",
    ("CandidatePanel", "Not declared yet"): "Pas encore déclaré",
    ("CandidatePanel", "No conflict of interest"): "Pas de conflit d'intérêts",
    ("CandidatePanel", "Conflict of interest (describe)"): "Conflit d'intérêts (à décrire)",
    ("CandidatePanel", "For example: the candidate is a relative"): "Par exemple : le candidat est un parent",
    ("CandidatePanel", "Assessor's comments"): "Commentaires de l'évaluateur",
    ("CandidatePanel", "Feedback given to the candidate"): "Retour fait au candidat",
    ("CandidatePanel", "No outcome yet"): "Pas encore de résultat",
    ("CandidatePanel", "Credit transfer: earlier qualification and who issued it"):
        "Transfert de crédits : qualification antérieure et organisme qui l'a délivrée",
    ("CandidatePanel", "Conflict of interest:"): "Conflit d'intérêts :",
    ("CandidatePanel", "Submit"): "Soumettre",
    ("CandidatePanel", "Verify"): "Vérifier",
    ("CandidatePanel", "Return…"): "Renvoyer…",
    ("CandidatePanel", "Amend…"): "Rectifier…",
    ("CandidatePanel", "New attempt"): "Nouvelle tentative",
    ("CandidatePanel", "Appeal…"): "Recours…",
    ("CandidatePanel", "History"): "Historique",
    ("CandidatePanel", "Choose a candidate's column in the grid."): "Choisissez la colonne d'un candidat dans la grille.",
    ("CandidatePanel", "Attempt %1 · %2"): "Tentative %1 · %2",
    ("CandidatePanel", "verified by %1"): "vérifiée par %1",
    ("CandidatePanel", "assessor: %1"): "évaluateur : %1",
    ("CandidatePanel", "Returned: %1"): "Renvoyée : %1",
    ("CandidatePanel", "Decide appeal…"): "Statuer sur le recours…",
    ("CandidatePanel", "Not yet Satisfactory or not assessed: %1"): "Pas encore satisfaisant ou non évalué : %1",
    ("CandidatePanel", "No method recorded."): "Aucune méthode enregistrée.",
    ("CandidatePanel", "Competent is blocked. "): "« Compétent » ne peut pas être enregistré. ",
    ("CandidatePanel", "Every criterion is Satisfactory: Competent can be recorded."):
        "Tous les critères sont satisfaisants : « Compétent » peut être enregistré.",
    ("CandidatePanel", "Attempt %1, %2: %3, %4"): "Tentative %1, %2 : %3, %4",
    ("CandidatePanel", "no outcome"): "sans résultat",
    ("CandidatePanel", "Amended by %1: %2"): "Rectifié par %1 : %2",
    ("CandidatePanel", "Appeal of %1: %2 (%3)"): "Recours du %1 : %2 (%3)",
    ("CandidatePanel", "Saved: %1"): "Enregistré : %1",
    ("CandidatePanel", "methods"): "méthodes",
    ("CandidatePanel", "Describe the conflict of interest, then press Enter."): "Décrivez le conflit d'intérêts, puis appuyez sur Entrée.",
    ("CandidatePanel", "conflict of interest"): "conflit d'intérêts",
    ("CandidatePanel", "comments and feedback"): "commentaires et retour au candidat",
    ("CandidatePanel", "Type the source of the credit transfer, then press Enter."):
        "Saisissez l'origine du transfert de crédits, puis appuyez sur Entrée.",
    ("CandidatePanel", "outcome"): "résultat",
    ("CandidatePanel", "submitted for verification"): "soumise pour vérification",
    ("CandidatePanel", "verified and locked"): "vérifiée et verrouillée",
    ("CandidatePanel", "Return to the assessor"): "Renvoyer à l'évaluateur",
    ("CandidatePanel", "What must the assessor fix?"): "Que doit corriger l'évaluateur ?",
    ("CandidatePanel", "returned to the assessor"): "renvoyée à l'évaluateur",
    ("CandidatePanel", "amendment"): "rectification",
    ("CandidatePanel", "new attempt opened"): "nouvelle tentative ouverte",
    ("CandidatePanel", "appeal decided"): "recours tranché",
    ("CandidatePanel", "appeal recorded"): "recours enregistré",
    ("AmendDialog", "Amend a verified result"): "Rectifier un résultat vérifié",
    ("AmendDialog", "Why the verified result is corrected (required)"): "Pourquoi le résultat vérifié est rectifié (obligatoire)",
    ("AppealDialog", "Record an appeal"): "Enregistrer un recours",
    ("AppealDialog", "Lodged on:"): "Déposé le :",
    ("AppealDialog", "Grounds:"): "Motifs :",
    ("AppealDialog", "Independent reviewer:"): "Examinateur indépendant :",
    ("AppealDialog", "Decide the appeal"): "Statuer sur le recours",
    ("AppealDialog", "Open a new attempt"): "Ouvrir une nouvelle tentative",
    ("AppealDialog", "Decision:"): "Décision :",
    ("ProgressDialog", "Progress: %1"): "Progression : %1",
    ("ProgressWidget", "Packaging rules met: a full qualification certificate can be issued."):
        "Règles de composition satisfaites : un certificat de qualification complet peut être délivré.",
    ("ProgressWidget", "%n unit(s) achieved: a statement of attainment can be issued."): [
        "%Ln unité acquise : une attestation de réussite peut être délivrée.",
        "%Ln unités acquises : une attestation de réussite peut être délivrée."],
    ("ProgressWidget", "No unit achieved yet."): "Aucune unité acquise pour l'instant.",
    ("ProgressWidget", "The candidate is not enrolled for any qualification."): "Le candidat n'est inscrit à aucune qualification.",
    ("ProgressWidget", "Latest outcome"): "Dernier résultat",
    ("ProgressWidget", "Attempts"): "Tentatives",
    ("ProgressWidget", "Achieved"): "Acquise",
    # Certificates ---------------------------------------------------------------------------------
    ("CertificatesPage", "Search by serial, registration number or name"): "Rechercher par n° de série, n° d'inscription ou nom",
    ("CertificatesPage", "Any status"): "Tous les statuts",
    ("CertificatesPage", "Any type"): "Tous les types",
    ("CertificatesPage", "Any year"): "Toutes les années",
    ("CertificatesPage", "Issue…"): "Délivrer…",
    ("CertificatesPage", "Preview"): "Aperçu",
    ("CertificatesPage", "Print…"): "Imprimer…",
    ("CertificatesPage", "Save PDF or ZIP…"): "Enregistrer en PDF ou ZIP…",
    ("CertificatesPage", "Revoke…"): "Révoquer…",
    ("CertificatesPage", "Reissue…"): "Rééditer…",
    ("CertificatesPage", "Verify…"): "Vérifier…",
    ("CertificatesPage", "Issuing, printing and revoking need the registrar role."):
        "Délivrer, imprimer et révoquer nécessitent le rôle de responsable des inscriptions.",
    ("CertificatesPage", "Issued: %1"): "Délivré : %1",
    ("CertificatesPage", "Save PDF…"): "Enregistrer en PDF…",
    ("CertificatesPage", "Save certificates"): "Enregistrer les certificats",
    ("CertificatesPage", "Certificate %1"): "Certificat %1",
    ("CertificatesPage", "One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)"):
        "Un seul PDF (*.pdf);;ZIP d'un PDF par certificat (*.zip)",
    ("CertificatesPage", "Preparing %n certificate(s)…"): ["Préparation de %Ln certificat…", "Préparation de %Ln certificats…"],
    ("CertificatesPage", "%n certificate(s) saved"): ["%Ln certificat enregistré", "%Ln certificats enregistrés"],
    ("CertificatesPage", "Print"): "Imprimer",
    ("CertificatesPage", "Printing %n certificate(s)…"): ["Impression de %Ln certificat…", "Impression de %Ln certificats…"],
    ("CertificatesPage", "Revoke certificate"): "Révoquer le certificat",
    ("CertificatesPage", "Why is certificate %1 revoked? It stays in the register, marked revoked."):
        "Pourquoi le certificat %1 est-il révoqué ? Il reste au registre, marqué révoqué.",
    ("CertificatesPage", "Reissue certificate"): "Rééditer le certificat",
    ("CertificatesPage", "What was corrected? Certificate %1 will be revoked and a new serial issued in its place."):
        "Qu'est-ce qui a été corrigé ? Le certificat %1 sera révoqué et un nouveau numéro de série délivré à sa place.",
    ("IssueDialog", "Issue certificates"): "Délivrer des certificats",
    ("IssueDialog", "Certificate"): "Certificat",
    ("IssueDialog", "Units achieved"): "Unités acquises",
    ("IssueDialog", "Full certificate"): "Certificat complet",
    ("IssueDialog", "Statement of attainment"): "Attestation de réussite",
    ("IssueDialog", "A4 landscape"): "A4 paysage",
    ("IssueDialog", "A4 portrait"): "A4 portrait",
    ("IssueDialog", "Language"): "Langue",
    ("IssueDialog", "Second language"): "Deuxième langue",
    ("IssueDialog", "Page"): "Page",
    ("IssueDialog", "Issue"): "Délivrer",
    ("IssueDialog", "No candidate is eligible: certificates need verified results."):
        "Aucun candidat n'y a droit : les certificats exigent des résultats vérifiés.",
    ("IssueDialog", "Choose two different languages, or no second language."):
        "Choisissez deux langues différentes, ou aucune deuxième langue.",
    ("VerifyDialog", "Verify a certificate"): "Vérifier un certificat",
    ("VerifyDialog", "Paste the text of the QR code (it starts with SA1.)"): "Collez le texte du code QR (il commence par SA1.)",
    ("VerifyDialog", "Open image or PDF…"): "Ouvrir une image ou un PDF…",
    ("VerifyDialog", "Verify"): "Vérifier",
    ("VerifyDialog", "Open a certificate"): "Ouvrir un certificat",
    ("VerifyDialog", "Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)"): "Certificats (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)",
    ("VerifyDialog", "No QR code was found in %1."): "Aucun code QR n'a été trouvé dans %1.",
    ("VerifyDialog", "VALID"): "VALIDE",
    ("VerifyDialog", "INVALID"): "NON VALIDE",
    ("VerifyDialog", "REVOKED"): "RÉVOQUÉ",
    ("VerifyDialog", "UNKNOWN KEY"): "CLÉ INCONNUE",
    ("VerifyDialog", "Serial: %1"): "N° de série : %1",
    ("VerifyDialog", "Name: %1"): "Nom : %1",
    ("VerifyDialog", "Qualification: %1"): "Qualification : %1",
    ("VerifyDialog", "Units: %1"): "Unités : %1",
    ("VerifyDialog", "Issued on: %1"): "Délivré le : %1",
    ("VerifyDialog", "Key: %1"): "Clé : %1",
    # Reports and exports --------------------------------------------------------------------------
    ("ReportsPage", "Only a period:"): "Seulement une période, du",
    ("ReportsPage", "Export results…"): "Exporter les résultats…",
    ("ReportsPage", "Export certificate register…"): "Exporter le registre des certificats…",
    ("ReportsPage", "Export statistics…"): "Exporter les statistiques…",
    ("ReportsPage", "Candidates registered (all dates)"): "Candidats inscrits (toutes dates)",
    ("ReportsPage", "Candidates competent in at least one unit"): "Candidats compétents dans au moins une unité",
    ("ReportsPage", "The start date is after the end date."): "La date de début est postérieure à la date de fin.",
    ("ReportsPage", "Counting…"): "Décompte…",
    ("ReportsPage", "Women and men"): "Femmes et hommes",
    ("ReportsPage", "Assessed"): "Évalués",
    ("ReportsPage", "Competent"): "Compétents",
    ("ReportsPage", "Certified"): "Certifiés",
    ("ReportsPage", "By qualification"): "Par qualification",
    ("ReportsPage", "By age group"): "Par tranche d'âge",
    ("ReportsPage", "By disability"): "Selon le handicap",
    ("ReportsPage", "By nationality"): "Par nationalité",
    ("ReportsPage", "No qualification"): "Sans qualification",
    ("ReportsPage", "Not recorded"): "Non renseigné",
    ("ReportsPage", "Under 18"): "< 18 ans",
    ("ReportsPage", "18 to 24"): "18 à 24 ans",
    ("ReportsPage", "25 to 34"): "25 à 34 ans",
    ("ReportsPage", "35 to 44"): "35 à 44 ans",
    ("ReportsPage", "45 to 54"): "45 à 54 ans",
    ("ReportsPage", "55 and over"): "≥ 55 ans",
    ("ReportsPage", "With a disability"): "En situation de handicap",
    ("ReportsPage", "Without a disability"): "Sans handicap",
    ("ReportsPage", "Export cancelled; no file was written."): "Exportation annulée ; aucun fichier n'a été écrit.",
    ("ReportsPage", "Exported statistics to %1"): "Statistiques exportées dans %1",
    ("ReportsPage", "Exported %n row(s) to %1"): ["%Ln ligne exportée dans %1", "%Ln lignes exportées dans %1"],
    ("ReportsPage", "Export certificate register"): "Exporter le registre des certificats",
    ("ReportsPage", "Export statistics"): "Exporter les statistiques",
    ("ReportsPage", "Candidates assessed"): "Candidats évalués",
    ("ReportsPage", "Candidates competent"): "Candidats compétents",
    ("ReportsPage", "Charts show:"): "Les graphiques montrent :",
    ("ResultsExportDialog", "All qualifications"): "Toutes les qualifications",
    ("ResultsExportDialog", "Only results assessed in a period"): "Seulement les résultats évalués pendant une période",
    ("ResultsExportDialog", "Period:"): "Période :",
    ("ResultsExportDialog", "Choose file…"): "Choisir le fichier…",
    ("SexBarChartWidget", "No data for this period"): "Aucune donnée pour cette période",
})


TRANSLATIONS.update({
    ("AmendDialog", "Judgement"): "Jugement",
    "Not assessed": "Non évalué",
    "Methods:": "Méthodes :",
    "Criteria:": "Critères :",
    ("CertificatesPage", "Reprint…"): "Réimprimer…",
    ("CertificatesPage", "Reprint to PDF or ZIP…"): "Réimprimer en PDF ou ZIP…",
    ("CertificatesPage", 'Printed again, marked "Reprint" and counted in the register.'):
        "Imprimé de nouveau, marqué comme réimpression et compté au registre.",
    ("StandardsPage", "Version %1 · %2"): "Version %1 · %2",
    # trust-imports: a grid cell that could not be saved
    ("AssessmentGridTableModel", "S!", "Satisfactory typed but not saved, in a grid cell"): "S!",
    ("AssessmentGridTableModel", "N!", "Not yet satisfactory typed but not saved, in a grid cell"): "N!",
    ("AssessmentGridTableModel", "Not saved: %1 Type the value again to retry."):
        "Non enregistré : %1 Saisissez de nouveau la valeur pour réessayer.",
    ("RecordingDialog", "The database was busy (another user or an import was writing) for longer than a change "
                        "waits."):
        "La base de données était occupée (un autre utilisateur ou une importation y écrivait) plus longtemps "
        "qu'une modification ne peut attendre.",
    ("RecordingDialog", "The database did not accept the change (the details are in the log file)."):
        "La base de données n'a pas accepté la modification (les détails sont dans le fichier journal).",
    ("RecordingDialog", "Not saved: %1 The cell is marked with !; type the value again to retry."):
        "Non enregistré : %1 La cellule est marquée d'un « ! » ; saisissez de nouveau la valeur pour réessayer.",
})


# trust-commands --------------------------------------------------------------------------------------
TRANSLATIONS.update({
    ("Errors", "The database is busy: another user or program is saving to it. Nothing was changed; "
               "try again in a moment."):
        "La base de données est occupée : un autre utilisateur ou programme y enregistre. Rien n'a été modifié ; "
        "réessayez dans un instant.",
    ("Errors", "The database cannot be changed: the file or its folder is read-only. Nothing was changed; "
               "allow writing there, or copy the database to a folder you can write to."):
        "La base de données ne peut pas être modifiée : le fichier ou son dossier est en lecture seule. Rien n'a "
        "été modifié ; autorisez l'écriture à cet endroit, ou copiez la base dans un dossier où vous pouvez écrire.",
    ("Errors", "The disk that holds the database is full. Nothing was changed; free some space and try again."):
        "Le disque qui contient la base de données est plein. Rien n'a été modifié ; libérez de la place et "
        "réessayez.",
    ("Errors", "The database file could not be read or written (a disk, USB stick or network problem). "
               "Nothing was changed; check that the disk is connected and try again."):
        "Le fichier de la base de données n'a pas pu être lu ou écrit (problème de disque, de clé USB ou de "
        "réseau). Rien n'a été modifié ; vérifiez que le disque est branché et réessayez.",
    ("Errors", "The database file is damaged. Nothing was changed; stop using it and restore the newest backup."):
        "Le fichier de la base de données est endommagé. Rien n'a été modifié ; cessez de l'utiliser et "
        "restaurez la sauvegarde la plus récente.",
    ("Errors", "The database server cannot be reached: it is stopped, or the network is down. Check the "
               "connection or ask whoever runs the server, then try again."):
        "Le serveur de base de données est injoignable : il est arrêté, ou le réseau est coupé. Vérifiez la "
        "connexion ou demandez à la personne qui gère le serveur, puis réessayez.",
    ("Errors", "The change conflicts with one saved at the same time, perhaps by another user. Nothing was "
               "changed; look at the record again and repeat the change."):
        "La modification entre en conflit avec une autre enregistrée au même moment, peut-être par un autre "
        "utilisateur. Rien n'a été modifié ; rouvrez la fiche et refaites la modification.",
    ("Errors", "The database reported a problem. Nothing was changed; try again, and if it happens again "
               "report it with the log file."):
        "La base de données a signalé un problème. Rien n'a été modifié ; réessayez, et si cela se reproduit, "
        "signalez-le en joignant le fichier journal.",
    ("SignInDialog", "Wrong user name or password, or the account is locked after %1 wrong passwords. A locked "
                     "account opens again after %n minute(s); an administrator can unlock it sooner by resetting "
                     "the password."): [
        "Nom d'utilisateur ou mot de passe erroné, ou compte bloqué après %1 mots de passe erronés. Un compte "
        "bloqué se rouvre après %Ln minute ; un administrateur peut le débloquer plus tôt en réinitialisant le "
        "mot de passe.",
        "Nom d'utilisateur ou mot de passe erroné, ou compte bloqué après %1 mots de passe erronés. Un compte "
        "bloqué se rouvre après %Ln minutes ; un administrateur peut le débloquer plus tôt en réinitialisant le "
        "mot de passe.",
    ],
    ("ReportsPage", "Exports hold personal data: they need the administrator, registrar or verifier role."):
        "Les exportations contiennent des données personnelles : elles nécessitent le rôle d'administrateur, de "
        "responsable des inscriptions ou de vérificateur.",
})


# trust-files branch: backups, restore, database check, damaged database ------------------------------
TRANSLATIONS.update({
    ("App", "Database missing"): "Base de données introuvable",
    ("App", "The centre's database %1 is missing, but there is a backup of it made %2."):
        "La base de données du centre %1 est introuvable, mais il en existe une sauvegarde du %2.",
    ("App", "Restore the backup, or start a new, empty database?"):
        "Restaurer la sauvegarde, ou commencer une nouvelle base de données vide ?",
    ("App", "Restore the backup"): "Restaurer la sauvegarde",
    ("App", "Start a new database"): "Nouvelle base de données",
    ("BackupSettingsDialog", "Backup settings"): "Réglages des sauvegardes",
    ("BackupSettingsDialog", "On the first start of each day SkillAssess writes a backup of the database, its "
     "evidence files, the audit checkpoint and the signing keys. These settings belong to this computer."):
        "Au premier démarrage de chaque jour, SkillAssess sauvegarde la base de données, ses pièces "
        "justificatives, le point de contrôle du journal d'audit et les clés de signature. Ces réglages "
        "concernent cet ordinateur.",
    ("BackupSettingsDialog", "No daily backup"): "Aucune sauvegarde quotidienne",
    ("BackupSettingsDialog", "None (for example a USB stick)"): "Aucun (par exemple une clé USB)",
    ("BackupSettingsDialog", "&Browse…"): "&Parcourir…",
    ("BackupSettingsDialog", "C&lear"): "&Effacer",
    ("BackupSettingsDialog", "%1, made %2"): "%1, du %2",
    ("BackupSettingsDialog", "None yet"): "Aucune pour l'instant",
    ("BackupSettingsDialog", "&Daily backups to keep:"): "&Sauvegardes quotidiennes à garder :",
    ("BackupSettingsDialog", "&Second folder:"): "Second &dossier :",
    ("BackupSettingsDialog", "Backup folder:"): "Dossier des sauvegardes :",
    ("BackupSettingsDialog", "Newest backup:"): "Dernière sauvegarde :",
    ("BackupSettingsDialog", "Second backup folder"): "Second dossier de sauvegarde",
    ("BackupSettingsDialog", "There is no folder %1; plug the USB stick in or choose another folder."):
        "Le dossier %1 n'existe pas ; branchez la clé USB ou choisissez un autre dossier.",
    ("Backups", "SkillAssess backup (%1);;All files (*)"): "Sauvegarde SkillAssess (%1);;Tous les fichiers (*)",
    ("Backups", "Damaged database"): "Base de données endommagée",
    ("Backups", "The database file %1 is damaged, so SkillAssess will not write to it."):
        "Le fichier de base de données %1 est endommagé ; SkillAssess n'y écrira donc rien.",
    ("Backups", "The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside "
     "the restored one."):
        "La dernière sauvegarde est %1, du %2. Restaurez-la pour continuer à travailler ; le fichier endommagé "
        "est gardé à côté de celui restauré.",
    ("Backups", "Restore the newest backup"): "Restaurer la dernière sauvegarde",
    ("Backups", "No backup of it was found on this computer. If you have one (on a USB stick, for example), "
     "restore it; the damaged file is kept beside the restored one."):
        "Aucune sauvegarde de ce fichier n'a été trouvée sur cet ordinateur. Si vous en avez une (sur une clé "
        "USB, par exemple), restaurez-la ; le fichier endommagé est gardé à côté de celui restauré.",
    ("Backups", "Restore from a file…"): "Restaurer depuis un fichier…",
    ("Backups", "Restore from backup"): "Restaurer une sauvegarde",
    ("Backups", "Replace the database %1 (last changed %2) with the backup made %3?"):
        "Remplacer la base de données %1 (modifiée le %2) par la sauvegarde du %3 ?",
    ("Backups", "Put the backup made %1 in place as the database %2?"):
        "Mettre en place la sauvegarde du %1 comme base de données %2 ?",
    ("Backups", "The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 "
     "certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is "
     "replaced is kept beside the database as a copy, so nothing is lost."):
        "La sauvegarde a passé tous les contrôles. Elle provient de %1 et contient %2 candidats, %3 évaluations "
        "et %4 certificats. Les pièces justificatives, le point de contrôle du journal d'audit et les clés de "
        "signature sont aussi remplacés ; ce qui est remplacé est gardé en copie à côté de la base de données, "
        "rien n'est donc perdu.",
    ("Backups", "Putting the backup in place…"): "Mise en place de la sauvegarde…",
    ("Backups", "Replace the database"): "Remplacer la base de données",
    ("Backups", "Checking %1…"): "Vérification de %1…",
    ("Backups", "The database was restored from %1."): "La base de données a été restaurée depuis %1.",
    ("Backups", "The database it replaced is kept as %1."): "La base de données remplacée est gardée sous %1.",
    ("Backups", "Backup written to %1."): "Sauvegarde enregistrée dans %1.",
    ("Backups", "Copied to %1."): "Copiée dans %1.",
    ("Backups", "Back up now"): "Sauvegarder maintenant",
    ("Backups", "The PostgreSQL database itself is not in the archive; back it up with: %1"):
        "La base PostgreSQL elle-même n'est pas dans l'archive ; sauvegardez-la avec : %1",
    ("Backups", "Writing the backup…"): "Écriture de la sauvegarde…",
    ("Backups", "Check database"): "Vérifier la base de données",
    ("Backups", "The database file %1 is sound: SQLite's full integrity check found no problem (%2 s)."):
        "Le fichier de base de données %1 est sain : la vérification complète d'intégrité de SQLite n'a trouvé "
        "aucun problème (%2 s).",
    ("Backups", "Checking every page, table and index of %1…"):
        "Vérification de chaque page, table et index de %1…",
    ("Backups", "The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the "
     "data folder only."):
        "Le second dossier de sauvegarde %1 est absent (la clé USB est-elle branchée ?) ; la sauvegarde est "
        "seulement dans le dossier des données.",
    ("Backups", "Daily backup"): "Sauvegarde quotidienne",
    ("Backups", "Today's backup was written to %1."): "La sauvegarde du jour a été enregistrée dans %1.",
    ("Backups", "Daily backup written to %1"): "Sauvegarde quotidienne enregistrée dans %1",
    ("Backups", "The daily backup could not be written: %1"): "La sauvegarde quotidienne n'a pas pu être écrite : %1",
    ("MainWindow", "&Back up now…"): "&Sauvegarder maintenant…",
    ("MainWindow", "&Restore from backup…"): "&Restaurer une sauvegarde…",
    ("MainWindow", "&Tools"): "O&utils",
    ("MainWindow", "&Check database…"): "&Vérifier la base de données…",
    ("MainWindow", "&Backup settings…"): "Réglages des &sauvegardes…",
    ("MainWindow", "The database file is damaged: changes are refused."):
        "Le fichier de base de données est endommagé : les modifications sont refusées.",
})


# trust-keys: signing keys, the audit log's data check and checkpoint ---------------------------------
TRANSLATIONS.update({
    ("AuditPage", "Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows."):
        "Recalculer la chaîne d'empreintes, comparer chaque enregistrement à ce que dit le journal, et le journal à son point de contrôle : toute entrée modifiée ou supprimée, et tout enregistrement modifié hors de SkillAssess, apparaît.",
    ("AuditPage", "&Record the loss…"): "&Consigner la perte…",
    ("AuditPage", "When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on."):
        "Quand le journal a perdu des entrées que son point de contrôle atteste et qu'aucune sauvegarde ne peut être restaurée : consigner la perte dans le journal, pour que le travail puisse continuer.",
    ("AuditPage", "Record in the audit log that entries it held are lost?\n\n%1\n\nRestore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on."):
        "Consigner dans le journal d'audit que des entrées ont été perdues ?\n\n%1\n\nRestaurez plutôt la sauvegarde la plus récente si vous le pouvez. Consigner la perte garde ce que disait le point de contrôle, enregistre tels qu'ils sont les enregistrements dont les entrées ont été perdues, et permet de continuer le travail.",
    ("AuditPage", "Record the loss"): "Consigner la perte",
    ("AuditTexts", "%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6."):
        "%1 (%2), %3 : le journal d'audit (entrée %4) indique %5, la base de données contient %6.",
    ("AuditTexts", "%1 (%2): no audit entry records this record; it was added outside SkillAssess."):
        "%1 (%2) : aucune entrée du journal ne consigne cet enregistrement ; il a été ajouté hors de SkillAssess.",
    ("AuditTexts", "%1 (%2): the audit log (entry %3) records it, but it is no longer in the database."):
        "%1 (%2) : le journal d'audit (entrée %3) le consigne, mais il n'est plus dans la base de données.",
    ("AuditTexts", "%1 (%2): the audit log (entry %3) records its deletion, but it is in the database."):
        "%1 (%2) : le journal d'audit (entrée %3) consigne sa suppression, mais il est dans la base de données.",
    ("AuditTexts", "The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved."):
        "Le point de contrôle du journal écrit le %1 atteste %2 entrées, mais la base de données en contient %3 : les modifications les plus récentes manquent (fichier -wal perdu après un plantage, ou entrées supprimées). Restaurez la sauvegarde la plus récente, ou un administrateur consigne la perte sur la page Journal d'audit ; d'ici là, rien ne peut être enregistré.",
    ("AuditTexts", "The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved."):
        "Le journal d'audit ne contient plus les entrées que son point de contrôle du %1 atteste : il a été réécrit ou remplacé. Restaurez la sauvegarde la plus récente, ou un administrateur consigne la perte sur la page Journal d'audit ; d'ici là, rien ne peut être enregistré.",
    ("AuditTexts", "The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess."):
        "Le point de contrôle du journal %1 ne correspond pas à sa signature : il a été modifié hors de SkillAssess.",
    ("AuditTexts", "There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it."):
        "Il n'y a pas de point de contrôle du journal (%1) : la suppression des entrées les plus récentes ne pourrait pas être détectée. Si vous avez copié la base de données, copiez aussi son fichier .checkpoint.",
    ("AuditTexts", "The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one."):
        "Le point de contrôle du journal %1 n'a pas été utilisé : il est signé d'une clé que cet ordinateur ne connaît pas, ou il est illisible. La prochaine modification en écrit un nouveau.",
    ("AuditTexts", "The audit log is empty; there is no checkpoint yet."): "Le journal d'audit est vide ; il n'y a pas encore de point de contrôle.",
    ("AuditTexts", "The audit checkpoint of %1 (%2 entries) is contained in the log."):
        "Le point de contrôle du %1 (%2 entrées) est contenu dans le journal.",
    ("AuditTexts", "The audit log is broken at entry %1: %2."): "Le journal d'audit est rompu à l'entrée %1 : %2.",
    ("AuditTexts", "%n record(s) differ from the audit log: changed outside SkillAssess."): [
        "%Ln enregistrement diffère du journal d'audit : modifié hors de SkillAssess.",
        "%Ln enregistrements diffèrent du journal d'audit : modifiés hors de SkillAssess."],
    ("AuditTexts", "The audit log is intact: %n entry(ies) checked; every record matches it."): [
        "Le journal d'audit est intact : %Ln entrée vérifiée ; chaque enregistrement lui correspond.",
        "Le journal d'audit est intact : %Ln entrées vérifiées ; chaque enregistrement lui correspond."],
    ("AuditTexts", "… and %n more."): ["… et %Ln autre.", "… et %Ln autres."],
    ("AuditTexts", "The audit log has lost entries"): "Le journal d'audit a perdu des entrées",
    ("SigningKeysDialog", "Signing keys"): "Clés de signature",
    ("SigningKeysDialog", "Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since."):
        "Les certificats sont signés avec la clé du centre ; quiconque a sa clé publique peut les vérifier. Seuls les administrateurs créent ou renouvellent les clés, et chaque changement est écrit au journal d'audit. Une clé n'est digne de confiance que si le journal d'audit contient sa création et que son enregistrement n'a pas changé depuis.",
    ("SigningKeysDialog", "Key"): "Clé",
    ("SigningKeysDialog", "Created"): "Créée le",
    ("SigningKeysDialog", "Trusted"): "De confiance",
    ("SigningKeysDialog", "Private key on this computer"): "Clé privée sur cet ordinateur",
    ("SigningKeysDialog", "&Create key"): "&Créer la clé",
    ("SigningKeysDialog", "Make the centre's first signing key."): "Créer la première clé de signature du centre.",
    ("SigningKeysDialog", "&Rotate key…"): "&Renouveler la clé…",
    ("SigningKeysDialog", "A new key signs new certificates; the old one is retired and still verifies the certificates it signed."):
        "Une nouvelle clé signe les nouveaux certificats ; l'ancienne est retirée et vérifie toujours les certificats qu'elle a signés.",
    ("SigningKeysDialog", "&Export public key…"): "&Exporter la clé publique…",
    ("SigningKeysDialog", "Save the current public key (PEM) for those who verify certificates."):
        "Enregistrer la clé publique actuelle (PEM) pour ceux qui vérifient les certificats.",
    ("SigningKeysDialog", "Current"): "Actuelle",
    ("SigningKeysDialog", "Active"): "Active",
    ("SigningKeysDialog", "Retired"): "Retirée",
    ("SigningKeysDialog", "Yes"): "Oui",
    ("SigningKeysDialog", "No: %1"): "Non : %1",
    ("SigningKeysDialog", "No"): "Non",
    ("SigningKeysDialog", "This centre has no signing key yet: certificates cannot be issued until you create one."):
        "Ce centre n'a pas encore de clé de signature : aucun certificat ne peut être délivré avant que vous en créiez une.",
    ("SigningKeysDialog", "The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here."):
        "La clé privée de %1 n'est pas sur cet ordinateur : les certificats ne peuvent être délivrés que là où elle se trouve. Copiez-la depuis l'ordinateur où elle a été créée, ou renouvelez la clé ici.",
    ("SigningKeysDialog", "New certificates are signed with key %1."): "Les nouveaux certificats sont signés avec la clé %1.",
    ("SigningKeysDialog", "Rotate the signing key"): "Renouveler la clé de signature",
    ("SigningKeysDialog", "Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key."):
        "Créer une nouvelle clé de signature pour les nouveaux certificats ? La clé actuelle est retirée : les certificats qu'elle a signés restent vérifiables. Ceux qui vérifient les certificats hors ligne ont besoin de la nouvelle clé publique.",
    ("SigningKeysDialog", "Export public key"): "Exporter la clé publique",
    ("SigningKeysDialog", "Public key (*.pem)"): "Clé publique (*.pem)",
    ("SigningKeysDialog", "Cannot write %1: %2"): "Impossible d'écrire %1 : %2",
    ("SigningKeysDialog", "Public key %1 written to %2."): "Clé publique %1 écrite dans %2.",
    ("UsersPage", "Signing &keys…"): "&Clés de signature…",
    ("UsersPage", "The centre's certificate signing keys: create, rotate, export the public key."):
        "Les clés de signature des certificats du centre : créer, renouveler, exporter la clé publique.",
    ("VerifyDialog", "UNTRUSTED KEY"): "CLÉ NON FIABLE",
    ("VerifyDialog", "UNKNOWN CERTIFICATE"): "CERTIFICAT INCONNU",
})

# ops-ui: service sentences shown by the interface (skillassess/ui/service_messages.py): the standards
# editor's lock reasons, rendered by ui/errors.say with their {named} parameters ------------------------
TRANSLATIONS.update({
    ('Messages', 'Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.'):
        "La qualification {code} version {version} est remplacée et reste telle qu'elle était ; modifiez la version en vigueur ou créez une nouvelle version.",
    ('Messages', 'Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        'La qualification {code} version {version} est utilisée ({enrolments} inscription(s), {certificates} certificat(s)) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.',
    ('Messages', 'Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.'):
        "L'unité {code} version {version} est remplacée et reste telle qu'elle était ; modifiez la version en vigueur ou créez une nouvelle version.",
    ('Messages', 'Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        "L'unité {code} version {version} est utilisée par {count} évaluation(s) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.",
    ('Messages', 'Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        "L'unité {code} version {version} figure sur {count} certificat(s) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.",
    ('Messages', 'Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        "L'unité {code} version {version} a {count} réponse(s) d'auto-évaluation : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.",
    ('Messages', 'Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        "L'unité {code} version {version} est liée à {count} preuve(s) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.",
})


# packaging: the About dialog (version, data folder, licences of what is bundled) ---------------------
TRANSLATIONS.update({
    ("AboutDialog", "About SkillAssess"): "À propos de SkillAssess",
    ("AboutDialog", "Competency standards, practical assessments, Recognition of Prior Learning and certificates "
                    "for TVET centres, offline."):
        "Référentiels de compétences, évaluations pratiques, validation des acquis de l'expérience (VAE) et "
        "certificats pour les centres d'enseignement et de formation techniques et professionnels (EFTP), sans "
        "connexion Internet.",
    ("AboutDialog", "Data folder: %1"): "Dossier des données : %1",
    ("AboutDialog", "Database: %1"): "Base de données : %1",
    ("AboutDialog", "Built with Python %1 and Qt %2."): "Construit avec Python %1 et Qt %2.",
    ("AboutDialog", "SkillAssess is free software under the GNU General Public License, version 3 or later. It "
                    "bundles the software below, each under its own licence: select one to read its licence."):
        "SkillAssess est un logiciel libre, sous licence publique générale GNU, version 3 ou ultérieure. Il "
        "inclut les logiciels ci-dessous, chacun sous sa propre licence : sélectionnez-en un pour lire sa licence.",
    ("AboutDialog", "Software"): "Logiciel",
    ("AboutDialog", "Version"): "Version",
    ("AboutDialog", "Licence"): "Licence",
    ("AboutDialog", "Open data folder"): "Ouvrir le dossier des données",
    ("AboutDialog", "The licence text %1 is missing: reinstall SkillAssess."):
        "Le texte de licence %1 est introuvable : réinstallez SkillAssess.",
})


# rpl: what RPL judgements rest on (evidence, self-assessment, gaps), the timeline, read-only views ---
TRANSLATIONS.update({
    ("AssessmentsPage", "Evidence…"): "Preuves…",
    ("AssessmentsPage", "The evidence and self-assessment behind each criterion, and the gaps"):
        "Les preuves et l'auto-évaluation derrière chaque critère, et les lacunes",
    ("CandidatePanel", "Evidence…"): "Preuves…",
    ("CandidatePanel", "The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)"):
        "Les preuves et l'auto-évaluation derrière chaque critère, et les lacunes (Ctrl+E sur une case)",
    ("CandidatePanel", "Not Yet Competent and Withdrawn can always be recorded."):
        "Pas encore compétent et Abandon peuvent toujours être enregistrés.",
    ("CandidatePanel", "Credit transfer rests on its source, not on the criteria."):
        "Le transfert de crédits repose sur sa source, pas sur les critères.",
    ("CandidatePanel", "The candidate is not enrolled on the RPL pathway."):
        "Le candidat n'est pas inscrit par la voie de la VAE.",
    ("CandidatePanel", "RPL granted is blocked. "): "VAE accordée est bloquée. ",
    ("CandidatePanel", "Every criterion is Satisfactory: RPL granted can be recorded."):
        "Tous les critères sont satisfaisants : VAE accordée peut être enregistrée.",
    ("CandidatesPage", "Timeline"): "Chronologie",
    ("CandidatesPage", "Assessment %1, attempt %2: %3, %4"): "Évaluation %1, tentative %2 : %3, %4",
    ("CandidatesPage", "no outcome yet"): "pas encore de résultat",
    ("EvidenceBasisDialog", "Evidence and self-assessment — %1"): "Preuves et auto-évaluation — %1",
    ("EvidenceBasisDialog", "%1 of %2 criteria are covered by accepted evidence."):
        "%1 critères sur %2 sont couverts par des preuves acceptées.",
    ("EvidenceBasisDialog", "This candidate is not on the RPL pathway."):
        "Ce candidat ne suit pas la voie de la VAE.",
    ("EvidenceBasisDialog", "Criterion"): "Critère",
    ("EvidenceBasisDialog", "Evidence"): "Preuves",
    ("EvidenceBasisDialog", "Self-assessment"): "Auto-évaluation",
    ("EvidenceBasisDialog", "Element %1: %2"): "Élément %1 : %2",
    ("EvidenceBasisDialog", "Not answered"): "Sans réponse",
    ("EvidenceBasisDialog", "No accepted evidence covers these criteria: plan observation or questioning for them, "
     "or judge the evidence not yet judged."):
        "Aucune preuve acceptée ne couvre ces critères : prévoyez pour eux une observation ou des questions, "
        "ou jugez les preuves pas encore jugées.",
    ("EvidenceBasisDialog", "Accepted evidence covers every criterion of the unit."):
        "Des preuves acceptées couvrent tous les critères de l'unité.",
    ("EvidenceBasisDialog", "By criterion"): "Par critère",
    ("EvidenceBasisDialog", "Gaps (%1)"): "Lacunes (%1)",
    ("EvidenceBasisDialog", "Open file (read-only)"): "Ouvrir le fichier (lecture seule)",
    ("EvidenceBasisDialog", "Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment "
     "(full: I can do this, half: with help, ring: not yet)."):
        "Page : preuves (vert acceptées, orange pas encore jugées, rouge rejetées). Point : auto-évaluation "
        "(plein : je sais le faire, à moitié : avec aide, anneau : pas encore).",
    ("EvidenceBasisDialog", "Self-assessment: %1"): "Auto-évaluation : %1",
    ("EvidenceBasisDialog", "A gap: plan observation or questioning for this criterion."):
        "Une lacune : prévoyez une observation ou des questions pour ce critère.",
    ("EvidenceBasisDialog", "Valid"): "Valide",
    ("EvidenceBasisDialog", "Sufficient"): "Suffisante",
    ("EvidenceBasisDialog", "Authentic"): "Authentique",
    ("EvidenceBasisDialog", "Current"): "Récente",
    ("EvidenceBasisDialog", "yes"): "oui",
    ("EvidenceBasisDialog", "no"): "non",
    ("EvidenceBasisDialog", "not judged"): "pas jugée",
    ("EvidenceBasisDialog", "Type: %1"): "Type : %1",
    ("EvidenceBasisDialog", "Date of the evidence: %1"): "Date de la preuve : %1",
    ("EvidenceBasisDialog", "Description: %1"): "Description : %1",
    ("EvidenceBasisDialog", "Judgement on the rules of evidence:"): "Jugement selon les règles de la preuve :",
    ("EvidenceBasisDialog", "SHA-256: %1"): "SHA-256 : %1",
    ("EvidenceDialog", "Judgement"): "Jugement",
    ("EvidenceDialog", "Each box has three states: ticked = met, empty = not met, filled square = not judged yet. "
     "Click to go from one to the next, then Save judgement."):
        "Chaque case a trois états : cochée = satisfait, vide = non satisfait, carré plein = pas encore jugé. "
        "Cliquez pour passer de l'un à l'autre, puis Enregistrer le jugement.",
    ("EvidenceDialog", "Ticked: met · empty: not met · filled square: not judged yet"):
        "Cochée : satisfait · vide : non satisfait · carré plein : pas encore jugé",
    ("EvidenceDialog", "(read-only)"): "(lecture seule)",
    ("Labels", "Self-assessment saved"): "Auto-évaluation enregistrée",
    ("Labels", "Evidence judged"): "Preuves jugées",
    ("Labels", "Assessment planned"): "Évaluation planifiée",
    ("Labels", "Result verified"): "Résultat vérifié",
    ("Labels", "Certificate issued"): "Certificat délivré",
    ("Labels", "Appeal lodged"): "Recours déposé",
    ("RecordingDialog", "Evidence and self-assessment…"): "Preuves et auto-évaluation…",
    ("SelfAssessmentDialog", "Prints the answers as shown, saved or not"):
        "Imprime les réponses telles qu'affichées, enregistrées ou non",
    ("SelfAssessmentDialog", "(read-only)"): "(lecture seule)",
    ("SelfAssessmentDialog", "Answer all…"): "Répondre à tout…",
    ("SelfAssessmentDialog", "Give every criterion below this answer"): "Donner cette réponse à tous les critères en dessous",
    ("EvidenceBasis", "Evidence accepted"): "Preuves acceptées",
    ("EvidenceBasis", "Evidence not yet judged"): "Preuves pas encore jugées",
    ("EvidenceBasis", "Evidence rejected"): "Preuves rejetées",
    ("EvidenceBasis", "No evidence"): "Aucune preuve",
    ("EvidenceBasis", "valid, sufficient, authentic and current"): "valide, suffisante, authentique et récente",
    ("EvidenceBasis", "not judged yet"): "pas encore jugée",
    ("EvidenceBasis", "valid"): "valide",
    ("EvidenceBasis", "sufficient"): "suffisante",
    ("EvidenceBasis", "authentic"): "authentique",
    ("EvidenceBasis", "current"): "récente",
    ("EvidenceBasis", "fails: %1"): "non satisfaites : %1",
    ("EvidenceBasis", "not judged: %1"): "pas jugées : %1",
    ("EvidenceBasis", "not answered"): "sans réponse",
    ("EvidenceBasis", "Self-assessment: %1"): "Auto-évaluation : %1",
    ("EvidenceBasis", "Ctrl+E opens the evidence."): "Ctrl+E ouvre les preuves.",
    ("ReportsPage", "Recognition of Prior Learning"): "Validation des acquis de l'expérience",
    ("ReportsPage", "RPL enrolments"): "Inscriptions en VAE",
    ("ReportsPage", "Completed (certificate or statement)"): "Achevées (certificat ou attestation)",
    ("ReportsPage", "Completion rate"): "Taux d'achèvement",
    ("ReportsPage", "Median days from enrolment to certificate"): "Jours médians de l'inscription au certificat",
    ("ReportsPage", "Now at it\nwomen"): "Actuellement\nfemmes",
    ("ReportsPage", "Now at it\nmen"): "Actuellement\nhommes",
    ("ReportsPage", "Now at it\ntotal"): "Actuellement\ntotal",
    ("ReportsPage", "Median days\nwomen"): "Jours médians\nfemmes",
    ("ReportsPage", "Median days\nmen"): "Jours médians\nhommes",
    ("ReportsPage", "Median days\ntotal"): "Jours médians\ntotal",
    ("ReportsPage", "Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one)."): "Par étape de la VAE : les inscriptions qui y sont maintenant, et le nombre médian de jours passés dans l'étape par celles qui l'ont quittée (du premier pas de l'étape au premier pas d'une étape suivante).",
    ("AddEvidenceDialog", "Edit evidence"): "Modifier la preuve",
    ("EvidenceDialog", "Edit…"): "Modifier…",
    ("EvidenceDialog", "Change the type, description, date or criteria of the item"): "Changer le type, la description, la date ou les critères de l'élément",
    ('CandidatesPage', 'Gap training…'):
        'Formation complémentaire…',
    ('CandidatesPage', 'Refer a candidate whose recognition is partial to training for the units not achieved'):
        'Orienter un candidat dont la validation est partielle vers une formation pour les unités non acquises',
    ('CandidatesPage', 'Referred to gap training: %1'):
        'Orienté vers une formation complémentaire : %1',
    ('GapReferralDialog', 'Refer to gap training'):
        'Orienter vers une formation complémentaire',
    ('GapReferralDialog', '%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.'):
        '%1 unité(s) validée(s). Cochez les unités non acquises pour lesquelles le candidat est orienté vers une formation.',
    ('GapReferralDialog', 'Where and when, for example: evening course at the centre, from March'):
        'Où et quand, par exemple : cours du soir au centre, à partir de mars',
    ('GapReferralDialog', 'Units'):
        'Unités',
    ('GapReferralDialog', 'Training'):
        'Formation',
    ('GapReferralDialog', 'Tick at least one unit.'):
        'Cochez au moins une unité.',
    ('ReportsPage', 'Referred to gap training'):
        'Orientés vers une formation complémentaire',
    ('Messages', 'Enrolment {id} does not exist.'):
        "L'inscription {id} n'existe pas.",
    ('Messages', 'The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.'):
        "L'inscription en {qualification} ne suit pas la voie de la VAE : il n'y a pas de lacune à orienter.",
    ('Messages', 'No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.'):
        "Aucune unité de {qualification} n'est encore validée : l'orientation vers une formation complémentaire suit une validation partielle.",
    ('Messages', 'Every unit of {qualification} is achieved: there is no gap to train for.'):
        "Toutes les unités de {qualification} sont acquises : il n'y a pas de lacune à combler.",
    ('Messages', 'Units: {units} are achieved or not part of the enrolment.'):
        "Unités : {units} sont acquises ou ne font pas partie de l'inscription.",
    ('Messages', 'Date: {date} is in the future.'):
        'Date : {date} est dans le futur.',
    ('Messages', 'Date: {date} is before the enrolment ({enrolled}).'):
        "Date : {date} est antérieure à l'inscription ({enrolled}).",
    ('Messages', 'The referral was not recorded.'):
        "L'orientation n'a pas été enregistrée.",
    ('SelfAssessmentDialog', 'Remarks'):
        'Remarques',
    ('SelfAssessmentDialog', 'Remarks: where, when, with whom'):
        'Remarques : où, quand, avec qui',
    ('Messages', 'Some remarks are for elements outside this enrolment.'):
        'Certaines remarques portent sur des éléments hors de cette inscription.',
    ('Messages', 'element {id}'):
        'élément {id}',
    ("EvidenceBasis", ', ', 'list separator'): ', ',
    ("EvidenceBasis", '; ', 'separator of groups'): ' ; ',
    ('GapReferralDialog', 'Print cover letter…'):
        "Imprimer la lettre d'accompagnement…",
    ('GapReferralDialog', 'The letter that goes with the statement of attainment: units recognised, units to train for'):
        "La lettre qui accompagne l'attestation : unités validées, unités à suivre en formation",
    ('GapReferralDialog', 'Save cover letter'):
        "Enregistrer la lettre d'accompagnement",
    ('Messages', 'No statement of attainment in {qualification} is issued to this candidate yet.'):
        "Aucune attestation de compétences en {qualification} n'a encore été délivrée à ce candidat.",
})


def _typography(text: str) -> str:
    """French spacing: a no-break space before ":" and a narrow one before "?", ";" and "!"."""
    text = text.replace(" :", NBSP + ":")
    for mark in "?;!":
        text = text.replace(" " + mark, NNBSP + mark)
    return text


def finish(value: str | list[str]) -> str | list[str]:
    """Called by tools/update_translations.py on every entry of this file, wherever it was added."""
    return [_typography(x) for x in value] if isinstance(value, list) else _typography(value)


# home-looks: home page, audit log in words, date field, file dialogs, Assessments filters ----
_HOME_LOOKS = {
    ("AssessmentsPage", "Candidate: name or registration number"): "Candidat : nom ou numéro d'inscription",
    ("AssessmentsPage", "Unit: code or title"): "Unité : code ou titre",
    ("AssessmentsPage", "Print…"): "Imprimer…",
    ("AssessmentsPage", "Save as PDF…"): "Enregistrer en PDF…",
    ("AssessmentsPage", "All sessions"): "Toutes les séances",
    ("AssessmentsPage", "Session %1"): "Séance %1",
    ("AssessmentsPage", "All assessors"): "Tous les évaluateurs",
    ("AssessmentsPage", "Print assessment record"): "Imprimer le relevé d'évaluation",
    ("AuditPage", "&Technical detail"): "Détail &technique",
    ("AuditPage", "Show the entry as the log stores it: record type, record number, values before and after."):
        "Afficher l'entrée telle que le journal la conserve : type et numéro d'enregistrement, valeurs avant et après.",
    ("AuditPage", "Select an entry to see what changed."): "Sélectionnez une entrée pour voir ce qui a changé.",
    ("AuditPage", "Entry %1, %2"): "Entrée %1, %2",
    ("AuditPage", "Technical detail: %1 %2 %3 by %4"): "Détail technique : %1 %2 %3 par %4",
    ("AuditTableModel", "By"): "Par",
    ("AuditTableModel", "What happened"): "Ce qui s'est passé",
    ("DateField", "Not given"): "Non renseignée",
    ("DateField", "dd/mm/yyyy"): "jj/mm/aaaa",
    ("DateField", "Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down)."):
        "Saisissez la date sous la forme 14/05/2001 ou 2001-05-14, ou choisissez-la dans le calendrier (Alt+Bas).",
    ("DateField", "Choose in the calendar"): "Choisir dans le calendrier",
    ("DateField", "Give a date."): "Indiquez une date.",
    ("DateField", "%1 is not a date: type it as 14/05/2001 or 2001-05-14."):
        "%1 n'est pas une date : saisissez-la sous la forme 14/05/2001 ou 2001-05-14.",
    ("DateField", "The date may not be before %1."): "La date ne peut pas être antérieure au %1.",
    ("DateField", "The date may not be after %1."): "La date ne peut pas être postérieure au %1.",
    ("FileDialogs", "Saved"): "Enregistré",
    ("FileDialogs", "Saved %1"): "%1 enregistré",
    ("FileDialogs", "in %1"): "dans %1",
    ("FileDialogs", "Open folder"): "Ouvrir le dossier",
    ("HomePage", "Home"): "Accueil",
    ("HomePage", "Sign in to see what needs doing."): "Connectez-vous pour voir ce qui est à faire.",
    ("HomePage", "Welcome, %1"): "Bienvenue, %1",
    ("HomePage", "What needs doing now"): "À faire maintenant",
    ("HomePage", "Nothing is waiting for you. New work shows here as it comes."):
        "Rien ne vous attend. Le nouveau travail s'affichera ici dès qu'il arrive.",
    ("HomePage", "%n result(s) in draft in your sessions."):
        ["%n résultat en brouillon dans vos séances.", "%n résultats en brouillon dans vos séances."],
    ("HomePage", "%n result(s) in draft."): ["%n résultat en brouillon.", "%n résultats en brouillon."],
    ("HomePage", "%n session(s) to record"): ["%n séance à saisir", "%n séances à saisir"],
    ("HomePage", "Show them on the Assessments page."): "Les afficher dans la page Évaluations.",
    ("HomePage", "%n result(s) waiting for verification"):
        ["%n résultat en attente de vérification", "%n résultats en attente de vérification"],
    ("HomePage", "Submitted by assessors: check them, then verify or return each one."):
        "Soumis par les évaluateurs : examinez-les, puis vérifiez ou renvoyez chacun.",
    ("HomePage", "%n returned result(s)"): ["%n résultat renvoyé", "%n résultats renvoyés"],
    ("HomePage", "A verifier returned them with a reason: correct them and submit again."):
        "Un vérificateur les a renvoyés avec un motif : corrigez-les et soumettez-les de nouveau.",
    ("HomePage", "%n candidate(s) eligible for a certificate"):
        ["%n candidat admissible à un certificat", "%n candidats admissibles à un certificat"],
    ("HomePage", "Their results are verified and no certificate states them yet: issue the certificates."):
        "Leurs résultats sont vérifiés et aucun certificat ne les atteste encore : délivrez les certificats.",
    ("HomePage", "Session %1"): "Séance %1",
    ("HomePage", "Record: %1"): "Saisir : %1",
    ("HomePage", "%1 — assessor %2 — %n result(s) in draft"):
        ["%1 — évaluateur %2 — %n résultat en brouillon", "%1 — évaluateur %2 — %n résultats en brouillon"],
    ("HomePage", "Getting started"): "Pour commencer",
    ("HomePage", "This database is new. Three steps make it ready for assessments: the standards to assess "
     "against, the candidates, then a session to record."):
        "Cette base de données est nouvelle. Trois étapes la préparent aux évaluations : les référentiels, "
        "les candidats, puis une séance à saisir.",
    ("HomePage", "1. Import standards"): "1. Importer des référentiels",
    ("HomePage", "From a CASE package (JSON) or the Excel template of the awarding body."):
        "Depuis un paquet CASE (JSON) ou le modèle Excel de l'organisme certificateur.",
    ("HomePage", "…or create a qualification"): "…ou créer une qualification",
    ("HomePage", "Type its units, elements and performance criteria on the Standards page."):
        "Saisissez ses unités, éléments et critères de performance dans la page Référentiels.",
    ("HomePage", "1. An administrator imports or creates the standards."):
        "1. Un administrateur importe ou crée les référentiels.",
    ("HomePage", "2. Add a candidate"): "2. Ajouter un candidat",
    ("HomePage", "Register one candidate with the candidate form."): "Inscrivez un candidat avec le formulaire.",
    ("HomePage", "…or import candidates from Excel"): "…ou importer des candidats depuis Excel",
    ("HomePage", "Fill in the Excel template (Candidates page) and import it in one go."):
        "Remplissez le modèle Excel (page Candidats) et importez-le en une fois.",
    ("Messages", "Satisfactory"): "Satisfaisant",
    ("Messages", "Not yet satisfactory"): "Pas encore satisfaisant",
    ("Messages", "Draft"): "Brouillon",
    ("Messages", "Submitted"): "Soumis",
    ("Messages", "Verified"): "Vérifié",
    ("Messages", "Returned"): "Renvoyé",
    ("Messages", "Competent"): "Compétent",
    ("Messages", "Not Yet Competent"): "Pas encore compétent",
    ("Messages", "RPL granted"): "VAE accordée",
    ("Messages", "Credit transfer"): "Transfert de crédits",
    ("Messages", "Withdrawn"): "Retiré",
    ("Messages", "Issued"): "Délivré",
    ("Messages", "Revoked"): "Révoqué",
    ("Messages", "Active"): "Actif",
    ("Messages", "Completed"): "Terminé",
    ("Messages", "Current"): "En vigueur",
    ("Messages", "Superseded"): "Remplacé",
    ("Messages", "Eligible"): "Admissible",
    ("Messages", "Not eligible"): "Non admissible",
    ("Messages", "result"): "résultat",
    ("Messages", "status"): "statut",
    ("Messages", "outcome"): "décision",
    ("Messages", "checked by"): "contrôlé par",
    ("Messages", "Candidate"): "Candidat",
    ("Messages", "User"): "Utilisateur",
    ("Messages", "Assessment"): "Évaluation",
    ("Messages", "Judgement"): "Jugement",
    ("Messages", "Amendment"): "Modification",
    ("Messages", "Appeal"): "Recours",
    ("Messages", "Certificate"): "Certificat",
    ("Messages", "Qualification"): "Qualification",
    ("Messages", "Unit"): "Unité",
    ("Messages", "Evidence"): "Preuve",
    ("Messages", "Assessment session"): "Séance d'évaluation",
    ("Messages", "Export"): "Export",
    ("Messages", "assessor"): "évaluateur",
    ("Messages", "reason for return"): "motif du renvoi",
    ("Messages", "comments"): "commentaires",
    ("Messages", "feedback"): "retour au candidat",
    ("Messages", "assessment methods"): "méthodes d'évaluation",
    ("Messages", "date of assessment"): "date de l'évaluation",
    ("Messages", "venue"): "lieu",
    ("Messages", "conflict of interest"): "conflit d'intérêts",
    ("Messages", "credit transfer source"): "source du transfert de crédits",
    ("Messages", "family name"): "nom",
    ("Messages", "given names"): "prénoms",
    ("Messages", "name in local script"): "nom dans l'écriture locale",
    ("Messages", "date of birth"): "date de naissance",
    ("Messages", "sex"): "sexe",
    ("Messages", "phone"): "téléphone",
    ("Messages", "email"): "courriel",
    ("Messages", "ID number"): "numéro de pièce d'identité",
    ("Messages", "photo"): "photo",
    ("Messages", "full name"): "nom complet",
    ("Messages", "roles"): "rôles",
    ("Messages", "active"): "actif",
    ("Messages", "password"): "mot de passe",
    ("Messages", "title"): "titre",
    ("Messages", "stage"): "étape",
    ("Messages", "description"): "description",
    ("Messages", "reprints"): "réimpressions",
    ("Messages", "reason for revocation"): "motif de la révocation",
    ("Messages", "{record} {id}"): "{record} {id}",
    ("Messages", "Centre"): "Centre",
    ("Messages", "Awarding body"): "Organisme certificateur",
    ("Messages", "Element"): "Élément",
    ("Messages", "Performance criterion"): "Critère de performance",
    ("Messages", "Unit of a qualification"): "Unité d'une qualification",
    ("Messages", "Signing key"): "Clé de signature",
    ("Messages", "Signatory"): "Signataire",
    ("Messages", "Audit checkpoint"): "Point de contrôle du journal",
    ("Messages", "Enrolment"): "Inscription",
    ("Messages", "Self-assessment"): "Auto-évaluation",
    ("Messages", "RPL step"): "Étape de VAE",
    ("Messages", "an assessment record (PDF)"): "un relevé d'évaluation (PDF)",
    ("Messages", "an assessment record (printed)"): "un relevé d'évaluation (imprimé)",
    ("Messages", "the results (Excel)"): "les résultats (Excel)",
    ("Messages", "the certificate register (Excel)"): "le registre des certificats (Excel)",
    ("Messages", "the statistics (Excel)"): "les statistiques (Excel)",
    ("Messages", "{what}, by {user}"): "{what}, par {user}",
    ("Messages", "Judgement {criterion} of assessment {id}"): "Jugement {criterion} de l'évaluation {id}",
    ("Messages", "Evidence {id}"): "Preuve {id}",
    ("Messages", "Assessment session {title} of {date}"): "Séance d'évaluation {title} du {date}",
    ("Messages", "Certificate {serial}"): "Certificat {serial}",
    ("Messages", "User {name}"): "Utilisateur {name}",
    ("Messages", "Export of {what}"): "Export de {what}",
    ("Messages", "“{text}”"): "«\u00a0{text}\u00a0»",
    ("Messages", "none"): "aucun",
    ("Messages", "{before} → {after}"): "{before} › {after}",
    ("Messages", "{subject}: {fields} changed"): "{subject} : {fields} modifiés",
    ("Messages", "Judgement {criterion} of {candidate}, {unit} attempt {attempt}"):
        "Jugement {criterion} de {candidate}, {unit} tentative {attempt}",
    ("Messages", "Assessment {id}"): "Évaluation {id}",
    ("Messages", "Amendment {id}"): "Modification {id}",
    ("Messages", "Appeal {id}"): "Recours {id}",
    ("Messages", "Candidate {name} ({number})"): "Candidat {name} ({number})",
    ("Messages", "Candidate {number}"): "Candidat {number}",
    ("Messages", "Evidence “{what}” of {candidate}"): "Preuve « {what} » de {candidate}",
    ("Messages", "Certificate {serial} of {candidate}"): "Certificat {serial} de {candidate}",
    ("Messages", "yes"): "oui",
    ("Messages", "no"): "non",
    ("Messages", "{subject}: {change}"): "{subject} : {change}",
    ("Messages", "{subject}: created"): "{subject} : créé",
    ("Messages", "{subject}: deleted"): "{subject} : supprimé",
    ("Messages", "{subject}: answers changed"): "{subject} : réponses modifiées",
    ("Messages", "{subject}: changed"): "{subject} : modifié",
    ("Messages", "{subject}: {changes}"): "{subject} : {changes}",
    ("Messages", "{subject}: {stage} recorded"): "{subject} : {stage} enregistrée",
    ("Messages", "{subject}: password changed"): "{subject} : mot de passe modifié",
    ("Messages", "password changed"): "mot de passe modifié",
    ("Messages", "{field} changed"): "{field} modifié",
    ("Messages", "{field}: {before} → {after}"): "{field} : {before} › {after}",
    ("Messages", "Assessment of {candidate}, {unit} attempt {attempt}"):
        "Évaluation de {candidate}, {unit} tentative {attempt}",
    ("Messages", "Amendment of the assessment of {candidate}, {unit} attempt {attempt}"):
        "Modification de l'évaluation de {candidate}, {unit} tentative {attempt}",
    ("Messages", "Appeal on the assessment of {candidate}, {unit} attempt {attempt}"):
        "Recours sur l'évaluation de {candidate}, {unit} tentative {attempt}",
    ("Messages", "Qualification {code} version {version}"): "Qualification {code} version {version}",
    ("Messages", "Unit {code} version {version}"): "Unité {code} version {version}",
    ("Messages", "Enrolment of {candidate} in {qualification}"): "Inscription de {candidate} en {qualification}",
    ("Messages", "Self-assessment of {candidate} in {qualification}"):
        "Auto-évaluation de {candidate} en {qualification}",
    ("Messages", "RPL step of {candidate} in {qualification}"): "Étape de VAE de {candidate} en {qualification}",
}
TRANSLATIONS.update(_HOME_LOOKS)
# scale: issue 14, who can be certified is found on the task pool ----
TRANSLATIONS.update({
    ("App", "Opening %1…"): "Ouverture de %1…",
    ("CertificatesPage", "Issue"): "Délivrer",
    ("CertificatesPage", "Finding the candidates who can be certified…"):
        "Recherche des candidats qui peuvent être certifiés…",
})



# languages: the services' sentences (msg() ids, under the context "Messages") ----
TRANSLATIONS.update({
    ('Messages', '{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.'):
        "{cells} n'est pas NUMÉRO=S, NUMÉRO=N ou NUMÉRO=clear (par exemple 1.2=S) ; rien n'a été enregistré.",
    ('Messages', 'This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).'):
        'Cette commande affiche des données personnelles : indiquez qui vous êtes avec --user NOM (mot de passe tiré de SKILLASSESS_PASSWORD, sinon demandé).',
    ('Messages', 'the disk is full'):
        'le disque est plein',
    ('Messages', 'permission denied; choose another folder'):
        'permission refusée ; choisissez un autre dossier',
    ('Messages', 'the disk is read-only'):
        'le disque est en lecture seule',
    ('Messages', 'the name is too long'):
        'le nom est trop long',
    ('Messages', 'Cannot write {path}: {reason}.'):
        "Impossible d'écrire {path} : {reason}.",
    ('Messages', 'Cannot write {path}: the folder {folder} does not exist; choose another folder.'):
        "Impossible d'écrire {path} : le dossier {folder} n'existe pas ; choisissez un autre dossier.",
    ('Messages', 'the folder does not exist'):
        "le dossier n'existe pas",
    ('Messages', '{value} is too large (at most {limit:,}).'):
        '{value} est trop grand (au plus {limit:,}).',
    ('Messages', '{field}: {problem}'):
        '{field} : {problem}',
    ('Messages', '{length:,} characters, more than the {limit:,} it can hold; shorten it.'):
        "{length:,} caractères, plus que les {limit:,} qu'il peut contenir ; raccourcissez-le.",
    ('Messages', 'contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).'):
        "contient le caractère de contrôle invisible {code} à la position {position}, qui ne peut pas être enregistré ; supprimez-le (il vient souvent d'un copier-coller).",
    ('Messages', 'Nothing was saved: correct the text named below.'):
        "Rien n'a été enregistré : corrigez le texte indiqué ci-dessous.",
    ('Messages', 'contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.'):
        "contient la marque de direction invisible {code} ({name}) à la position {position}, qui peut faire imprimer un nom à l'envers ; supprimez-la.",
    ('Messages', '{record}, {field}: {problem}'):
        '{record}, {field} : {problem}',
    ('Messages', 'The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.'):
        'Le second dossier de sauvegarde {folder} est absent (la clé USB est-elle branchée ?) ; la sauvegarde est seulement dans le dossier de données.',
    ('Messages', 'Keep between 0 and {most} daily backups.'):
        'Conservez entre 0 et {most} sauvegardes quotidiennes.',
    ('Messages', '{archive} cannot be restored: {reason} Nothing was changed.'):
        "{archive} ne peut pas être restaurée : {reason} Rien n'a été modifié.",
    ('Messages', 'it is not a SkillAssess backup.'):
        "ce n'est pas une sauvegarde SkillAssess.",
    ('Messages', 'its manifest is damaged.'):
        'son manifeste est endommagé.',
    ('Messages', 'it was made by a newer version of SkillAssess; install that version.'):
        'elle a été faite par une version plus récente de SkillAssess ; installez cette version.',
    ('Messages', 'restoring it needs {need} MB free in {folder}, and there are {free} MB.'):
        'la restaurer demande {need} Mo libres dans {folder}, et il y en a {free} Mo.',
    ('Messages', '{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.'):
        "{path} est ouvert dans SkillAssess ou dans un autre programme : fermez-le, puis restaurez de nouveau. Rien n'a été modifié.",
    ('Messages', 'There is no file {archive}.'):
        "Le fichier {archive} n'existe pas.",
    ('Messages', 'it is not a SkillAssess backup (not a zip archive).'):
        "ce n'est pas une sauvegarde SkillAssess (ce n'est pas une archive zip).",
    ('Messages', 'its manifest is too large.'):
        'son manifeste est trop gros.',
    ('Messages', 'it names a file outside its own folders ({name}).'):
        'elle nomme un fichier hors de ses propres dossiers ({name}).',
    ('Messages', '{name} is too large for a key file.'):
        '{name} est trop gros pour un fichier de clé.',
    ('Messages', 'it holds the same file twice.'):
        'elle contient deux fois le même fichier.',
    ('Messages', 'it holds files its manifest does not list ({name}).'):
        'elle contient des fichiers que son manifeste ne liste pas ({name}).',
    ('Messages', 'files listed in its manifest are missing ({name}).'):
        'des fichiers listés dans son manifeste manquent ({name}).',
    ('Messages', 'it holds no database (it was made from a PostgreSQL database).'):
        "elle ne contient pas de base de données (elle a été faite d'une base PostgreSQL).",
    ('Messages', 'The folder {folder} does not exist.'):
        "Le dossier {folder} n'existe pas.",
    ('Messages', 'it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.'):
        'elle contient une base SQLite ; restaurez-la dans un fichier avec : skillassess --db FICHIER restore ARCHIVE.',
    ('Messages', 'it is not a SkillAssess backup (it has no manifest).'):
        "ce n'est pas une sauvegarde SkillAssess (elle n'a pas de manifeste).",
    ('Messages', "the database in it is damaged (SQLite's integrity check failed)."):
        "la base de données qu'elle contient est endommagée (le contrôle d'intégrité de SQLite a échoué).",
    ('Messages', 'the database in it is empty.'):
        "la base de données qu'elle contient est vide.",
    ('Messages', '{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).'):
        '{name} a été modifié après la sauvegarde (son SHA-256 diffère du manifeste).',
    ('Messages', '{name} in it is damaged (the zip check failed).'):
        '{name} est endommagé (le contrôle zip a échoué).',
    ('Messages', '{name} is larger than its manifest says.'):
        '{name} est plus gros que ne le dit son manifeste.',
    ('Messages', 'There is no database file at {path} to back up.'):
        "Il n'y a pas de fichier de base de données à {path} à sauvegarder.",
    ('Messages', 'The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File > Restore from backup… in the application).'):
        "Le fichier de base de données {path} est endommagé, SkillAssess n'y écrira donc pas. Restaurez la sauvegarde la plus récente ({backup}, faite le {made}) avec : {command} (ou Fichier > Restaurer une sauvegarde… dans l'application).",
    ('Messages', 'The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File > Restore from backup… in the application).'):
        "Le fichier de base de données {path} est endommagé, SkillAssess n'y écrira donc pas. Aucune sauvegarde n'a été trouvée dans {folder} ; si vous en avez une ailleurs (une clé USB, par exemple), restaurez-la avec : {command} (ou Fichier > Restaurer une sauvegarde… dans l'application).",
    ('Messages', 'There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File > New database in the application).'):
        "Il n'y a pas de base SkillAssess à {path} : vérifiez le nom, ou créez-en une avec : {command} (ou Fichier > Nouvelle base de données dans l'application).",
    ('Messages', '{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File > New database in the application).'):
        "{path} est un fichier vide, pas une base SkillAssess : vérifiez le nom, ou créez-y une base avec : {command} (ou Fichier > Nouvelle base de données dans l'application).",
    ('Messages', '{path} cannot be opened: it is in use or cannot be read. This file was left untouched.'):
        "{path} ne peut pas être ouvert : il est utilisé ou illisible. Ce fichier n'a pas été touché.",
    ('Messages', 'Cannot open the database {name}. {reason}'):
        "Impossible d'ouvrir la base de données {name}. {reason}",
    ('Messages', 'The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.'):
        "La base de données {name} est vide (elle n'a pas les tables de SkillAssess) : vérifiez l'adresse, ou créez les tables avec : skillassess --db ADRESSE setup.",
    ('Messages', 'The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner\'s account (see "Several users on a PostgreSQL server" in the README), then again with this one.'):
        "La base de données {name} doit voir ses tables créées ou mises à jour pour cette version de SkillAssess, et le compte {user} n'en a pas le droit. Ouvrez-la une fois avec le compte du propriétaire de la base (voir « Several users on a PostgreSQL server » dans le README), puis de nouveau avec celui-ci.",
    ('Messages', 'the system refused it'):
        "le système l'a refusé",
    ('Messages', 'a part of its path is a file, not a folder'):
        'une partie de son chemin est un fichier, pas un dossier',
    ('Messages', 'you may not write there'):
        "vous n'avez pas le droit d'y écrire",
    ('Messages', "The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator."):
        "Le dossier de données {folder} ne peut pas être créé : {reason}. Choisissez un autre dossier avec SKILLASSESS_DATA_DIR, ou demandez à l'administrateur de l'ordinateur.",
    ('Messages', '{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.'):
        "{file} : le classeur est endommagé ou n'est pas un simple fichier Excel ; rien n'a été modifié. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et réessayez.",
    ('Messages', '{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.'):
        "{file} : le JSON est imbriqué bien trop profondément (plus de mille niveaux) ; un paquet CASE n'a que quelques niveaux. Rien n'a été modifié.",
    ('Messages', '{file}: not valid JSON ({problem}).'):
        '{file} : JSON non valide ({problem}).',
    ('Messages', '{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.'):
        "{file} : le classeur est endommagé ({where} ne peut pas être décompressé) ; rien n'a été modifié. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et réessayez.",
    ('Messages', '{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).'):
        "{file} n'est pas un classeur Excel (.xlsx) lisible : il n'a pas de partie classeur (est-ce un autre type de document renommé en .xlsx ?).",
    ('Messages', '{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.'):
        "{file} : le classeur est endommagé ou n'est pas un simple fichier Excel (sa liste de feuilles est illisible) ; rien n'a été modifié.",
    ('Messages', '{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).'):
        "{file} n'est pas un classeur Excel (.xlsx) lisible : ce n'est pas un paquet ZIP ; enregistrez-le depuis Excel ou LibreOffice comme classeur Excel (.xlsx).",
    ('Messages', '{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.'):
        "{file} : le classeur a {count:,} parties, plus qu'aucun tableur n'en écrit ; il a été refusé et rien n'a été modifié.",
    ('Messages', '{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.'):
        "{file} : le classeur fait {size} Mo une fois décompressé, plus que les {limit} Mo qu'accepte une importation ; rien n'a été modifié. Est-ce le bon fichier ? Répartissez une très longue liste sur plusieurs fichiers.",
    ('Messages', '{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.'):
        "{file} : une partie du classeur ({part}) est compressée {ratio:,} pour 1, bien plus qu'aucun tableur ; le fichier a été refusé comme possible bombe zip et rien n'a été modifié.",
    ('Messages', '{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.'):
        "{file} : le texte du classeur fait {size} Mo une fois décompressé, plus que les {limit} Mo qu'accepte une importation ; rien n'a été modifié. Répartissez une très longue liste sur plusieurs fichiers.",
    ('Messages', '{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.'):
        "{file} : la feuille {sheet} a plus de {limit:,} lignes (les lignes vides comptent aussi) ; au plus {limit:,} peuvent être importées à la fois, et rien n'a été modifié. Supprimez les lignes vides sous la liste, ou répartissez la liste sur plusieurs fichiers.",
    ('Messages', '{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.'):
        "{file} : le classeur est endommagé : {where} contient le caractère de contrôle {code} (octet {offset:,}), qu'un tableur n'écrit jamais ; rien n'a été modifié. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et réessayez.",
    ('Messages', 'A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.'):
        "Une modification de {tables} n'a pas été inscrite au journal d'audit ; elle n'a donc pas été enregistrée. C'est un défaut de SkillAssess : merci de le signaler.",
    ('Messages', 'A change to {table} could not be followed for the audit log; nothing was saved.'):
        "Une modification de {table} n'a pas pu être suivie pour le journal d'audit ; rien n'a été enregistré.",
    ('Messages', '{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.'):
        "{table} ({record}) : le journal d'audit (entrée {entry}) inscrit sa suppression, mais il est dans la base de données.",
    ('Messages', 'The audit log is intact: {count} entries checked, and {records} records match it.'):
        "Le journal d'audit est intact : {count} entrées vérifiées, et {records} enregistrements lui correspondent.",
    ('Messages', '{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.'):
        "{table} ({record}), {field} : le journal d'audit (entrée {entry}) dit {audited}, la base de données contient {found}.",
    ('Messages', '{table} ({record}): no audit entry records this record; it was added outside SkillAssess.'):
        "{table} ({record}) : aucune entrée d'audit n'inscrit cet enregistrement ; il a été ajouté hors de SkillAssess.",
    ('Messages', '{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.'):
        "{table} ({record}) : le journal d'audit (entrée {entry}) l'inscrit, mais il n'est plus dans la base de données ; il a été supprimé hors de SkillAssess.",
    ('Messages', 'The audit log is broken at entry {entry}: {problem}.'):
        "Le journal d'audit est rompu à l'entrée {entry} : {problem}.",
    ('Messages', '{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.'):
        "{count} enregistrement(s) diffèrent de ce que dit le journal d'audit : ils ont été modifiés hors de SkillAssess.",
    ('Messages', '… and {count} more.'):
        '… et {count} de plus.',
    ('Messages', "The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck)."):
        'La vérification est faite pour les fichiers SQLite ; pour {name}, utilisez les outils du serveur (pg_amcheck).',
    ('Messages', '{path} is not a SkillAssess database (it is not a SQLite file).'):
        "{path} n'est pas une base SkillAssess (ce n'est pas un fichier SQLite).",
    ('Messages', 'The backup could not be written to {folder} ({reason}); nothing was kept of it.'):
        "La sauvegarde n'a pas pu être écrite dans {folder} ({reason}) ; rien n'en a été gardé.",
    ('Messages', 'The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.'):
        "La sauvegarde n'a pas pu être mise en place ({reason}). Fermez SkillAssess partout où la base est ouverte et réessayez.",
    ('Messages', 'The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.'):
        "La sauvegarde n'a pas pu être copiée dans le second dossier {folder} ({reason}) ; elle est seulement dans le dossier de données.",
    ('Messages', '{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.'):
        "{archive} ne peut pas être restaurée : son journal d'audit est rompu ({problem}). Rien n'a été modifié.",
    ('Messages', 'Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.'):
        "Rien n'a été importé de {file} : la qualification {code} a été remplacée pendant la vérification du fichier ; importez le fichier de nouveau.",
    ('Messages', 'The centre is not set up yet (name, code, country); an administrator sets it up first.'):
        "Le centre n'est pas encore configuré (nom, code, pays) ; un administrateur le configure d'abord.",
    ('Messages', '{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).'):
        '{path} : le fichier doit finir par .pdf (un seul PDF) ou .zip (un PDF par certificat).',
    ('Messages', 'No certificate was reprinted.'):
        "Aucun certificat n'a été réimprimé.",
    ('Messages', 'No certificate was issued.'):
        "Aucun certificat n'a été délivré.",
    ('Messages', '{problem} {nothing}'):
        '{problem} {nothing}',
    ('Messages', "Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it."):
        "Certificat inconnu : la signature est authentique (clé {key}), mais le certificat {serial} n'est pas dans le registre de cette base. Seul le registre du centre qui l'a délivré peut le confirmer.",
    ('Messages', 'The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.'):
        "L'entrée de registre du certificat {serial} a été modifiée hors de SkillAssess ({problem}) ; elle ne peut pas être confirmée. Un administrateur lance skillassess audit verify.",
    ('Messages', 'The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.'):
        "Le contenu a été signé avec la clé {key}, qui n'est pas une clé de confiance de ce centre : {problem}. N'acceptez pas ce certificat.",
    ('Messages', 'Choose at least one candidate to certify.'):
        'Choisissez au moins un candidat à certifier.',
    ('Messages', 'No certificate was issued:'):
        "Aucun certificat n'a été délivré :",
    ('Messages', 'No certificate was printed:'):
        "Aucun certificat n'a été imprimé :",
    ('Messages', '{regno}: {code} is chosen twice.'):
        '{regno} : {code} est choisi deux fois.',
    ('Messages', 'Certificate {serial} is revoked ({reason}); it cannot be printed.'):
        'Le certificat {serial} est révoqué ({reason}) ; il ne peut pas être imprimé.',
    ('Messages', 'Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.'):
        "Restaurez la sauvegarde la plus récente (skillassess restore FICHIER), ou un administrateur inscrit la perte (skillassess audit accept-loss, ou Vérifier le journal sur la page Journal d'audit) ; d'ici là, rien ne peut être enregistré.",
    ('Messages', 'The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.'):
        "Le point de contrôle d'audit du {at} ({expected} entrées, signé avec la clé {key}) est contenu dans le journal ; {added} entrées ont été ajoutées depuis.",
    ('Messages', 'The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}'):
        "Le point de contrôle d'audit écrit le {at} inscrit {expected} entrées d'audit, mais la base en contient {found} : les modifications les plus récentes manquent (un fichier -wal perdu après un plantage, une copie de la base faite pendant une écriture, ou des entrées supprimées). {hint}",
    ('Messages', 'The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}'):
        "Le journal d'audit ne contient plus les entrées que son point de contrôle du {at} inscrit (l'entrée {entry} diffère) : le journal a été réécrit ou remplacé. {hint}",
    ('Messages', 'The audit log holds its checkpoint.'):
        "Le journal d'audit contient son point de contrôle.",
    ('Messages', 'There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.'):
        "Il n'y a pas de point de contrôle d'audit ({path}) : la suppression des dernières entrées du journal ne pourrait pas être détectée. SkillAssess l'écrit après chaque modification ; si vous avez copié la base, copiez son fichier .checkpoint avec elle.",
    ('Messages', 'The audit log holds every entry its checkpoint records: there is no loss to record.'):
        "Le journal d'audit contient toutes les entrées que son point de contrôle inscrit : il n'y a pas de perte à inscrire.",
    ('Messages', 'The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.'):
        "Le point de contrôle d'audit {path} est illisible ; il n'a pas été utilisé. La prochaine modification en écrit un nouveau.",
    ('Messages', "The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one."):
        "Le point de contrôle d'audit {path} est signé avec une clé que cet ordinateur ne connaît pas (la clé de point de contrôle d'un autre ordinateur, ou le fichier a été remplacé) ; il n'a pas été utilisé. La prochaine modification en écrit un nouveau.",
    ('Messages', 'The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.'):
        "Le point de contrôle d'audit {path} ne correspond pas à sa signature : il a été modifié hors de SkillAssess.",
    ('Messages', 'Sign in first: every export and read of personal data names who made it.'):
        "Connectez-vous d'abord : chaque exportation et chaque lecture de données personnelles nomme qui l'a faite.",
    ('Messages', 'no audit entry records key {key}: it was added outside SkillAssess'):
        "aucune entrée d'audit n'inscrit la clé {key} : elle a été ajoutée hors de SkillAssess",
    ('Messages', 'its audit entry {entry} was changed'):
        "son entrée d'audit {entry} a été modifiée",
    ('Messages', 'it was not made trusted by an administrator (audit entry {entry})'):
        "elle n'a pas été déclarée de confiance par un administrateur (entrée d'audit {entry})",
    ('Messages', 'its record differs from audit entry {entry} ({problem})'):
        "son enregistrement diffère de l'entrée d'audit {entry} ({problem})",
    ('Messages', 'This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.'):
        "Ce centre n'a pas encore de clé de signature des certificats : rien ne peut être signé. Un administrateur en crée une : page Utilisateurs, Clés de signature…, puis Créer une clé ; ou skillassess keys create --user NOM.",
    ('Messages', 'The checkpoint key {path} cannot be read.'):
        'La clé de point de contrôle {path} est illisible.',
    ('Messages', "The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate)."):
        "La clé privée de la clé de signature {key} du centre n'est pas sur cet ordinateur (elle devrait être {file}). Copiez ce fichier depuis l'ordinateur où la clé a été créée, ou un administrateur renouvelle la clé ici (skillassess keys rotate).",
    ('Messages', 'The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).'):
        'Le centre a déjà une clé de signature ({key}) ; pour la remplacer, renouvelez-la (skillassess keys rotate).',
    ('Messages', 'There is no trusted signing key to rotate; create one (skillassess keys create).'):
        "Il n'y a pas de clé de signature de confiance à renouveler ; créez-en une (skillassess keys create).",
    ('Messages', 'its public key is damaged'):
        'sa clé publique est endommagée',
    ('Messages', 'Nothing was saved in assessment {id}:'):
        "Rien n'a été enregistré dans l'évaluation {id} :",
    ('Messages', '{unit} has no criterion {number}.'):
        "{unit} n'a pas de critère {number}.",
    ('Messages', 'Criterion {number} is given twice with different results.'):
        'Le critère {number} est donné deux fois avec des résultats différents.',
    ('Messages', 'The {what} code: {problem}'):
        'Le code ({what}) : {problem}',
    ('Messages', 'The {what} title: {problem}'):
        'Le titre ({what}) : {problem}',
    ('Messages', 'This item cannot be removed: {kind}.'):
        'Cet élément ne peut pas être supprimé : {kind}.',
    ('Messages', 'This item cannot be moved: {kind}.'):
        'Cet élément ne peut pas être déplacé : {kind}.',
    ('Messages', 'Only a qualification or a unit has versions, not a {kind}.'):
        'Seule une qualification ou une unité a des versions, pas : {kind}.',
    ('Messages', 'Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.'):
        "Nom d'utilisateur ou mot de passe incorrect, ou compte bloqué après {attempts} mots de passe erronés. Un compte bloqué se rouvre après {minutes} minutes ; un administrateur peut le débloquer plus tôt en réinitialisant le mot de passe.",
    ('Messages', 'The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.'):
        "La base de données est occupée\xa0: un autre utilisateur ou programme y enregistre. Rien n'a été modifié\u202f; réessayez dans un instant.",
    ('Messages', 'The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.'):
        "La base de données ne peut pas être modifiée\xa0: le fichier ou son dossier est en lecture seule. Rien n'a été modifié\u202f; autorisez l'écriture à cet endroit, ou copiez la base dans un dossier où vous pouvez écrire.",
    ('Messages', 'The disk that holds the database is full. Nothing was changed; free some space and try again.'):
        "Le disque qui contient la base de données est plein. Rien n'a été modifié\u202f; libérez de la place et réessayez.",
    ('Messages', 'The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.'):
        "Le fichier de la base de données n'a pas pu être lu ou écrit (problème de disque, de clé USB ou de réseau). Rien n'a été modifié\u202f; vérifiez que le disque est branché et réessayez.",
    ('Messages', 'The database file is damaged. Nothing was changed; stop using it and restore the newest backup.'):
        "Le fichier de la base de données est endommagé. Rien n'a été modifié\u202f; cessez de l'utiliser et restaurez la sauvegarde la plus récente.",
    ('Messages', 'The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.'):
        'Le serveur de base de données est injoignable\xa0: il est arrêté, ou le réseau est coupé. Vérifiez la connexion ou demandez à la personne qui gère le serveur, puis réessayez.',
    ('Messages', 'The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.'):
        "La modification entre en conflit avec une autre enregistrée au même moment, peut-être par un autre utilisateur. Rien n'a été modifié\u202f; rouvrez la fiche et refaites la modification.",
    ('Messages', 'The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.'):
        "La base de données a signalé un problème. Rien n'a été modifié\u202f; réessayez, et si cela se reproduit, signalez-le en joignant le fichier journal.",
    ('Messages', 'The audit log is empty; there is no checkpoint yet.'):
        "Le journal d'audit est vide\u202f; il n'y a pas encore de point de contrôle.",
})

# languages: record types of the audit log (lupdate did not see them through an alias) ----
TRANSLATIONS.update({
    ('AuditPage', 'Centre'): 'Centre',
    ('AuditPage', 'User'): 'Utilisateur',
    ('AuditPage', 'Evidence'): 'Preuve',
    ('AuditPage', 'Assessment'): 'Évaluation',
    ('AuditPage', 'Judgement'): 'Jugement',
    ('AuditPage', 'Amendment'): 'Rectification',
    ('AuditPage', 'Appeal'): 'Recours',
    ('AuditPage', 'Certificate'): 'Certificat',
    ('AuditPage', 'Awarding body'): 'Organisme certificateur',
    ('AuditPage', 'Signatory'): 'Signataire',
    ('AuditPage', 'Signing key'): 'Clé de signature',
})

# languages: Qt 6's file dialog wording ("&Look in:"), which Qt's own fr and ar catalogues lack ----
TRANSLATIONS.update({
    ('QFileDialog', '&Look in:'): '&Voir dans\xa0:',
    ('QFileDialog', 'Files of &type:'): 'Fichiers de &type\xa0:',
    ('QAbstractFileIconProvider', 'Drive'): 'Lecteur',
    ('QAbstractFileIconProvider', 'Folder', 'All other platforms'): 'Dossier',
})

# languages: one digit convention, a choice in View → Language ----
TRANSLATIONS.update({
    ('MainWindow', 'Latin digits (0–9)'):
        'Chiffres latins (0–9)',
    ('MainWindow', "Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)"):
        "Nombres et dates avec les chiffres 0–9 au lieu de ceux de la langue (s'applique après un redémarrage)",
})

# languages: the assessment record and the self-assessment checklist, printed in the user's language ----
TRANSLATIONS.update({
    ('Messages', 'Competent (C)'):
        'Compétent (C)',
    ('Messages', 'Not Yet Competent (NYC)'):
        'Pas encore compétent (PEC)',
    ('Messages', 'RPL granted'):
        'VAE accordée',
    ('Messages', 'Credit transfer (CT)'):
        'Transfert de crédits (TC)',
    ('Messages', 'Withdrawn'):
        'Retiré',
    ('Messages', 'Observation'):
        'Observation',
    ('Messages', 'Questioning'):
        'Questionnement',
    ('Messages', 'Product'):
        'Production',
    ('Messages', 'Third-party report'):
        "Rapport d'un tiers",
    ('Messages', 'Portfolio'):
        'Portfolio',
    ('Messages', 'Draft (not final)'):
        'Brouillon (non définitif)',
    ('Messages', 'Submitted, awaiting verification'):
        'Soumise, en attente de vérification',
    ('Messages', 'Verified'):
        'Vérifiée',
    ('Messages', 'Returned to the assessor'):
        "Renvoyée à l'évaluateur",
    ('Messages', 'S'):
        'S',
    ('Messages', 'NYS'):
        'NYS',
    ('Messages', 'Recognition of Prior Learning'):
        "Validation des acquis de l'expérience",
    ('Messages', 'Training'):
        'Formation',
    ('Messages', 'Signature:'):
        'Signature\xa0:',
    ('Messages', ' — from: {source}'):
        ' — de\xa0: {source}',
    ('Messages', "Assessor's comments"):
        "Commentaires de l'évaluateur",
    ('Messages', 'Feedback given to the candidate'):
        'Retour donné au candidat',
    ('Messages', 'Not declared.'):
        'Non déclaré.',
    ('Messages', 'Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}'):
        'Évaluation {id} — {regno} — {unit} tentative {attempt} — imprimé le {date}',
    ('Messages', 'Assessment record'):
        "Fiche d'évaluation",
    ('Messages', '{code} version {version} — {title}'):
        '{code} version {version} — {title}',
    ('Messages', 'Attempt'):
        'Tentative',
    ('Messages', 'Date and venue'):
        'Date et lieu',
    ('Messages', 'Pathway'):
        'Parcours',
    ('Messages', 'Methods used'):
        'Méthodes utilisées',
    ('Messages', 'Outcome'):
        'Résultat',
    ('Messages', 'Performance criteria'):
        'Critères de performance',
    ('Messages', 'Element {position}: {title}'):
        'Élément {position}\xa0: {title}',
    ('Messages', 'S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.'):
        'S = Satisfaisant\u202f; NYS = Pas encore satisfaisant\u202f; — = non évalué.',
    ('Messages', 'Conflict of interest'):
        "Conflit d'intérêts",
    ('Messages', 'The assessor declared a conflict of interest: {details}'):
        "L'évaluateur a déclaré un conflit d'intérêts\xa0: {details}",
    ('Messages', 'The assessor declared no conflict of interest with this candidate.'):
        "L'évaluateur a déclaré n'avoir aucun conflit d'intérêts avec ce candidat.",
    ('Messages', 'Status: {status}. This record is not final until it is verified.'):
        "Statut\xa0: {status}. Cette fiche n'est définitive qu'une fois vérifiée.",
    ('Messages', 'No.'):
        'N°',
    ('Messages', 'Judgement'):
        'Jugement',
    ('Messages', 'Criteria not yet Satisfactory: {criteria}'):
        'Critères pas encore satisfaisants\xa0: {criteria}',
    ('Messages', 'Returned by the verifier'):
        'Renvoyée par le vérificateur',
    ('Messages', 'Amendments after verification'):
        'Rectifications après vérification',
    ('Messages', 'Attempts at this unit'):
        'Tentatives pour cette unité',
    ('Messages', 'Page {page}'):
        'Page {page}',
    ('Messages', 'Assessor'):
        'Évaluateur',
    ('Messages', 'Verifier'):
        'Vérificateur',
    ('Messages', 'Submitted: {date}'):
        'Soumise le {date}',
    ('Messages', 'Verified: {date}'):
        'Vérifiée le {date}',
    ('Messages', 'Sign-off'):
        'Visas',
    ('Messages', 'Attempt {attempt}: {date}, {outcome}, {status}'):
        'Tentative {attempt}\xa0: {date}, {outcome}, {status}',
    ('Messages', 'no outcome'):
        'aucun résultat',
    ('Messages', 'Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.'):
        "Lisez chaque énoncé et cochez une seule case\xa0: Je sais le faire (seul, selon la norme), Avec de l'aide (je l'ai fait guidé par quelqu'un), ou Pas encore. Il n'y a pas de mauvaise réponse\xa0: vos réponses aident l'évaluateur à préparer ce qu'il examinera avec vous.",
    ('Messages', 'I can do this'):
        'Je sais le faire',
    ('Messages', 'With help'):
        "Avec de l'aide",
    ('Messages', 'Not yet'):
        'Pas encore',
    ('Messages', '{regno} · {qualification} · self-assessment'):
        '{regno} · {qualification} · auto-évaluation',
    ('Messages', 'Self-assessment checklist'):
        "Grille d'auto-évaluation",
    ('Messages', 'Registration number'):
        "Numéro d'inscription",
    ('Messages', "Candidate's signature"):
        'Signature du candidat',
    ('Messages', "Assessor's signature"):
        "Signature de l'évaluateur",
})



# centre: centre settings (issue 13.4) ----
TRANSLATIONS.update({
    ("MainWindow", "C&entre settings…"): "Paramètres du c&entre…",
    ("CentreSettingsDialog", "Centre settings"): "Paramètres du centre",
    ("CentreSettingsDialog", "Starts new certificate serial numbers and registration numbers."):
        "Début des nouveaux numéros de série des certificats et des numéros d'inscription.",
    ("CentreSettingsDialog", "Choose &logo…"): "Choisir le &logo…",
    ("CentreSettingsDialog", "Remove logo"): "Retirer le logo",
    ("CentreSettingsDialog", "QR codes on new certificates link to this address, where anyone can check them. "
                             "Leave it empty to print the signed text only."):
        "Les codes QR des nouveaux certificats renvoient à cette adresse, où chacun peut les vérifier. "
        "Laissez-la vide pour n'imprimer que le texte signé.",
    ("CentreSettingsDialog", "Centre &name:"): "&Nom du centre\u00a0:",
    ("CentreSettingsDialog", "Centre &code:"): "&Code du centre\u00a0:",
    ("CentreSettingsDialog", "C&ountry:"): "&Pays\u00a0:",
    ("CentreSettingsDialog", "&Address:"): "&Adresse\u00a0:",
    ("CentreSettingsDialog", "Logo:"): "Logo\u00a0:",
    ("CentreSettingsDialog", "&Verification address:"): "Adresse de &vérification\u00a0:",
    ("CentreSettingsDialog", "Name"): "Nom",
    ("CentreSettingsDialog", "Title (%1)"): "Fonction (%1)",
    ("CentreSettingsDialog", "Signature"): "Signature",
    ("CentreSettingsDialog", "&Add signatory"): "&Ajouter un signataire",
    ("CentreSettingsDialog", "R&emove signatory"): "R&etirer le signataire",
    ("CentreSettingsDialog", "Choose &signature…"): "Choisir la &signature…",
    ("CentreSettingsDialog", "Remove signature"): "Retirer la signature",
    ("CentreSettingsDialog", "Signatories on certificates (at most %1)"):
        "Signataires des certificats (%1 au plus)",
    ("CentreSettingsDialog", "Only administrators change the centre settings."):
        "Seuls les administrateurs modifient les paramètres du centre.",
    ("CentreSettingsDialog", "No logo"): "Aucun logo",
    ("CentreSettingsDialog", "Centre logo"): "Logo du centre",
    ("CentreSettingsDialog", "Image"): "Image",
    ("CentreSettingsDialog", "None"): "Aucune",
    ("CentreSettingsDialog", "Images (*.png *.jpg *.jpeg)"): "Images (*.png *.jpg *.jpeg)",
})

# centre: confirmation before issuing certificates (issue 13.5) ----
TRANSLATIONS.update({
    ("IssueConfirmDialog", "Issue %n certificate(s)?"): ["Délivrer %n certificat\u202f?", "Délivrer %n certificats\u202f?"],
    ("IssueConfirmDialog", " and "): " et ",
    ("IssueConfirmDialog", "%n certificate(s) will be issued in %1, dated %2."):
        ["%n certificat sera délivré en %1, daté du %2.", "%n certificats seront délivrés en %1, datés du %2."],
    ("IssueConfirmDialog", "Each takes the next serial number and is recorded in the register; a mistake can then only "
                           "be revoked, not undone."):
        "Chacun prend le numéro de série suivant et est inscrit au registre\u202f; une erreur ne pourra ensuite "
        "qu'être révoquée, pas annulée.",
    ("IssueConfirmDialog", "Certificate"): "Certificat",
    ("IssueConfirmDialog", "Full certificate"): "Certificat complet",
    ("IssueConfirmDialog", "Statement of attainment"): "Attestation de réussite",
    ("IssueConfirmDialog", "The first certificate as it will print (its serial is taken on issue)."):
        "Le premier certificat tel qu'il sera imprimé (son numéro de série est pris à la délivrance).",
    ("IssueConfirmDialog", "First certificate: %1"): "Premier certificat\u00a0: %1",
    ("IssueConfirmDialog", "Issue %n certificate(s)"): ["Délivrer %n certificat", "Délivrer %n certificats"],
})

# centre: audit entity names the demo's history shows (issue 13.11) ----
TRANSLATIONS.update({
    ("AuditPage", "Signing key"): "Clé de signature",
})




# grid-windows: the grid's header, panel, search and confirmations; the recording refusals (issue 13) ----
TRANSLATIONS.update({k: _typography(v) for k, v in {
    ("CandidatePanel", "Submit the result of %1 in %2 for verification?"):
        "Soumettre le résultat de %1 en %2 pour vérification ?",
    ("CandidatePanel", "Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you."):
        "Ses jugements, méthodes, commentaires et résultat (%1) seront alors verrouillés : seul un vérificateur pourra vous le renvoyer.",
    ("CandidatePanel", "Verify the result of %1 in %2?"): "Vérifier le résultat de %1 en %2 ?",
    ("CandidatePanel", "The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt."):
        "Le résultat %1 sera alors définitif et verrouillé : une modification demandera un amendement motivé, ou une nouvelle tentative.",
    ("RecordingDialog", "Find a candidate (Ctrl+F)"): "Trouver un candidat (Ctrl+F)",
    ("RecordingDialog", "Read only: only the assessor of a result records its judgements, until it is submitted."):
        "Lecture seule : seul l'évaluateur d'un résultat enregistre ses jugements, jusqu'à sa soumission.",
    ("RecordingDialog", "Read only: only the assessor of %1 records these judgements."):
        "Lecture seule : seul l'évaluateur de %1 enregistre ces jugements.",
    ("RecordingDialog", "%1 is submitted and waits for verification: a verifier must return it before it can change."):
        "%1 est soumis et attend la vérification : un vérificateur doit le renvoyer avant qu'il puisse changer.",
    ("RecordingDialog", "%1 is verified and locked: correct it with an amendment or record a new attempt."):
        "%1 est vérifié et verrouillé : corrigez-le par un amendement ou enregistrez une nouvelle tentative.",
    ("RecordingDialog", "%1 cannot be changed now."): "%1 ne peut pas être modifié maintenant.",
    ("RecordingDialog", "Hide panel"): "Masquer le panneau",
    ("RecordingDialog", "Show panel"): "Afficher le panneau",
    ("RecordingDialog", "Hide the candidate's panel, so that more candidates fit (F9)"):
        "Masquer le panneau du candidat, pour voir plus de candidats (F9)",
    ("RecordingDialog", "Show the candidate's panel: methods, comments, outcome, Submit (F9)"):
        "Afficher le panneau du candidat : méthodes, commentaires, résultat, Soumettre (F9)",
    ("RecordingDialog", "No candidate matches %1."): "Aucun candidat ne correspond à %1.",
    ("Messages", "The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt."):
        "Le résultat de {candidate} en {unit} est vérifié et verrouillé ; corrigez-le par un amendement (motivé) ou enregistrez une nouvelle tentative.",
    ("Messages", "The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change."):
        "Le résultat de {candidate} en {unit} est soumis et attend la vérification ; un vérificateur doit le renvoyer avant qu'il puisse changer.",
    ("Messages", "Only the assessor of {candidate} in {unit} ({assessor}) records this result."):
        "Seul l'évaluateur de {candidate} en {unit} ({assessor}) enregistre ce résultat.",
    ("Messages", "{code} (attempt {attempt})"): "{code} (tentative {attempt})",
    ("Messages", "The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds."):
        "Le résultat {outcome} a été effacé : un critère n'est plus Satisfaisant. Enregistrez à nouveau le résultat quand il sera acquis.",
    ("Messages", "{outcome} cannot be recorded for {candidate} in {unit}:"):
        "{outcome} ne peut pas être enregistré pour {candidate} en {unit} :",
    ("Messages", "The result of {candidate} in {unit} cannot be submitted yet:"):
        "Le résultat de {candidate} en {unit} ne peut pas encore être soumis :",
    ("Messages", "no outcome is recorded"): "aucun résultat n'est enregistré",
    ("Messages", "the assessor has not declared whether there is a conflict of interest"):
        "l'évaluateur n'a pas déclaré s'il y a un conflit d'intérêts",
    ("Messages", "Describe the conflict of interest (for example a relative or an employee)."):
        "Décrivez le conflit d'intérêts (par exemple un parent ou un employé).",
    ("Messages", "You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it."):
        "Vous avez évalué {candidate} en {unit} : vous ne pouvez donc pas vérifier ni renvoyer ce résultat ; un autre vérificateur doit le faire.",
    ("Messages", "The result of {candidate} in {unit} is already verified and locked."):
        "Le résultat de {candidate} en {unit} est déjà vérifié et verrouillé.",
    ("Messages", "The result of {candidate} in {unit} is not submitted; its assessor must submit it first."):
        "Le résultat de {candidate} en {unit} n'est pas soumis ; son évaluateur doit d'abord le soumettre.",
    ("Messages", "Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix."):
        "Dites pourquoi le résultat de {candidate} en {unit} est renvoyé, pour que l'évaluateur sache quoi corriger.",
    ("Messages", "Competent"): "Compétent",
    ("Messages", "RPL granted"): "Acquis validés (VAE)",
    ("Messages", "Credit transfer"): "Transfert de crédits",
    ("Messages", "Not Yet Competent"): "Pas encore compétent",
    ("Messages", "Withdrawn"): "Abandon",
    ("Messages", "the unit has no performance criteria to judge"): "l'unité n'a aucun critère de performance à juger",
    ("Messages", "criteria not yet Satisfactory: {numbers}"): "critères pas encore Satisfaisants : {numbers}",
    ("Messages", "no assessment method is recorded (observation, questioning, product, ...)"):
        "aucune méthode d'évaluation n'est enregistrée (observation, questions, produit…)",
    ("Messages", "RPL granted is only for candidates enrolled on the RPL pathway"):
        "la VAE accordée est réservée aux candidats inscrits dans la voie VAE",
    ("Messages", "credit transfer needs its source (the earlier qualification or statement and who issued it)"):
        "le transfert de crédits demande sa source (la qualification ou l'attestation antérieure et qui l'a délivrée)",
}.items()})




# exchange: exchange bundles, national register, moderation ----
TRANSLATIONS.update({k: _typography(v) for k, v in {
    ("MainWindow", "E&xchange bundles…"): "É&changes de lots…",
    ("ExchangeDialog", "Exchange bundles"): "Lots d'échange",
    ("ExchangeDialog", "Send and receive"): "Envoyer et recevoir",
    ("ExchangeDialog", "National register"): "Registre national",
    ("ExchangeDialog", "Moderation"): "Modération",
    ("ExchangeDialog", "Send this centre's results to the awarding body"):
        "Envoyer les résultats de ce centre à l'organisme certificateur",
    ("ExchangeDialog", "What changed since the previous export"): "Ce qui a changé depuis l'export précédent",
    ("ExchangeDialog", "Results verified since:"): "Résultats vérifiés depuis :",
    ("ExchangeDialog", "Everything"): "Tout",
    ("ExchangeDialog", "Export bundle…"): "Exporter un lot…",
    ("ExchangeDialog", "Only verified results leave, with the candidate fields the awarding body needs (never notes, "
                       "telephone numbers or addresses), every certificate, and the centre's public keys. The file is "
                       "signed with the centre's key."):
        "Seuls les résultats vérifiés partent, avec les champs des candidats dont l'organisme certificateur a besoin "
        "(jamais les notes, numéros de téléphone ou adresses), tous les certificats et les clés publiques du centre. "
        "Le fichier est signé avec la clé du centre.",
    ("ExchangeDialog", "Receive a bundle"): "Recevoir un lot",
    ("ExchangeDialog", "Import bundle…"): "Importer un lot…",
    ("ExchangeDialog", "Code"): "Code",
    ("ExchangeDialog", "Name"): "Nom",
    ("ExchangeDialog", "Role"): "Rôle",
    ("ExchangeDialog", "Keys"): "Clés",
    ("ExchangeDialog", "Bundles imported"): "Lots importés",
    ("ExchangeDialog", "Registered partners:"): "Partenaires enregistrés :",
    ("ExchangeDialog", "Export bundle"): "Exporter un lot",
    ("ExchangeDialog", "SkillAssess exchange bundles (*.sabundle)"): "Lots d'échange SkillAssess (*.sabundle)",
    ("ExchangeDialog", "Writing the bundle…"): "Écriture du lot…",
    ("ExchangeDialog", "Bundle written"): "Lot écrit",
    ("ExchangeDialog", "%1 is written (bundle number %2): %3."): "%1 est écrit (lot numéro %2) : %3.",
    ("ExchangeDialog", "Import bundle"): "Importer un lot",
    ("ExchangeDialog", "Checking the bundle…"): "Vérification du lot…",
    ("ExchangeDialog", "Importing the bundle…"): "Importation du lot…",
    ("ExchangeDialog", "%1 was already imported; nothing changed."): "%1 a déjà été importé ; rien n'a changé.",
    ("ExchangeDialog", "%1: %2 added, %3 updated, %4 unchanged"): "%1 : %2 ajoutés, %3 mis à jour, %4 inchangés",
    ("ExchangeDialog", "Not taken over: %1"): "Non repris : %1",
    ("ExchangeDialog", "Imported %1 from %2."): "%1 importé de %2.",
    ("ExchangeDialog", "Bundle imported"): "Lot importé",
    ("ExchangeDialog", "Category"): "Catégorie",
    ("ExchangeDialog", "Assessed: women"): "Évalués : femmes",
    ("ExchangeDialog", "men"): "hommes",
    ("ExchangeDialog", "Competent: women"): "Compétents : femmes",
    ("ExchangeDialog", "Certified: women"): "Certifiés : femmes",
    ("ExchangeDialog", "Export statistics…"): "Exporter les statistiques…",
    ("ExchangeDialog", "Centre:"): "Centre :",
    ("ExchangeDialog", "Breakdown:"): "Répartition :",
    ("ExchangeDialog", "By centre"): "Par centre",
    ("ExchangeDialog", "By qualification"): "Par qualification",
    ("ExchangeDialog", "By age group"): "Par tranche d'âge",
    ("ExchangeDialog", "By disability"): "Par handicap",
    ("ExchangeDialog", "By nationality"): "Par nationalité",
    ("ExchangeDialog", "%1 candidates, %2 results, %3 certificates (%4 revoked)."):
        "%1 candidats, %2 résultats, %3 certificats (%4 révoqués).",
    ("ExchangeDialog", "Total"): "Total",
    ("ExchangeDialog", "Export statistics"): "Exporter les statistiques",
    ("ExchangeDialog", "Excel workbooks (*.xlsx)"): "Classeurs Excel (*.xlsx)",
    ("ExchangeDialog", "Draw sample"): "Tirer un échantillon",
    ("ExchangeDialog", "Centre code"): "Code du centre",
    ("ExchangeDialog", "Registration number"): "Numéro d'inscription",
    ("ExchangeDialog", "Candidate"): "Candidat",
    ("ExchangeDialog", "Unit"): "Unité",
    ("ExchangeDialog", "Attempt"): "Tentative",
    ("ExchangeDialog", "Result"): "Résultat",
    ("ExchangeDialog", "Notes"): "Notes",
    ("ExchangeDialog", "Confirmed"): "Confirmé",
    ("ExchangeDialog", "Not confirmed…"): "Non confirmé…",
    ("ExchangeDialog", "Send outcomes to the centre…"): "Renvoyer les décisions au centre…",
    ("ExchangeDialog", "Rate:"): "Taux :",
    ("ExchangeDialog", "At least:"): "Au moins :",
    ("ExchangeDialog", "The sample takes, for each centre and unit, the given share of the results not sampled before "
                       "(at least the given number), drawn at random; the draw is recorded in the audit log."):
        "L'échantillon prend, pour chaque centre et chaque unité, la part indiquée des résultats non encore tirés "
        "(au moins le nombre indiqué), au hasard ; le tirage est inscrit au journal d'audit.",
    ("ExchangeDialog", "Pending"): "En attente",
    ("ExchangeDialog", "Not confirmed"): "Non confirmé",
    ("ExchangeDialog", "Why is the result not confirmed? The centre will read this."):
        "Pourquoi le résultat n'est-il pas confirmé ? Le centre lira ce texte.",
    ("ExchangeDialog", "Choose the centre whose outcomes you send back."):
        "Choisissez le centre auquel vous renvoyez les décisions.",
    ("ExchangeDialog", "centre"): "centre",
    ("ExchangeDialog", "awarding body"): "organisme certificateur",
    ("ExchangeDialog", "All centres"): "Tous les centres",
    ("RegisterPartnerDialog", "Register a partner"): "Enregistrer un partenaire",
    ("RegisterPartnerDialog", "centre"): "centre",
    ("RegisterPartnerDialog", "awarding body"): "organisme certificateur",
    ("RegisterPartnerDialog", "%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, "
                              "for the fingerprint of their key and compare it with the one below. Register them only "
                              "if it is the same: after that, their bundles import without questions."):
        "%1 (%2, %3) n'est pas encore enregistré dans cette base. Demandez-lui, par téléphone ou par courrier, "
        "l'empreinte de sa clé et comparez-la avec celle ci-dessous. Ne l'enregistrez que si elle est identique : "
        "ensuite, ses lots s'importent sans autre question.",
    ("RegisterPartnerDialog", "At least the first 16 digits"): "Au moins les 16 premiers chiffres",
    ("RegisterPartnerDialog", "Fingerprint in the file:"): "Empreinte dans le fichier :",
    ("RegisterPartnerDialog", "Fingerprint they gave you:"): "Empreinte qu'il vous a donnée :",
    ("RegisterPartnerDialog", "Register"): "Enregistrer",
    ("ExchangeDialog", "Export results…"): "Exporter les résultats…",
    ("ExchangeDialog", "Export results"): "Exporter les résultats",
    ("ExchangeDialog", "Export certificates…"): "Exporter les certificats…",
    ("ExchangeDialog", "Export certificates"): "Exporter les certificats",
    ("ReportsPage", "This centre"): "Ce centre",
    ("ReportsPage", "All registered centres"): "Tous les centres enregistrés",
    ("ReportsPage", "Centre %1"): "Centre %1",
}.items()})




# moodle: Moodle competency framework CSV, import preview and export ----
TRANSLATIONS.update({k: _typography(v) for k, v in {
    ("StandardsPage",
     "%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next "
     "two become elements and performance criteria, deeper ones fold into the criteria's text, "
     "and levels above the units are listed as having no place."):
        "%1 est un référentiel de %2 niveaux. Quel niveau devient les unités ? Le niveau 1 est le "
        "plus haut ; les deux suivants deviennent éléments et critères de performance, les plus profonds "
        "s'ajoutent au texte des critères, et les niveaux au-dessus des unités sont signalés comme sans place.",
    ("StandardsPage", "Reading %1…"): "Lecture de %1…",
    ("StandardsPage",
     "%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?"):
        "%1 contient la qualification %2 (%3) : %4 unité(s), %5 élément(s), %6 critère(s) de performance. "
        "L'importer ?",
    ("StandardsPage", "Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)"):
        "Classeur Excel (*.xlsx);;CASE 1.1 JSON (*.json);;Référentiel de compétences Moodle CSV (*.csv)",
}.items()})


# tr-fr-ar: strings added by the phase-3 merges ----
TRANSLATIONS.update({
    ('Messages', "The bundle's manifest could not be made ({problem})."):
        "Le manifeste du lot n'a pas pu être créé ({problem}).",
    ('Messages', 'The file is empty; choose a PNG or JPEG image.'):
        'Le fichier est vide ; choisissez une image PNG ou JPEG.',
    ('Messages', 'The image is {size} KB; use an image of at most {limit} KB.'):
        "L'image fait {size} Ko ; utilisez une image de {limit} Ko au plus.",
    ('Messages', 'The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.'):
        "Le fichier n'est pas une image PNG ou JPEG ; enregistrez-le en PNG ou JPEG et choisissez-le à nouveau.",
    ('Messages', 'The image is damaged and cannot be read; save it again as PNG or JPEG.'):
        "L'image est endommagée et ne peut pas être lue ; enregistrez-la à nouveau en PNG ou JPEG.",
    ('Messages', 'The image is {width} × {height} pixels; use one of at most {limit} pixels a side.'):
        "L'image fait {width} × {height} pixels ; utilisez-en une de {limit} pixels de côté au plus.",
    ('Messages', '{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration > Competencies > Export competency framework).'):
        "{file} : ce n'est pas un CSV de référentiel de compétences Moodle : la ou les colonnes {columns} manquent à la ligne 1. Exportez le référentiel depuis Moodle (Administration du site > Compétences > Exporter le référentiel de compétences).",
    ('Messages', '{file}, row {row} (line {line}): not a readable CSV file ({reason}).'):
        "{file}, ligne {row} (ligne {line} du fichier) : ce n'est pas un fichier CSV lisible ({reason}).",
    ('Messages', 'Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.'):
        '{count} ligne(s) lue(s) : 1 référentiel et {competencies} compétences ; écrit : {units} unité(s), {elements} élément(s), {criteria} critère(s) de performance.',
    ('Messages', '{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?'):
        '{file}, ligne {row} (ligne {line} du fichier) : un champ de plus de {limit:,} caractères ; est-ce le bon fichier ?',
    ('Messages', '{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).'):
        '{file}, ligne {row} : {id} est à {depth:,} niveaux sous le référentiel ; SkillAssess en accepte {limit} au plus (unités, éléments, critères et les niveaux en dessous).',
    ('Messages', '{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.'):
        "{file} : le référentiel ne peut pas être importé ({count} problème(s)) ; rien n'a été modifié.",
    ('Messages', '{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.'):
        '{file} : le référentiel a {levels} niveau(x) ; les unités peuvent être du niveau 1 au niveau {levels}, pas au niveau {level}.',
    ('Messages', "The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them."):
        "L'en-tête de la ligne 1 ne nomme pas les colonnes de Moodle ; elles ont été lues par position, comme Moodle les lit.",
    ('Messages', 'Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).'):
        "Correspondance : référentiel {code} → qualification ; ses {units} compétences de niveau {u} → unités (numéro d'identification → code de l'unité), chacune avec un élément et un critère de performance du même nom (nom abrégé, puis description).",
    ('Messages', '{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.'):
        "{count} numéro(s) d'identification d'unité de plus de 40 caractères ont reçu un code généré : {ids}.",
    ('Messages', "the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent."):
        "l'échelle du référentiel ({scale}) : SkillAssess juge chaque critère compétent ou pas encore compétent.",
    ('Messages', "the framework's scale configuration (which values are proficient)."):
        "la configuration de l'échelle du référentiel (les valeurs qui valent maîtrise).",
    ('Messages', "the framework's taxonomy (names of its levels): {taxonomy}."):
        'la taxonomie du référentiel (noms de ses niveaux) : {taxonomy}.',
    ('Messages', 'the own scales of {count} competencies: {ids}.'):
        'les échelles propres de {count} compétences : {ids}.',
    ('Messages', 'the completion rules of {count} competencies: {rules}.'):
        "les règles d'achèvement de {count} compétences : {rules}.",
    ('Messages', 'the cross-references of {count} competencies: {refs}.'):
        'les références croisées de {count} compétences : {refs}.',
    ('Messages', 'the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.'):
        "les descriptions de {count} unité(s) et élément(s) (SkillAssess n'en conserve pas pour eux) : {ids}.",
    ('Messages', 'the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.'):
        "les numéros d'identification de {count} éléments, critères et compétences plus profondes (SkillAssess les numérote 1, 1.1, ...) : {ids}.",
    ('Messages', 'Not imported (no place in SkillAssess):'):
        'Non importé (sans place dans SkillAssess) :',
    ('Messages', '{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.'):
        "{file}, ligne {line} : le fichier n'est pas du texte UTF-8 ; enregistrez le CSV en UTF-8 (dans Excel : CSV UTF-8 ; dans LibreOffice : jeu de caractères Unicode (UTF-8)) et réessayez.",
    ('Messages', '{file}: the file is empty; choose a Moodle competency framework CSV.'):
        '{file} : le fichier est vide ; choisissez un CSV de référentiel de compétences Moodle.',
    ('Messages', '{where}, column ID number: the ID number is empty.'):
        "{where}, colonne ID number : le numéro d'identification est vide.",
    ('Messages', '{where}: the ID number {id} appears twice (also row {other}).'):
        "{where} : le numéro d'identification {id} apparaît deux fois (aussi à la ligne {other}).",
    ('Messages', '{where}, column Short name: the short name of {id} is empty.'):
        '{where}, colonne Short name : le nom abrégé de {id} est vide.',
    ('Messages', '{file}: the column Is framework is missing from row 1.'):
        '{file} : la colonne Is framework manque à la ligne 1.',
    ('Messages', '{file}: no framework row (a row with Is framework = 1).'):
        '{file} : aucune ligne de référentiel (une ligne avec Is framework = 1).',
    ('Messages', '{file}, row {row}: the parent {parent} of {id} is not in the file.'):
        "{file}, ligne {row} : le parent {parent} de {id} n'est pas dans le fichier.",
    ('Messages', 'Level 1 is above the units and has no place: {count} competencies ({ids}).'):
        "Le niveau 1 est au-dessus des unités et n'a pas de place : {count} compétences ({ids}).",
    ('Messages', 'Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).'):
        "Les niveaux 1 à {last} sont au-dessus des unités et n'ont pas de place : {count} compétences ({ids}).",
    ('Messages', 'Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).'):
        "Correspondance : référentiel {code} → qualification ; niveau {u} → {units} unité(s) (numéro d'identification → code de l'unité), chacune avec un élément du même intitulé ; niveau {e} → {criteria} critère(s) de performance de cet élément (nom abrégé, puis description).",
    ('Messages', 'Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).'):
        "Correspondance : référentiel {code} → qualification ; niveau {u} → {units} unité(s) (numéro d'identification → code de l'unité) ; niveau {e} → {elements} élément(s) ; niveau {c} → {criteria} critère(s) de performance (nom abrégé, puis description) ; {deeper} compétences du niveau {f} et au-delà → intégrées au texte de leur critère, une ligne chacune (- nom abrégé : description).",
    ('Messages', '- {what}'):
        '- {what}',
    ('Messages', '{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).'):
        "{file}, ligne {row} : plus de {limit:,} lignes ; un référentiel aussi grand n'est pas un référentiel de compétences de métier (est-ce le bon fichier ?).",
    ('Messages', '{where}: a second framework (the first is on row {first}); import one framework per file.'):
        '{where} : un second référentiel (le premier est à la ligne {first}) ; importez un seul référentiel par fichier.',
    ('Messages', '{file}, row {row}: the parents of {id} form a cycle ({cycle}).'):
        '{file}, ligne {row} : les parents de {id} forment un cycle ({cycle}).',
    ('Messages', '{values}'):
        '{values}',
    ('Messages', '{text}'):
        '{text}',
    ('Messages', 'it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.'):
        'elle compte {length} caractères ; utilisez une adresse de {limit} caractères au plus, pour que les codes QR restent lisibles.',
    ('Messages', 'use a web address without spaces or accented letters, for example {example}'):
        'utilisez une adresse web sans espaces ni lettres accentuées, par exemple {example}',
    ('Messages', 'this is not a web address; write it as {example}'):
        "ce n'est pas une adresse web ; écrivez-la sous la forme {example}",
    ('Messages', 'the host name {host} is not a public web address, for example {example}'):
        "le nom d'hôte {host} n'est pas celui d'une adresse web publique, comme {example}",
    ('Messages', 'the address may not contain ? or # (the certificate is added after #).'):
        "l'adresse ne peut contenir ni « ? » ni « # » (le certificat est ajouté après « # »).",
    ('Messages', 'the address must end with / (for example {example})'):
        "l'adresse doit se terminer par / (par exemple {example})",
    ('Messages', 'the address must start with https:// (http:// only for localhost), for example {example}'):
        "l'adresse doit commencer par https:// (http:// seulement pour localhost), par exemple {example}",
    ('Messages', 'Centre name'):
        'Nom du centre',
    ('Messages', "enter the centre's name."):
        'indiquez le nom du centre.',
    ('Messages', 'Centre code'):
        'Code du centre',
    ('Messages', '1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.'):
        "1 à 20 lettres, chiffres ou traits d'union (par exemple ACC) ; il commence chaque numéro de série de certificat.",
    ('Messages', 'Country'):
        'Pays',
    ('Messages', 'the two-letter ISO code, for example GH, ET or LB.'):
        'le code ISO à deux lettres, par exemple GH, ET ou LB.',
    ('Messages', 'Verification address'):
        'Adresse de vérification',
    ('Messages', 'Signatories'):
        'Signataires',
    ('Messages', 'a certificate has room for {limit} signatories; remove {extra}.'):
        'un certificat a de la place pour {limit} signataires ; retirez-en {extra}.',
    ('Messages', 'The centre settings were not saved:'):
        "Les paramètres du centre n'ont pas été enregistrés :",
    ('Messages', 'There is no signatory {n}; the centre has {count}.'):
        "Il n'y a pas de signataire {n} ; le centre en a {count}.",
    ('Messages', 'Logo'):
        'Logo',
    ('Messages', 'Address'):
        'Adresse',
    ('Messages', 'Signatory {n}'):
        'Signataire {n}',
    ('Messages', 'enter the name, or remove the signatory.'):
        'indiquez le nom, ou retirez le signataire.',
    ('Messages', '{lang} is not a certificate language.'):
        "{lang} n'est pas une langue de certificat.",
    ('Messages', 'Signatory {n}, signature'):
        'Signataire {n}, signature',
    ('Messages', 'Signatory {n}, title ({lang})'):
        'Signataire {n}, fonction ({lang})',
    ('Messages', 'Certificate {serial} is genuine and in force (issued by the registered centre {centre}).'):
        'Le certificat {serial} est authentique et en vigueur (délivré par le centre enregistré {centre}).',
    ('Messages', 'The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.'):
        "La signature est authentique (clé {key} du centre {centre}), mais le certificat {serial} n'est pas encore parvenu au registre national : aucun lot de {centre} importé ici ne le mentionne.",
    ('Messages', 'Certificate {serial} of the centre {centre} was revoked: {reason}'):
        'Le certificat {serial} du centre {centre} a été révoqué : {reason}',
    ('Messages', 'No registered centre has the code {code}; see skillassess exchange partners.'):
        "Aucun centre enregistré n'a le code {code} ; voir skillassess exchange partners.",
    ('Messages', "An exchange bundle's file name ends in .sabundle: {file}"):
        "Le nom de fichier d'un lot d'échange se termine par .sabundle : {file}",
    ('Messages', 'The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.'):
        "Le taux d'échantillonnage est une fraction supérieure à 0 et au plus égale à 1, par ex. 0.1 pour 10 %.",
    ('Messages', 'The minimum sample size cannot be negative.'):
        "La taille minimale de l'échantillon ne peut pas être négative.",
    ('Messages', 'A moderation outcome is confirmed or not_confirmed, not {outcome}.'):
        'Une décision de modération vaut confirmed ou not_confirmed, pas {outcome}.',
    ('Messages', 'There is no sampled result {id} to moderate.'):
        "Il n'y a pas de résultat tiré {id} à modérer.",
    ('Messages', 'Say why the result is not confirmed (the notes travel back to the centre).'):
        "Indiquez pourquoi le résultat n'est pas confirmé (les notes sont renvoyées au centre).",
    ('Messages', 'No registered centre has the code {code}.'):
        "Aucun centre enregistré n'a le code {code}.",
    ('Messages', '{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.'):
        "{file} : ses clés ne contiennent pas la clé {key} qui l'a signé, ou la contiennent sous un mauvais identifiant ; rien n'a été importé.",
    ('Messages', '{file} has no keys member; nothing was imported.'):
        "{file} n'a pas de membre keys ; rien n'a été importé.",
    ('Messages', '{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.'):
        "{file} : ses clés appartiennent à {owner}, pas à son expéditeur {code} ; rien n'a été importé.",
    ('Messages', '{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.'):
        "{file} : la signature de son manifeste n'est pas valide : le lot a été modifié après avoir été signé ; rien n'a été importé.",
    ('Messages', 'The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.'):
        "L'empreinte saisie ne correspond pas à celle de la clé {key} qui a signé {file} ({fingerprint}). Ne l'enregistrez pas : redemandez son empreinte à {name}.",
    ('Messages', "{file} was made by this database's own centre ({code}); there is nothing to register."):
        "{file} a été créé par le centre de cette base elle-même ({code}) ; il n'y a rien à enregistrer.",
    ('Messages', '{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.'):
        "{code} est enregistré ici comme {role}, mais {file} a été envoyé par lui comme {other} ; rien n'a été modifié.",
    ('Messages', 'The key {key} of {file} is registered here for another partner; nothing was changed.'):
        "La clé {key} de {file} est enregistrée ici pour un autre partenaire ; rien n'a été modifié.",
    ('Messages', 'There is no such assessment (it may have been deleted meanwhile).'):
        "Cette évaluation n'existe pas (elle a peut-être été supprimée entre-temps).",
    ('Messages', 'There is no such assessment or performance criterion (it may have been deleted meanwhile).'):
        "Cette évaluation ou ce critère de performance n'existe pas (il a peut-être été supprimé entre-temps).",
    ('Messages', 'Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.'):
        "Le critère {number} n'est pas un critère de la version de l'unité {unit} suivie par {candidate}.",
    ('Messages', 'Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.'):
        "Le critère {number} de l'évaluation {assessment} a été modifié par quelqu'un d'autre depuis que vous l'avez ouverte : il vaut maintenant {now}. Votre valeur n'a pas été enregistrée ; regardez de nouveau la cellule et saisissez encore votre valeur si elle doit la remplacer.",
    ('Messages', '{field}: {path}: {problem}'):
        '{field} : {path} : {problem}',
    ('Messages', '{field}: {path} cannot be read ({reason}).'):
        '{field} : {path} ne peut pas être lu ({reason}).',
})



# verify-page: the QR link and the verification site ----
TRANSLATIONS.update({
    ("VerifyDialog", "Paste the text of the QR code: SA1.… or a link https://…/#SA1.…"):
        "Collez le texte du code QR\u00a0: SA1.… ou un lien https://…/#SA1.…",
    ("MainWindow", "&Verification site…"): "Site de &vérification…",
    ("VerifierExport", "Export the verification site into a folder"): "Exporter le site de vérification dans un dossier",
    ("VerifierExport", "Verification site"): "Site de vérification",
    ("VerifierExport", "The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days."):
        "Le site de vérification est dans %1 (%2 fichiers). Copiez le dossier à l'adresse web indiquée dans les "
        "paramètres du centre, ou sur une clé USB\u00a0: index.html s'ouvre aussi comme fichier. Exportez-le à "
        "nouveau après avoir révoqué un certificat, et au moins tous les %3 jours.",
})


# lead: after the verify-page merge ----
TRANSLATIONS.update({
    ("Messages", "The folder {folder} cannot be made: {reason}"): "Le dossier {folder} ne peut pas être créé : {reason}",
})

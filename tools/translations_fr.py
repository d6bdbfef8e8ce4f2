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


def _typography(text: str) -> str:
    """French spacing: a no-break space before ":" and a narrow one before "?", ";" and "!"."""
    text = text.replace(" :", NBSP + ":")
    for mark in "?;!":
        text = text.replace(" " + mark, NNBSP + mark)
    return text


TRANSLATIONS = {k: ([_typography(x) for x in v] if isinstance(v, list) else _typography(v))
                for k, v in TRANSLATIONS.items()}

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

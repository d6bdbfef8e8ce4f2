<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Cannot open database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>N° d'inscription</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Unit title</source>
            <translation>Intitulé de l'unité</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Évaluateur</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Vérificateur</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%Ln évaluation</numerusform>
                <numerusform>%Ln évaluations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Registration no.</source>
            <translation>N° d'inscription</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>Nom en écriture locale</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N° de pièce d'identité</translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message>
            <source>Search by name (any script), registration number or ID</source>
            <translation>Rechercher par nom (toute écriture), n° d'inscription ou n° de pièce d'identité</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%Ln candidat</numerusform>
                <numerusform>%Ln candidats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>Serial</source>
            <translation>N° de série</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>N° d'inscription</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Délivré le</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Réimpressions</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in the register</source>
            <translation>
                <numerusform>%Ln certificat au registre</numerusform>
                <numerusform>%Ln certificats au registre</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: %1
Please report this with the log file.</source>
            <translation>Une erreur inattendue s'est produite : %1
Veuillez la signaler en joignant le fichier journal.</translation>
        </message>
        <message>
            <source>SkillAssess</source>
            <translation>SkillAssess</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Évaluateur</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Vérificateur</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Responsable des inscriptions</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>standard</comment>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Remplacé</translation>
        </message>
        <message>
            <source>All core units plus electives</source>
            <translation>Toutes les unités obligatoires et des unités optionnelles</translation>
        </message>
        <message>
            <source>All core units and a minimum of credits</source>
            <translation>Toutes les unités obligatoires et un minimum de crédits</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <source>Elective</source>
            <translation>Optionnelle</translation>
        </message>
        <message>
            <source>Range statement</source>
            <translation>Contexte de réalisation</translation>
        </message>
        <message>
            <source>Required knowledge</source>
            <translation>Savoirs requis</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>Savoir-faire requis</translation>
        </message>
        <message>
            <source>Evidence guide</source>
            <translation>Guide des preuves</translation>
        </message>
        <message>
            <source>Assessment conditions</source>
            <translation>Conditions d'évaluation</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non déclaré</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Carte nationale d'identité</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Refugee ID</source>
            <translation>Carte de réfugié</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Autre pièce</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Aucune pièce</translation>
        </message>
        <message>
            <source>RPL</source>
            <translation>VAE</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>enrolment</comment>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>enrolment</comment>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Information and counselling</source>
            <translation>Information et conseil</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Recevabilité</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>Portfolio of evidence</source>
            <translation>Dossier de preuves</translation>
        </message>
        <message>
            <source>Assessment</source>
            <comment>RPL stage</comment>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Certification</translation>
        </message>
        <message>
            <source>Appeal</source>
            <comment>RPL stage</comment>
            <translation>Recours</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Recevable</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Non recevable</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>Je sais le faire</translation>
        </message>
        <message>
            <source>With help</source>
            <translation>Avec de l'aide</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>Certificate</source>
            <comment>evidence</comment>
            <translation>Certificat ou diplôme</translation>
        </message>
        <message>
            <source>Photo of work</source>
            <translation>Photo d'un travail réalisé</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <source>Reference letter</source>
            <translation>Lettre de recommandation</translation>
        </message>
        <message>
            <source>Work sample</source>
            <translation>Échantillon de travail</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>evidence</comment>
            <translation>Attestation d'un tiers</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>evidence</comment>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>evidence</comment>
            <translation>Valide</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>evidence</comment>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>Questions orales</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit réalisé</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>assessment method</comment>
            <translation>Rapport d'un tiers</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>assessment</comment>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Renvoyée</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>Compétent</translation>
        </message>
        <message>
            <source>Not Yet Competent</source>
            <translation>Pas encore compétent</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>Acquis validés (VAE)</translation>
        </message>
        <message>
            <source>Credit transfer</source>
            <translation>Transfert de crédits</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>outcome</comment>
            <translation>Abandon</translation>
        </message>
        <message>
            <source>Satisfactory</source>
            <translation>Satisfaisant</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>Pas encore satisfaisant</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <source>Qualification certificate</source>
            <translation>Certificat de qualification</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Attestation de réussite</translation>
        </message>
        <message>
            <source>Issued</source>
            <comment>certificate</comment>
            <translation>Délivré</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Suppression</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of SkillAssess on this computer. You can change it later in View → Language.</source>
            <translation>La langue de SkillAssess sur cet ordinateur. Vous pourrez la changer plus tard dans Affichage → Langue.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About SkillAssess</source>
            <translation>À propos de SkillAssess</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SkillAssess %1&lt;/h3&gt;&lt;p&gt;Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SkillAssess %1&lt;/h3&gt;&lt;p&gt;Référentiels de compétences, évaluations pratiques, validation des acquis de l'expérience (VAE) et certificats pour les centres d'enseignement et de formation techniques et professionnels (EFTP), sans connexion Internet.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.</source>
            <translation>SkillAssess s'affichera dans la langue choisie (%1) après un redémarrage. Rien de ce que vous avez enregistré n'est perdu.</translation>
        </message>
        <message>
            <source>Restart now?</source>
            <translation>Redémarrer maintenant ?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Base de données : %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Actualise&amp;r</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;About SkillAssess</source>
            <translation>À &amp;propos de SkillAssess</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <source>SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Base de données SkillAssess (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>%1 existe déjà ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Base ouverte : %1</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Summary by sex</source>
            <translation>Synthèse par sexe</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Candidates registered</source>
            <translation>Candidats inscrits</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>Candidats évalués (résultats vérifiés)</translation>
        </message>
        <message>
            <source>Units achieved (verified)</source>
            <translation>Unités acquises (vérifiées)</translation>
        </message>
        <message>
            <source>Candidates certified</source>
            <translation>Candidats certifiés</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Filter by code or title</source>
            <translation>Filtrer par code ou intitulé</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Référentiels</translation>
        </message>
        <message>
            <source>Level %1 · version %2 · %3</source>
            <translation>Niveau %1 · version %2 · %3</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3</source>
            <translation>%1 · version %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>%n credit(s)</source>
            <translation>
                <numerusform>%Ln crédit</numerusform>
                <numerusform>%Ln crédits</numerusform>
            </translation>
        </message>
        <message>
            <source>Element %1</source>
            <translation>Élément %1</translation>
        </message>
        <message>
            <source>Performance criterion %1</source>
            <translation>Critère de performance %1</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code :</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <source>Level scale:</source>
            <translation>Échelle des niveaux :</translation>
        </message>
        <message numerus="yes">
            <source>%n elective(s)</source>
            <translation>
                <numerusform>%Ln unité optionnelle</numerusform>
                <numerusform>%Ln unités optionnelles</numerusform>
            </translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Niveau :</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>Secteur :</translation>
        </message>
        <message>
            <source>Packaging rules:</source>
            <translation>Règles de composition :</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>Crédits :</translation>
        </message>
        <message>
            <source>Nominal hours:</source>
            <translation>Durée nominale (heures) :</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
</TS>

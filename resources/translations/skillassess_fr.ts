<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SkillAssess</source>
            <translation>À propos de SkillAssess</translation>
        </message>
        <message>
            <source>Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.</source>
            <translation>Référentiels de compétences, évaluations pratiques, validation des acquis de l'expérience (VAE) et certificats pour les centres d'enseignement et de formation techniques et professionnels (EFTP), sans connexion Internet.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Dossier des données : %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Base de données : %1</translation>
        </message>
        <message>
            <source>Built with Python %1 and Qt %2.</source>
            <translation>Construit avec Python %1 et Qt %2.</translation>
        </message>
        <message>
            <source>SkillAssess is free software under the GNU General Public License, version 3 or later. It bundles the software below, each under its own licence: select one to read its licence.</source>
            <translation>SkillAssess est un logiciel libre, sous licence publique générale GNU, version 3 ou ultérieure. Il inclut les logiciels ci-dessous, chacun sous sa propre licence : sélectionnez-en un pour lire sa licence.</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Logiciel</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Ouvrir le dossier des données</translation>
        </message>
        <message>
            <source>The licence text %1 is missing: reinstall SkillAssess.</source>
            <translation>Le texte de licence %1 est introuvable : réinstallez SkillAssess.</translation>
        </message>
    </context>
    <context>
        <name>AddEvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>Ajouter une preuve</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>Modifier la preuve</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Date of the evidence</source>
            <translation>Date de la preuve</translation>
        </message>
        <message>
            <source>Criteria it supports</source>
            <translation>Critères qu'elle étaye</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>Le premier administrateur</translation>
        </message>
        <message>
            <source>This person adds the other users. Choose a password of at least %1 characters.</source>
            <translation>Cette personne ajoute les autres utilisateurs. Choisissez un mot de passe d'au moins %1 caractères.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Nom &amp;complet :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Confirmer le mot de pa&amp;sse :</translation>
        </message>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>Les deux mots de passe diffèrent ; saisissez-les de nouveau.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a verified result</source>
            <translation>Rectifier un résultat vérifié</translation>
        </message>
        <message>
            <source>Why the verified result is corrected (required)</source>
            <translation>Pourquoi le résultat vérifié est rectifié (obligatoire)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Jugement</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Résultat :</translation>
        </message>
        <message>
            <source>Methods:</source>
            <translation>Méthodes :</translation>
        </message>
        <message>
            <source>Criteria:</source>
            <translation>Critères :</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Lieu :</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>Commentaires :</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Retour au candidat :</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <source>Database missing</source>
            <translation>Base de données introuvable</translation>
        </message>
        <message>
            <source>The centre's database %1 is missing, but there is a backup of it made %2.</source>
            <translation>La base de données du centre %1 est introuvable, mais il en existe une sauvegarde du %2.</translation>
        </message>
        <message>
            <source>Restore the backup, or start a new, empty database?</source>
            <translation>Restaurer la sauvegarde, ou commencer une nouvelle base de données vide ?</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>Record an appeal</source>
            <translation>Enregistrer un recours</translation>
        </message>
        <message>
            <source>Lodged on:</source>
            <translation>Déposé le :</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>Motifs :</translation>
        </message>
        <message>
            <source>Independent reviewer:</source>
            <translation>Examinateur indépendant :</translation>
        </message>
        <message>
            <source>Decide the appeal</source>
            <translation>Statuer sur le recours</translation>
        </message>
        <message>
            <source>Open a new attempt</source>
            <translation>Ouvrir une nouvelle tentative</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Décision :</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
    </context>
    <context>
        <name>AssessmentGridTableModel</name>
        <message>
            <source>Element %1: %2</source>
            <translation>Élément %1 : %2</translation>
        </message>
        <message>
            <source>S</source>
            <comment>Satisfactory, in a grid cell</comment>
            <translation>S</translation>
        </message>
        <message>
            <source>N</source>
            <comment>Not yet satisfactory, in a grid cell</comment>
            <translation>N</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>S!</source>
            <comment>Satisfactory typed but not saved, in a grid cell</comment>
            <translation>S!</translation>
        </message>
        <message>
            <source>N!</source>
            <comment>Not yet satisfactory typed but not saved, in a grid cell</comment>
            <translation>N!</translation>
        </message>
        <message>
            <source>Not saved: %1 Type the value again to retry.</source>
            <translation>Non enregistré : %1 Saisissez de nouveau la valeur pour réessayer.</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>Critère de performance</translation>
        </message>
        <message>
            <source>attempt %1</source>
            <translation>tentative %1</translation>
        </message>
        <message>
            <source>%1, attempt %2: %3</source>
            <translation>%1, tentative %2 : %3</translation>
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
            <source>Candidate: name or registration number</source>
            <translation>Candidat : nom ou numéro d'inscription</translation>
        </message>
        <message>
            <source>Unit: code or title</source>
            <translation>Unité : code ou titre</translation>
        </message>
        <message>
            <source>Plan session…</source>
            <translation>Planifier une session…</translation>
        </message>
        <message>
            <source>Record…</source>
            <translation>Saisir…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>Progression…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>Imprimer la fiche…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Preuves…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps</source>
            <translation>Les preuves et l'auto-évaluation derrière chaque critère, et les lacunes</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Toutes les séances</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Séance %1</translation>
        </message>
        <message>
            <source>All assessors</source>
            <translation>Tous les évaluateurs</translation>
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
        <message>
            <source>Print assessment record</source>
            <translation>Imprimer le relevé d'évaluation</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>Enregistrer la fiche d'évaluation</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>&amp;Technical detail</source>
            <translation>Détail &amp;technique</translation>
        </message>
        <message>
            <source>Show the entry as the log stores it: record type, record number, values before and after.</source>
            <translation>Afficher l'entrée telle que le journal la conserve : type et numéro d'enregistrement, valeurs avant et après.</translation>
        </message>
        <message>
            <source>&amp;Check the log</source>
            <translation>&amp;Vérifier le journal</translation>
        </message>
        <message>
            <source>Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows.</source>
            <translation>Recalculer la chaîne d'empreintes, comparer chaque enregistrement à ce que dit le journal, et le journal à son point de contrôle : toute entrée modifiée ou supprimée, et tout enregistrement modifié hors de SkillAssess, apparaît.</translation>
        </message>
        <message>
            <source>&amp;Record the loss…</source>
            <translation>&amp;Consigner la perte…</translation>
        </message>
        <message>
            <source>When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on.</source>
            <translation>Quand le journal a perdu des entrées que son point de contrôle atteste et qu'aucune sauvegarde ne peut être restaurée : consigner la perte dans le journal, pour que le travail puisse continuer.</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translation>Type d'enregistrement :</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Utilisateur :</translation>
        </message>
        <message>
            <source>Select an entry to see what changed.</source>
            <translation>Sélectionnez une entrée pour voir ce qui a changé.</translation>
        </message>
        <message>
            <source>Entry %1, %2</source>
            <translation>Entrée %1, %2</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>All record types</source>
            <translation>Tous les types d'enregistrement</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Tous les utilisateurs</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%Ln entrée</numerusform>
                <numerusform>%Ln entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Modifications :</translation>
        </message>
        <message>
            <source>Technical detail: %1 %2 %3 by %4</source>
            <translation>Détail technique : %1 %2 %3 par %4</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Vérification du journal d'audit…</translation>
        </message>
        <message>
            <source>Record in the audit log that entries it held are lost?

%1

Restore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on.</source>
            <translation>Consigner dans le journal d'audit que des entrées ont été perdues ?

%1

Restaurez plutôt la sauvegarde la plus récente si vous le pouvez. Consigner la perte garde ce que disait le point de contrôle, enregistre tels qu'ils sont les enregistrements dont les entrées ont été perdues, et permet de continuer le travail.</translation>
        </message>
        <message>
            <source>Record the loss</source>
            <translation>Consigner la perte</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
    </context>
    <context>
        <name>AuditTexts</name>
        <message numerus="yes">
            <source>%n record(s) differ from the audit log: changed outside SkillAssess.</source>
            <translation>
                <numerusform>%Ln enregistrement diffère du journal d'audit : modifié hors de SkillAssess.</numerusform>
                <numerusform>%Ln enregistrements diffèrent du journal d'audit : modifiés hors de SkillAssess.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked; every record matches it.</source>
            <translation>
                <numerusform>Le journal d'audit est intact : %Ln entrée vérifiée ; chaque enregistrement lui correspond.</numerusform>
                <numerusform>Le journal d'audit est intact : %Ln entrées vérifiées ; chaque enregistrement lui correspond.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… et %Ln autre.</numerusform>
                <numerusform>… et %Ln autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.</source>
            <translation>%1 (%2), %3 : le journal d'audit (entrée %4) indique %5, la base de données contient %6.</translation>
        </message>
        <message>
            <source>%1 (%2): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>%1 (%2) : aucune entrée du journal ne consigne cet enregistrement ; il a été ajouté hors de SkillAssess.</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records it, but it is no longer in the database.</source>
            <translation>%1 (%2) : le journal d'audit (entrée %3) le consigne, mais il n'est plus dans la base de données.</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.</source>
            <translation>%1 (%2) : le journal d'audit (entrée %3) consigne sa suppression, mais il est dans la base de données.</translation>
        </message>
        <message>
            <source>The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>Le point de contrôle du journal écrit le %1 atteste %2 entrées, mais la base de données en contient %3 : les modifications les plus récentes manquent (fichier -wal perdu après un plantage, ou entrées supprimées). Restaurez la sauvegarde la plus récente, ou un administrateur consigne la perte sur la page Journal d'audit ; d'ici là, rien ne peut être enregistré.</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>Le journal d'audit ne contient plus les entrées que son point de contrôle du %1 atteste : il a été réécrit ou remplacé. Restaurez la sauvegarde la plus récente, ou un administrateur consigne la perte sur la page Journal d'audit ; d'ici là, rien ne peut être enregistré.</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess.</source>
            <translation>Le point de contrôle du journal %1 ne correspond pas à sa signature : il a été modifié hors de SkillAssess.</translation>
        </message>
        <message>
            <source>There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it.</source>
            <translation>Il n'y a pas de point de contrôle du journal (%1) : la suppression des entrées les plus récentes ne pourrait pas être détectée. Si vous avez copié la base de données, copiez aussi son fichier .checkpoint.</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one.</source>
            <translation>Le point de contrôle du journal %1 n'a pas été utilisé : il est signé d'une clé que cet ordinateur ne connaît pas, ou il est illisible. La prochaine modification en écrit un nouveau.</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>Le journal d'audit est vide ; il n'y a pas encore de point de contrôle.</translation>
        </message>
        <message>
            <source>The audit checkpoint of %1 (%2 entries) is contained in the log.</source>
            <translation>Le point de contrôle du %1 (%2 entrées) est contenu dans le journal.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2.</source>
            <translation>Le journal d'audit est rompu à l'entrée %1 : %2.</translation>
        </message>
        <message>
            <source>The audit log has lost entries</source>
            <translation>Le journal d'audit a perdu des entrées</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <source>Backup settings</source>
            <translation>Réglages des sauvegardes</translation>
        </message>
        <message>
            <source>On the first start of each day SkillAssess writes a backup of the database, its evidence files, the audit checkpoint and the signing keys. These settings belong to this computer.</source>
            <translation>Au premier démarrage de chaque jour, SkillAssess sauvegarde la base de données, ses pièces justificatives, le point de contrôle du journal d'audit et les clés de signature. Ces réglages concernent cet ordinateur.</translation>
        </message>
        <message>
            <source>No daily backup</source>
            <translation>Aucune sauvegarde quotidienne</translation>
        </message>
        <message>
            <source>None (for example a USB stick)</source>
            <translation>Aucun (par exemple une clé USB)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>%1, made %2</source>
            <translation>%1, du %2</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Aucune pour l'instant</translation>
        </message>
        <message>
            <source>&amp;Daily backups to keep:</source>
            <translation>&amp;Sauvegardes quotidiennes à garder :</translation>
        </message>
        <message>
            <source>&amp;Second folder:</source>
            <translation>Second &amp;dossier :</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Dossier des sauvegardes :</translation>
        </message>
        <message>
            <source>Newest backup:</source>
            <translation>Dernière sauvegarde :</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Second dossier de sauvegarde</translation>
        </message>
        <message>
            <source>There is no folder %1; plug the USB stick in or choose another folder.</source>
            <translation>Le dossier %1 n'existe pas ; branchez la clé USB ou choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>SkillAssess backup (%1);;All files (*)</source>
            <translation>Sauvegarde SkillAssess (%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Base de données endommagée</translation>
        </message>
        <message>
            <source>The database file %1 is damaged, so SkillAssess will not write to it.</source>
            <translation>Le fichier de base de données %1 est endommagé ; SkillAssess n'y écrira donc rien.</translation>
        </message>
        <message>
            <source>The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside the restored one.</source>
            <translation>La dernière sauvegarde est %1, du %2. Restaurez-la pour continuer à travailler ; le fichier endommagé est gardé à côté de celui restauré.</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>Restaurer la dernière sauvegarde</translation>
        </message>
        <message>
            <source>No backup of it was found on this computer. If you have one (on a USB stick, for example), restore it; the damaged file is kept beside the restored one.</source>
            <translation>Aucune sauvegarde de ce fichier n'a été trouvée sur cet ordinateur. Si vous en avez une (sur une clé USB, par exemple), restaurez-la ; le fichier endommagé est gardé à côté de celui restauré.</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Restaurer depuis un fichier…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Replace the database %1 (last changed %2) with the backup made %3?</source>
            <translation>Remplacer la base de données %1 (modifiée le %2) par la sauvegarde du %3 ?</translation>
        </message>
        <message>
            <source>Put the backup made %1 in place as the database %2?</source>
            <translation>Mettre en place la sauvegarde du %1 comme base de données %2 ?</translation>
        </message>
        <message>
            <source>The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is replaced is kept beside the database as a copy, so nothing is lost.</source>
            <translation>La sauvegarde a passé tous les contrôles. Elle provient de %1 et contient %2 candidats, %3 évaluations et %4 certificats. Les pièces justificatives, le point de contrôle du journal d'audit et les clés de signature sont aussi remplacés ; ce qui est remplacé est gardé en copie à côté de la base de données, rien n'est donc perdu.</translation>
        </message>
        <message>
            <source>Replace the database</source>
            <translation>Remplacer la base de données</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Vérification de %1…</translation>
        </message>
        <message>
            <source>Putting the backup in place…</source>
            <translation>Mise en place de la sauvegarde…</translation>
        </message>
        <message>
            <source>The database was restored from %1.</source>
            <translation>La base de données a été restaurée depuis %1.</translation>
        </message>
        <message>
            <source>The database it replaced is kept as %1.</source>
            <translation>La base de données remplacée est gardée sous %1.</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Sauvegarde enregistrée dans %1.</translation>
        </message>
        <message>
            <source>Copied to %1.</source>
            <translation>Copiée dans %1.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>The PostgreSQL database itself is not in the archive; back it up with: %1</source>
            <translation>La base PostgreSQL elle-même n'est pas dans l'archive ; sauvegardez-la avec : %1</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Écriture de la sauvegarde…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Vérifier la base de données</translation>
        </message>
        <message>
            <source>The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).</source>
            <translation>Le fichier de base de données %1 est sain : la vérification complète d'intégrité de SQLite n'a trouvé aucun problème (%2 s).</translation>
        </message>
        <message>
            <source>Checking every page, table and index of %1…</source>
            <translation>Vérification de chaque page, table et index de %1…</translation>
        </message>
        <message>
            <source>The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>Le second dossier de sauvegarde %1 est absent (la clé USB est-elle branchée ?) ; la sauvegarde est seulement dans le dossier des données.</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Sauvegarde quotidienne</translation>
        </message>
        <message>
            <source>Today's backup was written to %1.</source>
            <translation>La sauvegarde du jour a été enregistrée dans %1.</translation>
        </message>
        <message>
            <source>Daily backup written to %1</source>
            <translation>Sauvegarde quotidienne enregistrée dans %1</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>La sauvegarde quotidienne n'a pas pu être écrite : %1</translation>
        </message>
    </context>
    <context>
        <name>BodyForm</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>&amp;Level scale</source>
            <translation>Échelle des &amp;niveaux</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>Not given</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Nouveau candidat</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Given when saved</source>
            <translation>Attribué à l'enregistrement</translation>
        </message>
        <message>
            <source>The full name in Amharic, Arabic or another script, as the candidate writes it</source>
            <translation>Le nom complet en amharique, en arabe ou dans une autre écriture, tel que le candidat l'écrit</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Choisir une photo…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>N° d'inscription</translation>
        </message>
        <message>
            <source>Family name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Given names *</source>
            <translation>Prénoms *</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>Nom en écriture locale</translation>
        </message>
        <message>
            <source>Sex *</source>
            <translation>Sexe *</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N° de pièce d'identité</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>Disability details</source>
            <translation>Précisions sur le handicap</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Niveau d'études</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>Années d'expérience</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Candidat %1</translation>
        </message>
        <message>
            <source>Choose photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a picture this application can read.</source>
            <translation>%1 n'est pas une image que l'application sait lire.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
        </message>
        <message>
            <source>Check the warning above; press Save again to save anyway.</source>
            <translation>Vérifiez l'avertissement ci-dessus ; appuyez de nouveau sur Enregistrer pour enregistrer quand même.</translation>
        </message>
        <message>
            <source>Sign in to register candidates.</source>
            <translation>Connectez-vous pour inscrire des candidats.</translation>
        </message>
    </context>
    <context>
        <name>CandidatePanel</name>
        <message>
            <source>Methods used</source>
            <translation>Méthodes utilisées</translation>
        </message>
        <message>
            <source>Not declared yet</source>
            <translation>Pas encore déclaré</translation>
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation>Pas de conflit d'intérêts</translation>
        </message>
        <message>
            <source>Conflict of interest (describe)</source>
            <translation>Conflit d'intérêts (à décrire)</translation>
        </message>
        <message>
            <source>For example: the candidate is a relative</source>
            <translation>Par exemple : le candidat est un parent</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>Commentaires de l'évaluateur</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>Retour fait au candidat</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>Pas encore de résultat</translation>
        </message>
        <message>
            <source>Credit transfer: earlier qualification and who issued it</source>
            <translation>Transfert de crédits : qualification antérieure et organisme qui l'a délivrée</translation>
        </message>
        <message>
            <source>Conflict of interest:</source>
            <translation>Conflit d'intérêts :</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>Commentaires :</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Retour au candidat :</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Résultat :</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Soumettre</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Renvoyer…</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Rectifier…</translation>
        </message>
        <message>
            <source>New attempt</source>
            <translation>Nouvelle tentative</translation>
        </message>
        <message>
            <source>Appeal…</source>
            <translation>Recours…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>Imprimer la fiche…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Preuves…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)</source>
            <translation>Les preuves et l'auto-évaluation derrière chaque critère, et les lacunes (Ctrl+E sur une case)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Choose a candidate's column in the grid.</source>
            <translation>Choisissez la colonne d'un candidat dans la grille.</translation>
        </message>
        <message>
            <source>Attempt %1 · %2</source>
            <translation>Tentative %1 · %2</translation>
        </message>
        <message>
            <source>verified by %1</source>
            <translation>vérifiée par %1</translation>
        </message>
        <message>
            <source>assessor: %1</source>
            <translation>évaluateur : %1</translation>
        </message>
        <message>
            <source>Returned: %1</source>
            <translation>Renvoyée : %1</translation>
        </message>
        <message>
            <source>Decide appeal…</source>
            <translation>Statuer sur le recours…</translation>
        </message>
        <message>
            <source>Not Yet Competent and Withdrawn can always be recorded.</source>
            <translation>Pas encore compétent et Abandon peuvent toujours être enregistrés.</translation>
        </message>
        <message>
            <source>Credit transfer rests on its source, not on the criteria.</source>
            <translation>Le transfert de crédits repose sur sa source, pas sur les critères.</translation>
        </message>
        <message>
            <source>The candidate is not enrolled on the RPL pathway.</source>
            <translation>Le candidat n'est pas inscrit par la voie de la VAE.</translation>
        </message>
        <message>
            <source>Not yet Satisfactory or not assessed: %1</source>
            <translation>Pas encore satisfaisant ou non évalué : %1</translation>
        </message>
        <message>
            <source>No method recorded.</source>
            <translation>Aucune méthode enregistrée.</translation>
        </message>
        <message>
            <source>Competent is blocked. </source>
            <translation>« Compétent » ne peut pas être enregistré. </translation>
        </message>
        <message>
            <source>RPL granted is blocked. </source>
            <translation>VAE accordée est bloquée. </translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: Competent can be recorded.</source>
            <translation>Tous les critères sont satisfaisants : « Compétent » peut être enregistré.</translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: RPL granted can be recorded.</source>
            <translation>Tous les critères sont satisfaisants : VAE accordée peut être enregistrée.</translation>
        </message>
        <message>
            <source>Attempt %1, %2: %3, %4</source>
            <translation>Tentative %1, %2 : %3, %4</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>sans résultat</translation>
        </message>
        <message>
            <source>Amended by %1: %2</source>
            <translation>Rectifié par %1 : %2</translation>
        </message>
        <message>
            <source>Appeal of %1: %2 (%3)</source>
            <translation>Recours du %1 : %2 (%3)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>methods</source>
            <translation>méthodes</translation>
        </message>
        <message>
            <source>Describe the conflict of interest, then press Enter.</source>
            <translation>Décrivez le conflit d'intérêts, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>conflit d'intérêts</translation>
        </message>
        <message>
            <source>comments and feedback</source>
            <translation>commentaires et retour au candidat</translation>
        </message>
        <message>
            <source>Type the source of the credit transfer, then press Enter.</source>
            <translation>Saisissez l'origine du transfert de crédits, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>Submit the result of %1 in %2 for verification?</source>
            <translation>Soumettre le résultat de %1 en %2 pour vérification ?</translation>
        </message>
        <message>
            <source>Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you.</source>
            <translation>Ses jugements, méthodes, commentaires et résultat (%1) seront alors verrouillés : seul un vérificateur pourra vous le renvoyer.</translation>
        </message>
        <message>
            <source>submitted for verification</source>
            <translation>soumise pour vérification</translation>
        </message>
        <message>
            <source>Verify the result of %1 in %2?</source>
            <translation>Vérifier le résultat de %1 en %2 ?</translation>
        </message>
        <message>
            <source>The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt.</source>
            <translation>Le résultat %1 sera alors définitif et verrouillé : une modification demandera un amendement motivé, ou une nouvelle tentative.</translation>
        </message>
        <message>
            <source>verified and locked</source>
            <translation>vérifiée et verrouillée</translation>
        </message>
        <message>
            <source>Return to the assessor</source>
            <translation>Renvoyer à l'évaluateur</translation>
        </message>
        <message>
            <source>What must the assessor fix?</source>
            <translation>Que doit corriger l'évaluateur ?</translation>
        </message>
        <message>
            <source>returned to the assessor</source>
            <translation>renvoyée à l'évaluateur</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>rectification</translation>
        </message>
        <message>
            <source>new attempt opened</source>
            <translation>nouvelle tentative ouverte</translation>
        </message>
        <message>
            <source>appeal decided</source>
            <translation>recours tranché</translation>
        </message>
        <message>
            <source>appeal recorded</source>
            <translation>recours enregistré</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>Enregistrer la fiche d'évaluation</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Fichier écrit : %1</translation>
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
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message>
            <source>Search by name (any script), registration number or ID</source>
            <translation>Rechercher par nom (toute écriture), n° d'inscription ou n° de pièce d'identité</translation>
        </message>
        <message>
            <source>Any sex</source>
            <translation>Tous les sexes</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>New candidate…</source>
            <translation>Nouveau candidat…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>Inscrire…</translation>
        </message>
        <message>
            <source>RPL step…</source>
            <translation>Étape de VAE…</translation>
        </message>
        <message>
            <source>Self-assessment…</source>
            <translation>Auto-évaluation…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Preuves…</translation>
        </message>
        <message>
            <source>Gap training…</source>
            <translation>Formation complémentaire…</translation>
        </message>
        <message>
            <source>Refer a candidate whose recognition is partial to training for the units not achieved</source>
            <translation>Orienter un candidat dont la validation est partielle vers une formation pour les unités non acquises</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Importer depuis Excel…</translation>
        </message>
        <message>
            <source>Excel template…</source>
            <translation>Modèle Excel…</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Any qualification</source>
            <translation>Toutes les qualifications</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%Ln candidat</numerusform>
                <numerusform>%Ln candidats</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the candidates…</source>
            <translation>Décompte des candidats…</translation>
        </message>
        <message>
            <source>Not enrolled yet.</source>
            <translation>Pas encore inscrit.</translation>
        </message>
        <message>
            <source>stage: %1</source>
            <translation>étape : %1</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Assessment %1, attempt %2: %3, %4</source>
            <translation>Évaluation %1, tentative %2 : %3, %4</translation>
        </message>
        <message>
            <source>no outcome yet</source>
            <translation>pas encore de résultat</translation>
        </message>
        <message>
            <source>Referred to gap training: %1</source>
            <translation>Orienté vers une formation complémentaire : %1</translation>
        </message>
        <message>
            <source>Enrol the candidate in a qualification first.</source>
            <translation>Inscrivez d'abord le candidat à une qualification.</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Save Excel template</source>
            <translation>Enregistrer le modèle Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Import candidates</source>
            <translation>Importer des candidats</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) imported.</source>
            <translation>
                <numerusform>%Ln candidat importé.</numerusform>
                <numerusform>%Ln candidats importés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already registered, not imported again:</source>
            <translation>
                <numerusform>%Ln déjà inscrit, non importé de nouveau :</numerusform>
                <numerusform>%Ln déjà inscrits, non importés de nouveau :</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>CentrePage</name>
        <message>
            <source>Your centre</source>
            <translation>Votre centre</translation>
        </message>
        <message>
            <source>These appear on certificates and reports. An administrator can change them later.</source>
            <translation>Ces informations figurent sur les certificats et les rapports. Un administrateur pourra les modifier plus tard.</translation>
        </message>
        <message>
            <source>e.g. ACC</source>
            <translation>p. ex. ACC</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>Choisir le &amp;logo…</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;Nom du centre :</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;Code du centre :</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo :</translation>
        </message>
        <message>
            <source>The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number.</source>
            <translation>Le code du centre compte au plus 20 lettres, chiffres ou traits d'union (par exemple ACC) ; il ouvre chaque numéro de série de certificat.</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>Logo du centre</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>%1 is not an image that can be read.</source>
            <translation>%1 n'est pas une image lisible.</translation>
        </message>
    </context>
    <context>
        <name>CentreSettingsDialog</name>
        <message>
            <source>Centre settings</source>
            <translation>Paramètres du centre</translation>
        </message>
        <message>
            <source>Starts new certificate serial numbers and registration numbers.</source>
            <translation>Début des nouveaux numéros de série des certificats et des numéros d'inscription.</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>Choisir le &amp;logo…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Retirer le logo</translation>
        </message>
        <message>
            <source>QR codes on new certificates link to this address, where anyone can check them. Leave it empty to print the signed text only.</source>
            <translation>Les codes QR des nouveaux certificats renvoient à cette adresse, où chacun peut les vérifier. Laissez-la vide pour n'imprimer que le texte signé.</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;Nom du centre :</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;Code du centre :</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo :</translation>
        </message>
        <message>
            <source>&amp;Verification address:</source>
            <translation>Adresse de &amp;vérification :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Title (%1)</source>
            <translation>Fonction (%1)</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>&amp;Add signatory</source>
            <translation>&amp;Ajouter un signataire</translation>
        </message>
        <message>
            <source>R&amp;emove signatory</source>
            <translation>R&amp;etirer le signataire</translation>
        </message>
        <message>
            <source>Choose &amp;signature…</source>
            <translation>Choisir la &amp;signature…</translation>
        </message>
        <message>
            <source>Remove signature</source>
            <translation>Retirer la signature</translation>
        </message>
        <message>
            <source>Signatories on certificates (at most %1)</source>
            <translation>Signataires des certificats (%1 au plus)</translation>
        </message>
        <message>
            <source>Only administrators change the centre settings.</source>
            <translation>Seuls les administrateurs modifient les paramètres du centre.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Aucun logo</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>Logo du centre</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
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
            <source>Search by serial, registration number or name</source>
            <translation>Rechercher par n° de série, n° d'inscription ou nom</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Toutes les années</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>Délivrer…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Reprint…</source>
            <translation>Réimprimer…</translation>
        </message>
        <message>
            <source>Reprint to PDF or ZIP…</source>
            <translation>Réimprimer en PDF ou ZIP…</translation>
        </message>
        <message>
            <source>Save badge…</source>
            <translation>Enregistrer le badge…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Révoquer…</translation>
        </message>
        <message>
            <source>Reissue…</source>
            <translation>Rééditer…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>Vérifier…</translation>
        </message>
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
        <message>
            <source>Issuing, printing and revoking need the registrar role.</source>
            <translation>Délivrer, imprimer et révoquer nécessitent le rôle de responsable des inscriptions.</translation>
        </message>
        <message>
            <source>Printed again, marked "Reprint" and counted in the register.</source>
            <translation>Imprimé de nouveau, marqué comme réimpression et compté au registre.</translation>
        </message>
        <message>
            <source>An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.</source>
            <translation>Un Open Badge (.jwt) par certificat, signé avec la clé du centre : le candidat l'importe dans un portefeuille numérique, et les logiciels des employeurs le vérifient.</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Délivrer</translation>
        </message>
        <message>
            <source>Finding the candidates who can be certified…</source>
            <translation>Recherche des candidats qui peuvent être certifiés…</translation>
        </message>
        <message>
            <source>Issued: %1</source>
            <translation>Délivré : %1</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>Enregistrer les certificats</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate %1</source>
            <translation>Certificat %1</translation>
        </message>
        <message>
            <source>One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)</source>
            <translation>Un seul PDF (*.pdf);;ZIP d'un PDF par certificat (*.zip)</translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n certificate(s)…</source>
            <translation>
                <numerusform>Préparation de %Ln certificat…</numerusform>
                <numerusform>Préparation de %Ln certificats…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) saved</source>
            <translation>
                <numerusform>%Ln certificat enregistré</numerusform>
                <numerusform>%Ln certificats enregistrés</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Badge (*.jwt)</source>
            <translation>Open Badge (*.jwt)</translation>
        </message>
        <message>
            <source>ZIP of one badge per certificate (*.zip)</source>
            <translation>ZIP d'un badge par certificat (*.zip)</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>Enregistrer les badges</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved</source>
            <translation>
                <numerusform>%Ln badge enregistré</numerusform>
                <numerusform>%Ln badges enregistrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Signing %n badge(s)…</source>
            <translation>
                <numerusform>Signature de %Ln badge…</numerusform>
                <numerusform>Signature de %Ln badges…</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message numerus="yes">
            <source>Printing %n certificate(s)…</source>
            <translation>
                <numerusform>Impression de %Ln certificat…</numerusform>
                <numerusform>Impression de %Ln certificats…</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>Révoquer le certificat</translation>
        </message>
        <message>
            <source>Why is certificate %1 revoked? It stays in the register, marked revoked.</source>
            <translation>Pourquoi le certificat %1 est-il révoqué ? Il reste au registre, marqué révoqué.</translation>
        </message>
        <message>
            <source>Reissue certificate</source>
            <translation>Rééditer le certificat</translation>
        </message>
        <message>
            <source>What was corrected? Certificate %1 will be revoked and a new serial issued in its place.</source>
            <translation>Qu'est-ce qui a été corrigé ? Le certificat %1 sera révoqué et un nouveau numéro de série délivré à sa place.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Changer mon mot de passe</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Mot de passe &amp;actuel :</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Confirmer le nouveau mot de pa&amp;sse :</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not given</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).</source>
            <translation>Saisissez la date sous la forme 14/05/2001 ou 2001-05-14, ou choisissez-la dans le calendrier (Alt+Bas).</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>Choisir dans le calendrier</translation>
        </message>
        <message>
            <source>Give a date.</source>
            <translation>Indiquez une date.</translation>
        </message>
        <message>
            <source>%1 is not a date: type it as 14/05/2001 or 2001-05-14.</source>
            <translation>%1 n'est pas une date : saisissez-la sous la forme 14/05/2001 ou 2001-05-14.</translation>
        </message>
        <message>
            <source>The date may not be before %1.</source>
            <translation>La date ne peut pas être antérieure au %1.</translation>
        </message>
        <message>
            <source>The date may not be after %1.</source>
            <translation>La date ne peut pas être postérieure au %1.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrol candidate</source>
            <translation>Inscrire le candidat</translation>
        </message>
        <message>
            <source>The whole qualification</source>
            <translation>Toute la qualification</translation>
        </message>
        <message>
            <source>Chosen units only</source>
            <translation>Seulement les unités choisies</translation>
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
            <source>Pathway</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Choose a qualification (and sign in) to enrol.</source>
            <translation>Choisissez une qualification (et connectez-vous) pour inscrire.</translation>
        </message>
        <message>
            <source>Tick at least one unit, or choose the whole qualification.</source>
            <translation>Cochez au moins une unité, ou choisissez toute la qualification.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>La base de données est occupée : un autre utilisateur ou programme y enregistre. Rien n'a été modifié ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>La base de données ne peut pas être modifiée : le fichier ou son dossier est en lecture seule. Rien n'a été modifié ; autorisez l'écriture à cet endroit, ou copiez la base dans un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>Le disque qui contient la base de données est plein. Rien n'a été modifié ; libérez de la place et réessayez.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>Le fichier de la base de données n'a pas pu être lu ou écrit (problème de disque, de clé USB ou de réseau). Rien n'a été modifié ; vérifiez que le disque est branché et réessayez.</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>Le fichier de la base de données est endommagé. Rien n'a été modifié ; cessez de l'utiliser et restaurez la sauvegarde la plus récente.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>Le serveur de base de données est injoignable : il est arrêté, ou le réseau est coupé. Vérifiez la connexion ou demandez à la personne qui gère le serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>La modification entre en conflit avec une autre enregistrée au même moment, peut-être par un autre utilisateur. Rien n'a été modifié ; rouvrez la fiche et refaites la modification.</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>La base de données a signalé un problème. Rien n'a été modifié ; réessayez, et si cela se reproduit, signalez-le en joignant le fichier journal.</translation>
        </message>
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
        <name>EvidenceBasis</name>
        <message>
            <source>Evidence accepted</source>
            <translation>Preuves acceptées</translation>
        </message>
        <message>
            <source>Evidence not yet judged</source>
            <translation>Preuves pas encore jugées</translation>
        </message>
        <message>
            <source>Evidence rejected</source>
            <translation>Preuves rejetées</translation>
        </message>
        <message>
            <source>No evidence</source>
            <translation>Aucune preuve</translation>
        </message>
        <message>
            <source>valid, sufficient, authentic and current</source>
            <translation>valide, suffisante, authentique et récente</translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>pas encore jugée</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valide</translation>
        </message>
        <message>
            <source>sufficient</source>
            <translation>suffisante</translation>
        </message>
        <message>
            <source>authentic</source>
            <translation>authentique</translation>
        </message>
        <message>
            <source>current</source>
            <translation>récente</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>fails: %1</source>
            <translation>non satisfaites : %1</translation>
        </message>
        <message>
            <source>not judged: %1</source>
            <translation>pas jugées : %1</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator of groups</comment>
            <translation> ; </translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>Auto-évaluation : %1</translation>
        </message>
        <message>
            <source>Ctrl+E opens the evidence.</source>
            <translation>Ctrl+E ouvre les preuves.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBasisDialog</name>
        <message>
            <source>Evidence and self-assessment — %1</source>
            <translation>Preuves et auto-évaluation — %1</translation>
        </message>
        <message>
            <source>%1 of %2 criteria are covered by accepted evidence.</source>
            <translation>%1 critères sur %2 sont couverts par des preuves acceptées.</translation>
        </message>
        <message>
            <source>This candidate is not on the RPL pathway.</source>
            <translation>Ce candidat ne suit pas la voie de la VAE.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>Element %1: %2</source>
            <translation>Élément %1 : %2</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>Auto-évaluation : %1</translation>
        </message>
        <message>
            <source>No accepted evidence covers these criteria: plan observation or questioning for them, or judge the evidence not yet judged.</source>
            <translation>Aucune preuve acceptée ne couvre ces critères : prévoyez pour eux une observation ou des questions, ou jugez les preuves pas encore jugées.</translation>
        </message>
        <message>
            <source>Accepted evidence covers every criterion of the unit.</source>
            <translation>Des preuves acceptées couvrent tous les critères de l'unité.</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>Par critère</translation>
        </message>
        <message>
            <source>Gaps (%1)</source>
            <translation>Lacunes (%1)</translation>
        </message>
        <message>
            <source>Open file (read-only)</source>
            <translation>Ouvrir le fichier (lecture seule)</translation>
        </message>
        <message>
            <source>Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment (full: I can do this, half: with help, ring: not yet).</source>
            <translation>Page : preuves (vert acceptées, orange pas encore jugées, rouge rejetées). Point : auto-évaluation (plein : je sais le faire, à moitié : avec aide, anneau : pas encore).</translation>
        </message>
        <message>
            <source>A gap: plan observation or questioning for this criterion.</source>
            <translation>Une lacune : prévoyez une observation ou des questions pour ce critère.</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valide</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>Suffisante</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>Authentique</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Récente</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>pas jugée</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>Type : %1</translation>
        </message>
        <message>
            <source>Date of the evidence: %1</source>
            <translation>Date de la preuve : %1</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>Description : %1</translation>
        </message>
        <message>
            <source>Judgement on the rules of evidence:</source>
            <translation>Jugement selon les règles de la preuve :</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256 : %1</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Portfolio of evidence — %1</source>
            <translation>Dossier de preuves — %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Jugement</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>Ajouter un fichier…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change the type, description, date or criteria of the item</source>
            <translation>Changer le type, la description, la date ou les critères de l'élément</translation>
        </message>
        <message>
            <source>Show withdrawn</source>
            <translation>Afficher les pièces retirées</translation>
        </message>
        <message>
            <source>Rules of evidence (assessor's judgement)</source>
            <translation>Règles de la preuve (jugement de l'évaluateur)</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valide</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>Suffisante</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>Authentique</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actuelle</translation>
        </message>
        <message>
            <source>Save judgement</source>
            <translation>Enregistrer le jugement</translation>
        </message>
        <message>
            <source>Each box has three states: ticked = met, empty = not met, filled square = not judged yet. Click to go from one to the next, then Save judgement.</source>
            <translation>Chaque case a trois états : cochée = satisfait, vide = non satisfait, carré plein = pas encore jugé. Cliquez pour passer de l'un à l'autre, puis Enregistrer le jugement.</translation>
        </message>
        <message>
            <source>Ticked: met · empty: not met · filled square: not judged yet</source>
            <translation>Cochée : satisfait · vide : non satisfait · carré plein : pas encore jugé</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(lecture seule)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the portfolio</source>
            <translation>
                <numerusform>%Ln pièce dans le dossier</numerusform>
                <numerusform>%Ln pièces dans le dossier</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, SHA-256 %2</source>
            <translation>%1, SHA-256 %2</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Ajouter une preuve</translation>
        </message>
        <message>
            <source>Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)</source>
            <translation>Preuves (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This file is already in the portfolio; it was not added twice.</source>
            <translation>Ce fichier est déjà dans le dossier ; il n'a pas été ajouté une seconde fois.</translation>
        </message>
        <message>
            <source>Withdraw evidence</source>
            <translation>Retirer une preuve</translation>
        </message>
        <message>
            <source>Withdraw %1 from the portfolio? The file is kept and stays in the record.</source>
            <translation>Retirer %1 du dossier ? Le fichier est conservé et reste dans l'historique.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <source>Exchange bundles</source>
            <translation>Lots d'échange</translation>
        </message>
        <message>
            <source>Send and receive</source>
            <translation>Envoyer et recevoir</translation>
        </message>
        <message>
            <source>National register</source>
            <translation>Registre national</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Modération</translation>
        </message>
        <message>
            <source>Send this centre's results to the awarding body</source>
            <translation>Envoyer les résultats de ce centre à l'organisme certificateur</translation>
        </message>
        <message>
            <source>What changed since the previous export</source>
            <translation>Ce qui a changé depuis l'export précédent</translation>
        </message>
        <message>
            <source>Results verified since:</source>
            <translation>Résultats vérifiés depuis :</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Exporter un lot…</translation>
        </message>
        <message>
            <source>Only verified results leave, with the candidate fields the awarding body needs (never notes, telephone numbers or addresses), every certificate, and the centre's public keys. The file is signed with the centre's key.</source>
            <translation>Seuls les résultats vérifiés partent, avec les champs des candidats dont l'organisme certificateur a besoin (jamais les notes, numéros de téléphone ou adresses), tous les certificats et les clés publiques du centre. Le fichier est signé avec la clé du centre.</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>Recevoir un lot</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>Importer un lot…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Clés</translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Lots importés</translation>
        </message>
        <message>
            <source>Registered partners:</source>
            <translation>Partenaires enregistrés :</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Exporter un lot</translation>
        </message>
        <message>
            <source>SkillAssess exchange bundles (*.sabundle)</source>
            <translation>Lots d'échange SkillAssess (*.sabundle)</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Écriture du lot…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Lot écrit</translation>
        </message>
        <message>
            <source>%1 is written (bundle number %2): %3.</source>
            <translation>%1 est écrit (lot numéro %2) : %3.</translation>
        </message>
        <message>
            <source>Import bundle</source>
            <translation>Importer un lot</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>Vérification du lot…</translation>
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation>Importation du lot…</translation>
        </message>
        <message>
            <source>%1 was already imported; nothing changed.</source>
            <translation>%1 a déjà été importé ; rien n'a changé.</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 updated, %4 unchanged</source>
            <translation>%1 : %2 ajoutés, %3 mis à jour, %4 inchangés</translation>
        </message>
        <message>
            <source>Not taken over: %1</source>
            <translation>Non repris : %1</translation>
        </message>
        <message>
            <source>Imported %1 from %2.</source>
            <translation>%1 importé de %2.</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Lot importé</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Assessed: women</source>
            <translation>Évalués : femmes</translation>
        </message>
        <message>
            <source>men</source>
            <translation>hommes</translation>
        </message>
        <message>
            <source>Competent: women</source>
            <translation>Compétents : femmes</translation>
        </message>
        <message>
            <source>Certified: women</source>
            <translation>Certifiés : femmes</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>Exporter les statistiques…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exporter les résultats…</translation>
        </message>
        <message>
            <source>Export certificates…</source>
            <translation>Exporter les certificats…</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>Centre :</translation>
        </message>
        <message>
            <source>Breakdown:</source>
            <translation>Répartition :</translation>
        </message>
        <message>
            <source>Browse candidates and certificates…</source>
            <translation>Parcourir les candidats et les certificats…</translation>
        </message>
        <message>
            <source>By centre</source>
            <translation>Par centre</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>Par qualification</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>Par tranche d'âge</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>Par handicap</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>Par nationalité</translation>
        </message>
        <message>
            <source>%1 candidates, %2 results, %3 certificates (%4 revoked).</source>
            <translation>%1 candidats, %2 résultats, %3 certificats (%4 révoqués).</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Exporter les statistiques</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message>
            <source>Export certificates</source>
            <translation>Exporter les certificats</translation>
        </message>
        <message>
            <source>Draw sample</source>
            <translation>Tirer un échantillon</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>Code du centre</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Numéro d'inscription</translation>
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
            <source>Attempt</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Not confirmed…</source>
            <translation>Non confirmé…</translation>
        </message>
        <message>
            <source>Send outcomes to the centre…</source>
            <translation>Renvoyer les décisions au centre…</translation>
        </message>
        <message>
            <source>Rate:</source>
            <translation>Taux :</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Au moins :</translation>
        </message>
        <message>
            <source>The sample takes, for each centre and unit, the given share of the results not sampled before (at least the given number), drawn at random; the draw is recorded in the audit log.</source>
            <translation>L'échantillon prend, pour chaque centre et chaque unité, la part indiquée des résultats non encore tirés (au moins le nombre indiqué), au hasard ; le tirage est inscrit au journal d'audit.</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Non confirmé</translation>
        </message>
        <message>
            <source>Why is the result not confirmed? The centre will read this.</source>
            <translation>Pourquoi le résultat n'est-il pas confirmé ? Le centre lira ce texte.</translation>
        </message>
        <message>
            <source>Choose the centre whose outcomes you send back.</source>
            <translation>Choisissez le centre auquel vous renvoyez les décisions.</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>centre</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>organisme certificateur</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Tous les centres</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Bienvenue dans %1</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Commencer</translation>
        </message>
        <message>
            <source>This database (%1) has no users yet. Record your centre and its first administrator to start.</source>
            <translation>Cette base de données (%1) n'a pas encore d'utilisateurs. Enregistrez votre centre et son premier administrateur pour commencer.</translation>
        </message>
    </context>
    <context>
        <name>GapReferralDialog</name>
        <message>
            <source>Refer to gap training</source>
            <translation>Orienter vers une formation complémentaire</translation>
        </message>
        <message>
            <source>%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.</source>
            <translation>%1 unité(s) validée(s). Cochez les unités non acquises pour lesquelles le candidat est orienté vers une formation.</translation>
        </message>
        <message>
            <source>Where and when, for example: evening course at the centre, from March</source>
            <translation>Où et quand, par exemple : cours du soir au centre, à partir de mars</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Print cover letter…</source>
            <translation>Imprimer la lettre d'accompagnement…</translation>
        </message>
        <message>
            <source>The letter that goes with the statement of attainment: units recognised, units to train for</source>
            <translation>La lettre qui accompagne l'attestation : unités validées, unités à suivre en formation</translation>
        </message>
        <message>
            <source>Tick at least one unit.</source>
            <translation>Cochez au moins une unité.</translation>
        </message>
        <message>
            <source>Save cover letter</source>
            <translation>Enregistrer la lettre d'accompagnement</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Sign in to see what needs doing.</source>
            <translation>Connectez-vous pour voir ce qui est à faire.</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>Bienvenue, %1</translation>
        </message>
        <message>
            <source>What needs doing now</source>
            <translation>À faire maintenant</translation>
        </message>
        <message>
            <source>Nothing is waiting for you. New work shows here as it comes.</source>
            <translation>Rien ne vous attend. Le nouveau travail s'affichera ici dès qu'il arrive.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft in your sessions.</source>
            <translation>
                <numerusform>%n résultat en brouillon dans vos séances.</numerusform>
                <numerusform>%n résultats en brouillon dans vos séances.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft.</source>
            <translation>
                <numerusform>%n résultat en brouillon.</numerusform>
                <numerusform>%n résultats en brouillon.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) to record</source>
            <translation>
                <numerusform>%n séance à saisir</numerusform>
                <numerusform>%n séances à saisir</numerusform>
            </translation>
        </message>
        <message>
            <source>Show them on the Assessments page.</source>
            <translation>Les afficher dans la page Évaluations.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting for verification</source>
            <translation>
                <numerusform>%n résultat en attente de vérification</numerusform>
                <numerusform>%n résultats en attente de vérification</numerusform>
            </translation>
        </message>
        <message>
            <source>Submitted by assessors: check them, then verify or return each one.</source>
            <translation>Soumis par les évaluateurs : examinez-les, puis vérifiez ou renvoyez chacun.</translation>
        </message>
        <message numerus="yes">
            <source>%n returned result(s)</source>
            <translation>
                <numerusform>%n résultat renvoyé</numerusform>
                <numerusform>%n résultats renvoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>A verifier returned them with a reason: correct them and submit again.</source>
            <translation>Un vérificateur les a renvoyés avec un motif : corrigez-les et soumettez-les de nouveau.</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) eligible for a certificate</source>
            <translation>
                <numerusform>%n candidat admissible à un certificat</numerusform>
                <numerusform>%n candidats admissibles à un certificat</numerusform>
            </translation>
        </message>
        <message>
            <source>Their results are verified and no certificate states them yet: issue the certificates.</source>
            <translation>Leurs résultats sont vérifiés et aucun certificat ne les atteste encore : délivrez les certificats.</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Séance %1</translation>
        </message>
        <message>
            <source>Record: %1</source>
            <translation>Saisir : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 — assessor %2 — %n result(s) in draft</source>
            <translation>
                <numerusform>%1 — évaluateur %2 — %n résultat en brouillon</numerusform>
                <numerusform>%1 — évaluateur %2 — %n résultats en brouillon</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Pour commencer</translation>
        </message>
        <message>
            <source>This database is new. Three steps make it ready for assessments: the standards to assess against, the candidates, then a session to record.</source>
            <translation>Cette base de données est nouvelle. Trois étapes la préparent aux évaluations : les référentiels, les candidats, puis une séance à saisir.</translation>
        </message>
        <message>
            <source>1. Import standards</source>
            <translation>1. Importer des référentiels</translation>
        </message>
        <message>
            <source>From a CASE package (JSON) or the Excel template of the awarding body.</source>
            <translation>Depuis un paquet CASE (JSON) ou le modèle Excel de l'organisme certificateur.</translation>
        </message>
        <message>
            <source>…or create a qualification</source>
            <translation>…ou créer une qualification</translation>
        </message>
        <message>
            <source>Type its units, elements and performance criteria on the Standards page.</source>
            <translation>Saisissez ses unités, éléments et critères de performance dans la page Référentiels.</translation>
        </message>
        <message>
            <source>1. An administrator imports or creates the standards.</source>
            <translation>1. Un administrateur importe ou crée les référentiels.</translation>
        </message>
        <message>
            <source>2. Add a candidate</source>
            <translation>2. Ajouter un candidat</translation>
        </message>
        <message>
            <source>Register one candidate with the candidate form.</source>
            <translation>Inscrivez un candidat avec le formulaire.</translation>
        </message>
        <message>
            <source>…or import candidates from Excel</source>
            <translation>…ou importer des candidats depuis Excel</translation>
        </message>
        <message>
            <source>Fill in the Excel template (Candidates page) and import it in one go.</source>
            <translation>Remplissez le modèle Excel (page Candidats) et importez-le en une fois.</translation>
        </message>
    </context>
    <context>
        <name>IssueConfirmDialog</name>
        <message numerus="yes">
            <source>Issue %n certificate(s)?</source>
            <translation>
                <numerusform>Délivrer %n certificat ?</numerusform>
                <numerusform>Délivrer %n certificats ?</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) will be issued in %1, dated %2.</source>
            <translation>
                <numerusform>%n certificat sera délivré en %1, daté du %2.</numerusform>
                <numerusform>%n certificats seront délivrés en %1, datés du %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each takes the next serial number and is recorded in the register; a mistake can then only be revoked, not undone.</source>
            <translation>Chacun prend le numéro de série suivant et est inscrit au registre ; une erreur ne pourra ensuite qu'être révoquée, pas annulée.</translation>
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
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>Certificat complet</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Attestation de réussite</translation>
        </message>
        <message>
            <source>The first certificate as it will print (its serial is taken on issue).</source>
            <translation>Le premier certificat tel qu'il sera imprimé (son numéro de série est pris à la délivrance).</translation>
        </message>
        <message>
            <source>First certificate: %1</source>
            <translation>Premier certificat : %1</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n certificate(s)</source>
            <translation>
                <numerusform>Délivrer %n certificat</numerusform>
                <numerusform>Délivrer %n certificats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Délivrer des certificats</translation>
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
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Units achieved</source>
            <translation>Unités acquises</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>Certificat complet</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Attestation de réussite</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 paysage</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 portrait</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>Deuxième langue</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Délivrer</translation>
        </message>
        <message>
            <source>No candidate is eligible: certificates need verified results.</source>
            <translation>Aucun candidat n'y a droit : les certificats exigent des résultats vérifiés.</translation>
        </message>
        <message>
            <source>Choose two different languages, or no second language.</source>
            <translation>Choisissez deux langues différentes, ou aucune deuxième langue.</translation>
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
        <message>
            <source>Self-assessment saved</source>
            <translation>Auto-évaluation enregistrée</translation>
        </message>
        <message>
            <source>Evidence judged</source>
            <translation>Preuves jugées</translation>
        </message>
        <message>
            <source>Assessment planned</source>
            <translation>Évaluation planifiée</translation>
        </message>
        <message>
            <source>Result verified</source>
            <translation>Résultat vérifié</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>Certificat délivré</translation>
        </message>
        <message>
            <source>Appeal lodged</source>
            <translation>Recours déposé</translation>
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
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Opening database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <source>Waiting for sign-in…</source>
            <translation>En attente de la connexion…</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Connecté : %1</translation>
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
            <source>&amp;Change my password…</source>
            <translation>&amp;Changer mon mot de passe…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>Changer d'&amp;utilisateur…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Results…</source>
            <translation>&amp;Résultats…</translation>
        </message>
        <message>
            <source>Certificate &amp;register…</source>
            <translation>Re&amp;gistre des certificats…</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;Statistiques…</translation>
        </message>
        <message>
            <source>E&amp;xchange bundles…</source>
            <translation>É&amp;changes de lots…</translation>
        </message>
        <message>
            <source>&amp;Verification site…</source>
            <translation>Site de &amp;vérification…</translation>
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
            <source>&amp;Tools</source>
            <translation>O&amp;utils</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;Vérifier la base de données…</translation>
        </message>
        <message>
            <source>&amp;Backup settings…</source>
            <translation>Réglages des &amp;sauvegardes…</translation>
        </message>
        <message>
            <source>C&amp;entre settings…</source>
            <translation>Paramètres du c&amp;entre…</translation>
        </message>
        <message>
            <source>The database file is damaged: changes are refused.</source>
            <translation>Le fichier de base de données est endommagé : les modifications sont refusées.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Latin digits (0–9)</source>
            <translation>Chiffres latins (0–9)</translation>
        </message>
        <message>
            <source>Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)</source>
            <translation>Nombres et dates avec les chiffres 0–9 au lieu de ceux de la langue (s'applique après un redémarrage)</translation>
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
            <source>Signed in as %1</source>
            <translation>Connecté en tant que %1</translation>
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
        <name>Messages</name>
        <message>
            <source>Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>La qualification {code} version {version} est remplacée et reste telle qu'elle était ; modifiez la version en vigueur ou créez une nouvelle version.</translation>
        </message>
        <message>
            <source>Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>La qualification {code} version {version} est utilisée ({enrolments} inscription(s), {certificates} certificat(s)) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>L'unité {code} version {version} est remplacée et reste telle qu'elle était ; modifiez la version en vigueur ou créez une nouvelle version.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>L'unité {code} version {version} est utilisée par {count} évaluation(s) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>L'unité {code} version {version} figure sur {count} certificat(s) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>L'unité {code} version {version} a {count} réponse(s) d'auto-évaluation : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>L'unité {code} version {version} est liée à {count} preuve(s) : elle ne peut pas être modifiée sur place ; créez une nouvelle version avec « Nouvelle version », modifiez-la et publiez-la.</translation>
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
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumis</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Renvoyé</translation>
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
            <source>Credit transfer</source>
            <translation>Transfert de crédits</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt.</source>
            <translation>Le résultat de {candidate} en {unit} est vérifié et verrouillé ; corrigez-le par un amendement (motivé) ou enregistrez une nouvelle tentative.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change.</source>
            <translation>Le résultat de {candidate} en {unit} est soumis et attend la vérification ; un vérificateur doit le renvoyer avant qu'il puisse changer.</translation>
        </message>
        <message>
            <source>Only the assessor of {candidate} in {unit} ({assessor}) records this result.</source>
            <translation>Seul l'évaluateur de {candidate} en {unit} ({assessor}) enregistre ce résultat.</translation>
        </message>
        <message>
            <source>{code} (attempt {attempt})</source>
            <translation>{code} (tentative {attempt})</translation>
        </message>
        <message>
            <source>The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds.</source>
            <translation>Le résultat {outcome} a été effacé : un critère n'est plus Satisfaisant. Enregistrez à nouveau le résultat quand il sera acquis.</translation>
        </message>
        <message>
            <source>{outcome} cannot be recorded for {candidate} in {unit}:</source>
            <translation>{outcome} ne peut pas être enregistré pour {candidate} en {unit} :</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} cannot be submitted yet:</source>
            <translation>Le résultat de {candidate} en {unit} ne peut pas encore être soumis :</translation>
        </message>
        <message>
            <source>no outcome is recorded</source>
            <translation>aucun résultat n'est enregistré</translation>
        </message>
        <message>
            <source>the assessor has not declared whether there is a conflict of interest</source>
            <translation>l'évaluateur n'a pas déclaré s'il y a un conflit d'intérêts</translation>
        </message>
        <message>
            <source>Describe the conflict of interest (for example a relative or an employee).</source>
            <translation>Décrivez le conflit d'intérêts (par exemple un parent ou un employé).</translation>
        </message>
        <message>
            <source>You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it.</source>
            <translation>Vous avez évalué {candidate} en {unit} : vous ne pouvez donc pas vérifier ni renvoyer ce résultat ; un autre vérificateur doit le faire.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is already verified and locked.</source>
            <translation>Le résultat de {candidate} en {unit} est déjà vérifié et verrouillé.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is not submitted; its assessor must submit it first.</source>
            <translation>Le résultat de {candidate} en {unit} n'est pas soumis ; son évaluateur doit d'abord le soumettre.</translation>
        </message>
        <message>
            <source>Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix.</source>
            <translation>Dites pourquoi le résultat de {candidate} en {unit} est renvoyé, pour que l'évaluateur sache quoi corriger.</translation>
        </message>
        <message>
            <source>the unit has no performance criteria to judge</source>
            <translation>l'unité n'a aucun critère de performance à juger</translation>
        </message>
        <message>
            <source>criteria not yet Satisfactory: {numbers}</source>
            <translation>critères pas encore Satisfaisants : {numbers}</translation>
        </message>
        <message>
            <source>no assessment method is recorded (observation, questioning, product, ...)</source>
            <translation>aucune méthode d'évaluation n'est enregistrée (observation, questions, produit…)</translation>
        </message>
        <message>
            <source>RPL granted is only for candidates enrolled on the RPL pathway</source>
            <translation>la VAE accordée est réservée aux candidats inscrits dans la voie VAE</translation>
        </message>
        <message>
            <source>credit transfer needs its source (the earlier qualification or statement and who issued it)</source>
            <translation>le transfert de crédits demande sa source (la qualification ou l'attestation antérieure et qui l'a délivrée)</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Délivré</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
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
            <source>Eligible</source>
            <translation>Admissible</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Non admissible</translation>
        </message>
        <message>
            <source>result</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>décision</translation>
        </message>
        <message>
            <source>checked by</source>
            <translation>contrôlé par</translation>
        </message>
        <message>
            <source>assessor</source>
            <translation>évaluateur</translation>
        </message>
        <message>
            <source>reason for return</source>
            <translation>motif du renvoi</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>commentaires</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>retour au candidat</translation>
        </message>
        <message>
            <source>assessment methods</source>
            <translation>méthodes d'évaluation</translation>
        </message>
        <message>
            <source>date of assessment</source>
            <translation>date de l'évaluation</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>conflit d'intérêts</translation>
        </message>
        <message>
            <source>credit transfer source</source>
            <translation>source du transfert de crédits</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>given names</source>
            <translation>prénoms</translation>
        </message>
        <message>
            <source>name in local script</source>
            <translation>nom dans l'écriture locale</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>date de naissance</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sexe</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>email</source>
            <translation>courriel</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>numéro de pièce d'identité</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nom complet</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>rôles</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>étape</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>reprints</source>
            <translation>réimpressions</translation>
        </message>
        <message>
            <source>reason for revocation</source>
            <translation>motif de la révocation</translation>
        </message>
        <message>
            <source>{record} {id}</source>
            <translation>{record} {id}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <source>Assessment session</source>
            <translation>Séance d'évaluation</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>Awarding body</source>
            <translation>Organisme certificateur</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>Critère de performance</translation>
        </message>
        <message>
            <source>Unit of a qualification</source>
            <translation>Unité d'une qualification</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clé de signature</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Signataire</translation>
        </message>
        <message>
            <source>Audit checkpoint</source>
            <translation>Point de contrôle du journal</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>RPL step</source>
            <translation>Étape de VAE</translation>
        </message>
        <message>
            <source>an assessment record (PDF)</source>
            <translation>un relevé d'évaluation (PDF)</translation>
        </message>
        <message>
            <source>an assessment record (printed)</source>
            <translation>un relevé d'évaluation (imprimé)</translation>
        </message>
        <message>
            <source>the results (Excel)</source>
            <translation>les résultats (Excel)</translation>
        </message>
        <message>
            <source>the certificate register (Excel)</source>
            <translation>le registre des certificats (Excel)</translation>
        </message>
        <message>
            <source>the statistics (Excel)</source>
            <translation>les statistiques (Excel)</translation>
        </message>
        <message>
            <source>{what}, by {user}</source>
            <translation>{what}, par {user}</translation>
        </message>
        <message>
            <source>Judgement {criterion} of assessment {id}</source>
            <translation>Jugement {criterion} de l'évaluation {id}</translation>
        </message>
        <message>
            <source>Evidence {id}</source>
            <translation>Preuve {id}</translation>
        </message>
        <message>
            <source>Assessment session {title} of {date}</source>
            <translation>Séance d'évaluation {title} du {date}</translation>
        </message>
        <message>
            <source>Certificate {serial}</source>
            <translation>Certificat {serial}</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>Utilisateur {name}</translation>
        </message>
        <message>
            <source>Export of {what}</source>
            <translation>Export de {what}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>« {text} »</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} › {after}</translation>
        </message>
        <message>
            <source>{subject}: {fields} changed</source>
            <translation>{subject} : {fields} modifiés</translation>
        </message>
        <message>
            <source>Judgement {criterion} of {candidate}, {unit} attempt {attempt}</source>
            <translation>Jugement {criterion} de {candidate}, {unit} tentative {attempt}</translation>
        </message>
        <message>
            <source>Assessment {id}</source>
            <translation>Évaluation {id}</translation>
        </message>
        <message>
            <source>Amendment {id}</source>
            <translation>Modification {id}</translation>
        </message>
        <message>
            <source>Appeal {id}</source>
            <translation>Recours {id}</translation>
        </message>
        <message>
            <source>Candidate {name} ({number})</source>
            <translation>Candidat {name} ({number})</translation>
        </message>
        <message>
            <source>Candidate {number}</source>
            <translation>Candidat {number}</translation>
        </message>
        <message>
            <source>Evidence “{what}” of {candidate}</source>
            <translation>Preuve « {what} » de {candidate}</translation>
        </message>
        <message>
            <source>Certificate {serial} of {candidate}</source>
            <translation>Certificat {serial} de {candidate}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{subject}: {change}</source>
            <translation>{subject} : {change}</translation>
        </message>
        <message>
            <source>{subject}: created</source>
            <translation>{subject} : créé</translation>
        </message>
        <message>
            <source>{subject}: deleted</source>
            <translation>{subject} : supprimé</translation>
        </message>
        <message>
            <source>{subject}: answers changed</source>
            <translation>{subject} : réponses modifiées</translation>
        </message>
        <message>
            <source>{subject}: changed</source>
            <translation>{subject} : modifié</translation>
        </message>
        <message>
            <source>{subject}: {changes}</source>
            <translation>{subject} : {changes}</translation>
        </message>
        <message>
            <source>{subject}: {stage} recorded</source>
            <translation>{subject} : {stage} enregistrée</translation>
        </message>
        <message>
            <source>{subject}: password changed</source>
            <translation>{subject} : mot de passe modifié</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>mot de passe modifié</translation>
        </message>
        <message>
            <source>{field} changed</source>
            <translation>{field} modifié</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field} : {before} › {after}</translation>
        </message>
        <message>
            <source>Assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>Évaluation de {candidate}, {unit} tentative {attempt}</translation>
        </message>
        <message>
            <source>Amendment of the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>Modification de l'évaluation de {candidate}, {unit} tentative {attempt}</translation>
        </message>
        <message>
            <source>Appeal on the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>Recours sur l'évaluation de {candidate}, {unit} tentative {attempt}</translation>
        </message>
        <message>
            <source>Qualification {code} version {version}</source>
            <translation>Qualification {code} version {version}</translation>
        </message>
        <message>
            <source>Unit {code} version {version}</source>
            <translation>Unité {code} version {version}</translation>
        </message>
        <message>
            <source>Enrolment of {candidate} in {qualification}</source>
            <translation>Inscription de {candidate} en {qualification}</translation>
        </message>
        <message>
            <source>Self-assessment of {candidate} in {qualification}</source>
            <translation>Auto-évaluation de {candidate} en {qualification}</translation>
        </message>
        <message>
            <source>RPL step of {candidate} in {qualification}</source>
            <translation>Étape de VAE de {candidate} en {qualification}</translation>
        </message>
        <message>
            <source>Enrolment {id} does not exist.</source>
            <translation>L'inscription {id} n'existe pas.</translation>
        </message>
        <message>
            <source>The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.</source>
            <translation>L'inscription en {qualification} ne suit pas la voie de la VAE : il n'y a pas de lacune à orienter.</translation>
        </message>
        <message>
            <source>No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.</source>
            <translation>Aucune unité de {qualification} n'est encore validée : l'orientation vers une formation complémentaire suit une validation partielle.</translation>
        </message>
        <message>
            <source>Every unit of {qualification} is achieved: there is no gap to train for.</source>
            <translation>Toutes les unités de {qualification} sont acquises : il n'y a pas de lacune à combler.</translation>
        </message>
        <message>
            <source>Units: {units} are achieved or not part of the enrolment.</source>
            <translation>Unités : {units} sont acquises ou ne font pas partie de l'inscription.</translation>
        </message>
        <message>
            <source>Date: {date} is in the future.</source>
            <translation>Date : {date} est dans le futur.</translation>
        </message>
        <message>
            <source>Date: {date} is before the enrolment ({enrolled}).</source>
            <translation>Date : {date} est antérieure à l'inscription ({enrolled}).</translation>
        </message>
        <message>
            <source>The referral was not recorded.</source>
            <translation>L'orientation n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Some remarks are for elements outside this enrolment.</source>
            <translation>Certaines remarques portent sur des éléments hors de cette inscription.</translation>
        </message>
        <message>
            <source>element {id}</source>
            <translation>élément {id}</translation>
        </message>
        <message>
            <source>No statement of attainment in {qualification} is issued to this candidate yet.</source>
            <translation>Aucune attestation de compétences en {qualification} n'a encore été délivrée à ce candidat.</translation>
        </message>
        <message>
            <source>{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.</source>
            <translation>{cells} n'est pas NUMÉRO=S, NUMÉRO=N ou NUMÉRO=clear (par exemple 1.2=S) ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).</source>
            <translation>Cette commande affiche des données personnelles : indiquez qui vous êtes avec --user NOM (mot de passe tiré de SKILLASSESS_PASSWORD, sinon demandé).</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>permission denied; choose another folder</source>
            <translation>permission refusée ; choisissez un autre dossier</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>le nom est trop long</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Impossible d'écrire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the folder {folder} does not exist; choose another folder.</source>
            <translation>Impossible d'écrire {path} : le dossier {folder} n'existe pas ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>le dossier n'existe pas</translation>
        </message>
        <message>
            <source>{value} is too large (at most {limit:,}).</source>
            <translation>{value} est trop grand (au plus {limit:,}).</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field} : {problem}</translation>
        </message>
        <message>
            <source>{length:,} characters, more than the {limit:,} it can hold; shorten it.</source>
            <translation>{length:,} caractères, plus que les {limit:,} qu'il peut contenir ; raccourcissez-le.</translation>
        </message>
        <message>
            <source>contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).</source>
            <translation>contient le caractère de contrôle invisible {code} à la position {position}, qui ne peut pas être enregistré ; supprimez-le (il vient souvent d'un copier-coller).</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the text named below.</source>
            <translation>Rien n'a été enregistré : corrigez le texte indiqué ci-dessous.</translation>
        </message>
        <message>
            <source>contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.</source>
            <translation>contient la marque de direction invisible {code} ({name}) à la position {position}, qui peut faire imprimer un nom à l'envers ; supprimez-la.</translation>
        </message>
        <message>
            <source>{record}, {field}: {problem}</source>
            <translation>{record}, {field} : {problem}</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>Le second dossier de sauvegarde {folder} est absent (la clé USB est-elle branchée ?) ; la sauvegarde est seulement dans le dossier de données.</translation>
        </message>
        <message>
            <source>Keep between 0 and {most} daily backups.</source>
            <translation>Conservez entre 0 et {most} sauvegardes quotidiennes.</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: {reason} Nothing was changed.</source>
            <translation>{archive} ne peut pas être restaurée : {reason} Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup.</source>
            <translation>ce n'est pas une sauvegarde SkillAssess.</translation>
        </message>
        <message>
            <source>its manifest is damaged.</source>
            <translation>son manifeste est endommagé.</translation>
        </message>
        <message>
            <source>it was made by a newer version of SkillAssess; install that version.</source>
            <translation>elle a été faite par une version plus récente de SkillAssess ; installez cette version.</translation>
        </message>
        <message>
            <source>restoring it needs {need} MB free in {folder}, and there are {free} MB.</source>
            <translation>la restaurer demande {need} Mo libres dans {folder}, et il y en a {free} Mo.</translation>
        </message>
        <message>
            <source>{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.</source>
            <translation>{path} est ouvert dans SkillAssess ou dans un autre programme : fermez-le, puis restaurez de nouveau. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>There is no file {archive}.</source>
            <translation>Le fichier {archive} n'existe pas.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (not a zip archive).</source>
            <translation>ce n'est pas une sauvegarde SkillAssess (ce n'est pas une archive zip).</translation>
        </message>
        <message>
            <source>its manifest is too large.</source>
            <translation>son manifeste est trop gros.</translation>
        </message>
        <message>
            <source>it names a file outside its own folders ({name}).</source>
            <translation>elle nomme un fichier hors de ses propres dossiers ({name}).</translation>
        </message>
        <message>
            <source>{name} is too large for a key file.</source>
            <translation>{name} est trop gros pour un fichier de clé.</translation>
        </message>
        <message>
            <source>it holds the same file twice.</source>
            <translation>elle contient deux fois le même fichier.</translation>
        </message>
        <message>
            <source>it holds files its manifest does not list ({name}).</source>
            <translation>elle contient des fichiers que son manifeste ne liste pas ({name}).</translation>
        </message>
        <message>
            <source>files listed in its manifest are missing ({name}).</source>
            <translation>des fichiers listés dans son manifeste manquent ({name}).</translation>
        </message>
        <message>
            <source>it holds no database (it was made from a PostgreSQL database).</source>
            <translation>elle ne contient pas de base de données (elle a été faite d'une base PostgreSQL).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.</source>
            <translation>elle contient une base SQLite ; restaurez-la dans un fichier avec : skillassess --db FICHIER restore ARCHIVE.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (it has no manifest).</source>
            <translation>ce n'est pas une sauvegarde SkillAssess (elle n'a pas de manifeste).</translation>
        </message>
        <message>
            <source>the database in it is damaged (SQLite's integrity check failed).</source>
            <translation>la base de données qu'elle contient est endommagée (le contrôle d'intégrité de SQLite a échoué).</translation>
        </message>
        <message>
            <source>the database in it is empty.</source>
            <translation>la base de données qu'elle contient est vide.</translation>
        </message>
        <message>
            <source>{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).</source>
            <translation>{name} a été modifié après la sauvegarde (son SHA-256 diffère du manifeste).</translation>
        </message>
        <message>
            <source>{name} in it is damaged (the zip check failed).</source>
            <translation>{name} est endommagé (le contrôle zip a échoué).</translation>
        </message>
        <message>
            <source>{name} is larger than its manifest says.</source>
            <translation>{name} est plus gros que ne le dit son manifeste.</translation>
        </message>
        <message>
            <source>There is no database file at {path} to back up.</source>
            <translation>Il n'y a pas de fichier de base de données à {path} à sauvegarder.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>Le fichier de base de données {path} est endommagé, SkillAssess n'y écrira donc pas. Restaurez la sauvegarde la plus récente ({backup}, faite le {made}) avec : {command} (ou Fichier &gt; Restaurer une sauvegarde… dans l'application).</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>Le fichier de base de données {path} est endommagé, SkillAssess n'y écrira donc pas. Aucune sauvegarde n'a été trouvée dans {folder} ; si vous en avez une ailleurs (une clé USB, par exemple), restaurez-la avec : {command} (ou Fichier &gt; Restaurer une sauvegarde… dans l'application).</translation>
        </message>
        <message>
            <source>There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File &gt; New database in the application).</source>
            <translation>Il n'y a pas de base SkillAssess à {path} : vérifiez le nom, ou créez-en une avec : {command} (ou Fichier &gt; Nouvelle base de données dans l'application).</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File &gt; New database in the application).</source>
            <translation>{path} est un fichier vide, pas une base SkillAssess : vérifiez le nom, ou créez-y une base avec : {command} (ou Fichier &gt; Nouvelle base de données dans l'application).</translation>
        </message>
        <message>
            <source>{path} cannot be opened: it is in use or cannot be read. This file was left untouched.</source>
            <translation>{path} ne peut pas être ouvert : il est utilisé ou illisible. Ce fichier n'a pas été touché.</translation>
        </message>
        <message>
            <source>Cannot open the database {name}. {reason}</source>
            <translation>Impossible d'ouvrir la base de données {name}. {reason}</translation>
        </message>
        <message>
            <source>The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.</source>
            <translation>La base de données {name} est vide (elle n'a pas les tables de SkillAssess) : vérifiez l'adresse, ou créez les tables avec : skillassess --db ADRESSE setup.</translation>
        </message>
        <message>
            <source>The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner's account (see "Several users on a PostgreSQL server" in the README), then again with this one.</source>
            <translation>La base de données {name} doit voir ses tables créées ou mises à jour pour cette version de SkillAssess, et le compte {user} n'en a pas le droit. Ouvrez-la une fois avec le compte du propriétaire de la base (voir « Several users on a PostgreSQL server » dans le README), puis de nouveau avec celui-ci.</translation>
        </message>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>La base de données est occupée : un autre utilisateur ou programme y enregistre. Rien n'a été modifié ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>La base de données ne peut pas être modifiée : le fichier ou son dossier est en lecture seule. Rien n'a été modifié ; autorisez l'écriture à cet endroit, ou copiez la base dans un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>Le disque qui contient la base de données est plein. Rien n'a été modifié ; libérez de la place et réessayez.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>Le fichier de la base de données n'a pas pu être lu ou écrit (problème de disque, de clé USB ou de réseau). Rien n'a été modifié ; vérifiez que le disque est branché et réessayez.</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>Le fichier de la base de données est endommagé. Rien n'a été modifié ; cessez de l'utiliser et restaurez la sauvegarde la plus récente.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>Le serveur de base de données est injoignable : il est arrêté, ou le réseau est coupé. Vérifiez la connexion ou demandez à la personne qui gère le serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>La modification entre en conflit avec une autre enregistrée au même moment, peut-être par un autre utilisateur. Rien n'a été modifié ; rouvrez la fiche et refaites la modification.</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>La base de données a signalé un problème. Rien n'a été modifié ; réessayez, et si cela se reproduit, signalez-le en joignant le fichier journal.</translation>
        </message>
        <message>
            <source>the system refused it</source>
            <translation>le système l'a refusé</translation>
        </message>
        <message>
            <source>a part of its path is a file, not a folder</source>
            <translation>une partie de son chemin est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>you may not write there</source>
            <translation>vous n'avez pas le droit d'y écrire</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator.</source>
            <translation>Le dossier de données {folder} ne peut pas être créé : {reason}. Choisissez un autre dossier avec SKILLASSESS_DATA_DIR, ou demandez à l'administrateur de l'ordinateur.</translation>
        </message>
        <message>
            <source>Competent (C)</source>
            <translation>Compétent (C)</translation>
        </message>
        <message>
            <source>Not Yet Competent (NYC)</source>
            <translation>Pas encore compétent (PEC)</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>Acquis validés (VAE)</translation>
        </message>
        <message>
            <source>Credit transfer (CT)</source>
            <translation>Transfert de crédits (TC)</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Abandon</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>Questionnement</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <translation>Rapport d'un tiers</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Draft (not final)</source>
            <translation>Brouillon (non définitif)</translation>
        </message>
        <message>
            <source>Submitted, awaiting verification</source>
            <translation>Soumise, en attente de vérification</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Returned to the assessor</source>
            <translation>Renvoyée à l'évaluateur</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>NYS</source>
            <translation>NYS</translation>
        </message>
        <message>
            <source>Recognition of Prior Learning</source>
            <translation>Validation des acquis de l'expérience</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signature :</translation>
        </message>
        <message>
            <source> — from: {source}</source>
            <translation> — de : {source}</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>Commentaires de l'évaluateur</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>Retour donné au candidat</translation>
        </message>
        <message>
            <source>Not declared.</source>
            <translation>Non déclaré.</translation>
        </message>
        <message>
            <source>Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}</source>
            <translation>Évaluation {id} — {regno} — {unit} tentative {attempt} — imprimé le {date}</translation>
        </message>
        <message>
            <source>Assessment record</source>
            <translation>Fiche d'évaluation</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Recours</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>{code} version {version} — {title}</source>
            <translation>{code} version {version} — {title}</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <source>Date and venue</source>
            <translation>Date et lieu</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Methods used</source>
            <translation>Méthodes utilisées</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Performance criteria</source>
            <translation>Critères de performance</translation>
        </message>
        <message>
            <source>Element {position}: {title}</source>
            <translation>Élément {position} : {title}</translation>
        </message>
        <message>
            <source>S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.</source>
            <translation>S = Satisfaisant ; NYS = Pas encore satisfaisant ; — = non évalué.</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Conflit d'intérêts</translation>
        </message>
        <message>
            <source>The assessor declared a conflict of interest: {details}</source>
            <translation>L'évaluateur a déclaré un conflit d'intérêts : {details}</translation>
        </message>
        <message>
            <source>The assessor declared no conflict of interest with this candidate.</source>
            <translation>L'évaluateur a déclaré n'avoir aucun conflit d'intérêts avec ce candidat.</translation>
        </message>
        <message>
            <source>Status: {status}. This record is not final until it is verified.</source>
            <translation>Statut : {status}. Cette fiche n'est définitive qu'une fois vérifiée.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Jugement</translation>
        </message>
        <message>
            <source>Criteria not yet Satisfactory: {criteria}</source>
            <translation>Critères pas encore satisfaisants : {criteria}</translation>
        </message>
        <message>
            <source>Returned by the verifier</source>
            <translation>Renvoyée par le vérificateur</translation>
        </message>
        <message>
            <source>Amendments after verification</source>
            <translation>Rectifications après vérification</translation>
        </message>
        <message>
            <source>Attempts at this unit</source>
            <translation>Tentatives pour cette unité</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Page {page}</translation>
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
            <source>Submitted: {date}</source>
            <translation>Soumise le {date}</translation>
        </message>
        <message>
            <source>Verified: {date}</source>
            <translation>Vérifiée le {date}</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Visas</translation>
        </message>
        <message>
            <source>Attempt {attempt}: {date}, {outcome}, {status}</source>
            <translation>Tentative {attempt} : {date}, {outcome}, {status}</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>aucun résultat</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file} : le classeur est endommagé ou n'est pas un simple fichier Excel ; rien n'a été modifié. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et réessayez.</translation>
        </message>
        <message>
            <source>{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.</source>
            <translation>{file} : le JSON est imbriqué bien trop profondément (plus de mille niveaux) ; un paquet CASE n'a que quelques niveaux. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{file}: not valid JSON ({problem}).</source>
            <translation>{file} : JSON non valide ({problem}).</translation>
        </message>
        <message>
            <source>The bundle's manifest could not be made ({problem}).</source>
            <translation>Le manifeste du lot n'a pas pu être créé ({problem}).</translation>
        </message>
        <message>
            <source>The file is empty; choose a PNG or JPEG image.</source>
            <translation>Le fichier est vide ; choisissez une image PNG ou JPEG.</translation>
        </message>
        <message>
            <source>The image is {size} KB; use an image of at most {limit} KB.</source>
            <translation>L'image fait {size} Ko ; utilisez une image de {limit} Ko au plus.</translation>
        </message>
        <message>
            <source>The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.</source>
            <translation>Le fichier n'est pas une image PNG ou JPEG ; enregistrez-le en PNG ou JPEG et choisissez-le à nouveau.</translation>
        </message>
        <message>
            <source>The image is damaged and cannot be read; save it again as PNG or JPEG.</source>
            <translation>L'image est endommagée et ne peut pas être lue ; enregistrez-la à nouveau en PNG ou JPEG.</translation>
        </message>
        <message>
            <source>The image is {width} × {height} pixels; use one of at most {limit} pixels a side.</source>
            <translation>L'image fait {width} × {height} pixels ; utilisez-en une de {limit} pixels de côté au plus.</translation>
        </message>
        <message>
            <source>{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration &gt; Competencies &gt; Export competency framework).</source>
            <translation>{file} : ce n'est pas un CSV de référentiel de compétences Moodle : la ou les colonnes {columns} manquent à la ligne 1. Exportez le référentiel depuis Moodle (Administration du site &gt; Compétences &gt; Exporter le référentiel de compétences).</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): not a readable CSV file ({reason}).</source>
            <translation>{file}, ligne {row} (ligne {line} du fichier) : ce n'est pas un fichier CSV lisible ({reason}).</translation>
        </message>
        <message>
            <source>Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.</source>
            <translation>{count} ligne(s) lue(s) : 1 référentiel et {competencies} compétences ; écrit : {units} unité(s), {elements} élément(s), {criteria} critère(s) de performance.</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?</source>
            <translation>{file}, ligne {row} (ligne {line} du fichier) : un champ de plus de {limit:,} caractères ; est-ce le bon fichier ?</translation>
        </message>
        <message>
            <source>{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).</source>
            <translation>{file}, ligne {row} : {id} est à {depth:,} niveaux sous le référentiel ; SkillAssess en accepte {limit} au plus (unités, éléments, critères et les niveaux en dessous).</translation>
        </message>
        <message>
            <source>{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.</source>
            <translation>{file} : le référentiel ne peut pas être importé ({count} problème(s)) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.</source>
            <translation>{file} : le référentiel a {levels} niveau(x) ; les unités peuvent être du niveau 1 au niveau {levels}, pas au niveau {level}.</translation>
        </message>
        <message>
            <source>The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them.</source>
            <translation>L'en-tête de la ligne 1 ne nomme pas les colonnes de Moodle ; elles ont été lues par position, comme Moodle les lit.</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).</source>
            <translation>Correspondance : référentiel {code} → qualification ; ses {units} compétences de niveau {u} → unités (numéro d'identification → code de l'unité), chacune avec un élément et un critère de performance du même nom (nom abrégé, puis description).</translation>
        </message>
        <message>
            <source>{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.</source>
            <translation>{count} numéro(s) d'identification d'unité de plus de 40 caractères ont reçu un code généré : {ids}.</translation>
        </message>
        <message>
            <source>the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent.</source>
            <translation>l'échelle du référentiel ({scale}) : SkillAssess juge chaque critère compétent ou pas encore compétent.</translation>
        </message>
        <message>
            <source>the framework's scale configuration (which values are proficient).</source>
            <translation>la configuration de l'échelle du référentiel (les valeurs qui valent maîtrise).</translation>
        </message>
        <message>
            <source>the framework's taxonomy (names of its levels): {taxonomy}.</source>
            <translation>la taxonomie du référentiel (noms de ses niveaux) : {taxonomy}.</translation>
        </message>
        <message>
            <source>the own scales of {count} competencies: {ids}.</source>
            <translation>les échelles propres de {count} compétences : {ids}.</translation>
        </message>
        <message>
            <source>the completion rules of {count} competencies: {rules}.</source>
            <translation>les règles d'achèvement de {count} compétences : {rules}.</translation>
        </message>
        <message>
            <source>the cross-references of {count} competencies: {refs}.</source>
            <translation>les références croisées de {count} compétences : {refs}.</translation>
        </message>
        <message>
            <source>the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.</source>
            <translation>les descriptions de {count} unité(s) et élément(s) (SkillAssess n'en conserve pas pour eux) : {ids}.</translation>
        </message>
        <message>
            <source>the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.</source>
            <translation>les numéros d'identification de {count} éléments, critères et compétences plus profondes (SkillAssess les numérote 1, 1.1, ...) : {ids}.</translation>
        </message>
        <message>
            <source>Not imported (no place in SkillAssess):</source>
            <translation>Non importé (sans place dans SkillAssess) :</translation>
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.</source>
            <translation>{file}, ligne {line} : le fichier n'est pas du texte UTF-8 ; enregistrez le CSV en UTF-8 (dans Excel : CSV UTF-8 ; dans LibreOffice : jeu de caractères Unicode (UTF-8)) et réessayez.</translation>
        </message>
        <message>
            <source>{file}: the file is empty; choose a Moodle competency framework CSV.</source>
            <translation>{file} : le fichier est vide ; choisissez un CSV de référentiel de compétences Moodle.</translation>
        </message>
        <message>
            <source>{where}, column ID number: the ID number is empty.</source>
            <translation>{where}, colonne ID number : le numéro d'identification est vide.</translation>
        </message>
        <message>
            <source>{where}: the ID number {id} appears twice (also row {other}).</source>
            <translation>{where} : le numéro d'identification {id} apparaît deux fois (aussi à la ligne {other}).</translation>
        </message>
        <message>
            <source>{where}, column Short name: the short name of {id} is empty.</source>
            <translation>{where}, colonne Short name : le nom abrégé de {id} est vide.</translation>
        </message>
        <message>
            <source>{file}: the column Is framework is missing from row 1.</source>
            <translation>{file} : la colonne Is framework manque à la ligne 1.</translation>
        </message>
        <message>
            <source>{file}: no framework row (a row with Is framework = 1).</source>
            <translation>{file} : aucune ligne de référentiel (une ligne avec Is framework = 1).</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parent {parent} of {id} is not in the file.</source>
            <translation>{file}, ligne {row} : le parent {parent} de {id} n'est pas dans le fichier.</translation>
        </message>
        <message>
            <source>Level 1 is above the units and has no place: {count} competencies ({ids}).</source>
            <translation>Le niveau 1 est au-dessus des unités et n'a pas de place : {count} compétences ({ids}).</translation>
        </message>
        <message>
            <source>Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).</source>
            <translation>Les niveaux 1 à {last} sont au-dessus des unités et n'ont pas de place : {count} compétences ({ids}).</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).</source>
            <translation>Correspondance : référentiel {code} → qualification ; niveau {u} → {units} unité(s) (numéro d'identification → code de l'unité), chacune avec un élément du même intitulé ; niveau {e} → {criteria} critère(s) de performance de cet élément (nom abrégé, puis description).</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).</source>
            <translation>Correspondance : référentiel {code} → qualification ; niveau {u} → {units} unité(s) (numéro d'identification → code de l'unité) ; niveau {e} → {elements} élément(s) ; niveau {c} → {criteria} critère(s) de performance (nom abrégé, puis description) ; {deeper} compétences du niveau {f} et au-delà → intégrées au texte de leur critère, une ligne chacune (- nom abrégé : description).</translation>
        </message>
        <message>
            <source>- {what}</source>
            <translation>- {what}</translation>
        </message>
        <message>
            <source>{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).</source>
            <translation>{file}, ligne {row} : plus de {limit:,} lignes ; un référentiel aussi grand n'est pas un référentiel de compétences de métier (est-ce le bon fichier ?).</translation>
        </message>
        <message>
            <source>{where}: a second framework (the first is on row {first}); import one framework per file.</source>
            <translation>{where} : un second référentiel (le premier est à la ligne {first}) ; importez un seul référentiel par fichier.</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parents of {id} form a cycle ({cycle}).</source>
            <translation>{file}, ligne {row} : les parents de {id} forment un cycle ({cycle}).</translation>
        </message>
        <message>
            <source>This file is far too large to be a badge ({size} bytes).</source>
            <translation>Ce fichier est bien trop grand pour être un badge ({size} octets).</translation>
        </message>
        <message>
            <source>The badge is empty.</source>
            <translation>Le badge est vide.</translation>
        </message>
        <message>
            <source>This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.</source>
            <translation>Ce n'est ni un badge au format JWT (trois parties base64url séparées par des points) ni une attestation JSON ; il a peut-être été modifié.</translation>
        </message>
        <message>
            <source>it has no @context</source>
            <translation>il n'a pas de @context</translation>
        </message>
        <message>
            <source>its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)</source>
            <translation>son type est {types}, pas OpenBadgeCredential (ni AchievementCredential)</translation>
        </message>
        <message>
            <source>it names no issuer</source>
            <translation>il ne nomme aucun émetteur</translation>
        </message>
        <message>
            <source>it has no credentialSubject</source>
            <translation>il n'a pas de credentialSubject</translation>
        </message>
        <message>
            <source>This file is not text: a badge is a .jwt file or a JSON credential.</source>
            <translation>Ce fichier n'est pas du texte : un badge est un fichier .jwt ou une attestation JSON.</translation>
        </message>
        <message>
            <source>The badge's JWT is not valid base64url: it was changed or damaged.</source>
            <translation>Le JWT du badge n'est pas du base64url valide : il a été modifié ou endommagé.</translation>
        </message>
        <message>
            <source>the type of its subject is {types}, not {wanted}</source>
            <translation>le type de son sujet est {types}, pas {wanted}</translation>
        </message>
        <message>
            <source>evidence {n} is of type {types}, not Evidence</source>
            <translation>la preuve {n} est de type {types}, pas Evidence</translation>
        </message>
        <message>
            <source>it has no validFrom (nor issuanceDate)</source>
            <translation>il n'a pas de validFrom (ni issuanceDate)</translation>
        </message>
        <message>
            <source>it expired on {date}</source>
            <translation>il a expiré le {date}</translation>
        </message>
        <message>
            <source>its JWT jti differs from its id</source>
            <translation>le jti de son JWT diffère de son id</translation>
        </message>
        <message>
            <source>its JWT iss differs from its issuer</source>
            <translation>l'iss de son JWT diffère de son émetteur</translation>
        </message>
        <message>
            <source>it is not valid before {date}</source>
            <translation>il n'est pas valide avant le {date}</translation>
        </message>
        <message>
            <source>Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.</source>
            <translation>Lisez chaque énoncé et cochez une seule case : Je sais le faire (seul, selon la norme), Avec de l'aide (je l'ai fait guidé par quelqu'un), ou Pas encore. Il n'y a pas de mauvaise réponse : vos réponses aident l'évaluateur à préparer ce qu'il examinera avec vous.</translation>
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
            <source>{regno} · {qualification} · self-assessment</source>
            <translation>{regno} · {qualification} · auto-évaluation</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>the Open Badges of certificates (.jwt)</source>
            <translation>les Open Badges de certificats (.jwt)</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>Self-assessment checklist</source>
            <translation>Grille d'auto-évaluation</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Numéro d'inscription</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Candidate's signature</source>
            <translation>Signature du candidat</translation>
        </message>
        <message>
            <source>Assessor's signature</source>
            <translation>Signature de l'évaluateur</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file} : le classeur est endommagé ({where} ne peut pas être décompressé) ; rien n'a été modifié. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et réessayez.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).</source>
            <translation>{file} n'est pas un classeur Excel (.xlsx) lisible : il n'a pas de partie classeur (est-ce un autre type de document renommé en .xlsx ?).</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.</source>
            <translation>{file} : le classeur est endommagé ou n'est pas un simple fichier Excel (sa liste de feuilles est illisible) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).</source>
            <translation>{file} n'est pas un classeur Excel (.xlsx) lisible : ce n'est pas un paquet ZIP ; enregistrez-le depuis Excel ou LibreOffice comme classeur Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.</source>
            <translation>{file} : le classeur a {count:,} parties, plus qu'aucun tableur n'en écrit ; il a été refusé et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.</source>
            <translation>{file} : le classeur fait {size} Mo une fois décompressé, plus que les {limit} Mo qu'accepte une importation ; rien n'a été modifié. Est-ce le bon fichier ? Répartissez une très longue liste sur plusieurs fichiers.</translation>
        </message>
        <message>
            <source>{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.</source>
            <translation>{file} : une partie du classeur ({part}) est compressée {ratio:,} pour 1, bien plus qu'aucun tableur ; le fichier a été refusé comme possible bombe zip et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.</source>
            <translation>{file} : le texte du classeur fait {size} Mo une fois décompressé, plus que les {limit} Mo qu'accepte une importation ; rien n'a été modifié. Répartissez une très longue liste sur plusieurs fichiers.</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.</source>
            <translation>{file} : la feuille {sheet} a plus de {limit:,} lignes (les lignes vides comptent aussi) ; au plus {limit:,} peuvent être importées à la fois, et rien n'a été modifié. Supprimez les lignes vides sous la liste, ou répartissez la liste sur plusieurs fichiers.</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file} : le classeur est endommagé : {where} contient le caractère de contrôle {code} (octet {offset:,}), qu'un tableur n'écrit jamais ; rien n'a été modifié. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et réessayez.</translation>
        </message>
        <message>
            <source>{values}</source>
            <translation>{values}</translation>
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
            <source>Portfolio of evidence</source>
            <translation>Dossier de preuves</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Certification</translation>
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
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Responsable des inscriptions</translation>
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
            <source>{text}</source>
            <translation>{text}</translation>
        </message>
        <message>
            <source>A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.</source>
            <translation>Une modification de {tables} n'a pas été inscrite au journal d'audit ; elle n'a donc pas été enregistrée. C'est un défaut de SkillAssess : merci de le signaler.</translation>
        </message>
        <message>
            <source>A change to {table} could not be followed for the audit log; nothing was saved.</source>
            <translation>Une modification de {table} n'a pas pu être suivie pour le journal d'audit ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.</source>
            <translation>{table} ({record}) : le journal d'audit (entrée {entry}) inscrit sa suppression, mais il est dans la base de données.</translation>
        </message>
        <message>
            <source>The audit log is intact: {count} entries checked, and {records} records match it.</source>
            <translation>Le journal d'audit est intact : {count} entrées vérifiées, et {records} enregistrements lui correspondent.</translation>
        </message>
        <message>
            <source>{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.</source>
            <translation>{table} ({record}), {field} : le journal d'audit (entrée {entry}) dit {audited}, la base de données contient {found}.</translation>
        </message>
        <message>
            <source>{table} ({record}): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>{table} ({record}) : aucune entrée d'audit n'inscrit cet enregistrement ; il a été ajouté hors de SkillAssess.</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.</source>
            <translation>{table} ({record}) : le journal d'audit (entrée {entry}) l'inscrit, mais il n'est plus dans la base de données ; il a été supprimé hors de SkillAssess.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry {entry}: {problem}.</source>
            <translation>Le journal d'audit est rompu à l'entrée {entry} : {problem}.</translation>
        </message>
        <message>
            <source>{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.</source>
            <translation>{count} enregistrement(s) diffèrent de ce que dit le journal d'audit : ils ont été modifiés hors de SkillAssess.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… et {count} de plus.</translation>
        </message>
        <message>
            <source>The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).</source>
            <translation>La vérification est faite pour les fichiers SQLite ; pour {name}, utilisez les outils du serveur (pg_amcheck).</translation>
        </message>
        <message>
            <source>{path} is not a SkillAssess database (it is not a SQLite file).</source>
            <translation>{path} n'est pas une base SkillAssess (ce n'est pas un fichier SQLite).</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({reason}); nothing was kept of it.</source>
            <translation>La sauvegarde n'a pas pu être écrite dans {folder} ({reason}) ; rien n'en a été gardé.</translation>
        </message>
        <message>
            <source>The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.</source>
            <translation>La sauvegarde n'a pas pu être mise en place ({reason}). Fermez SkillAssess partout où la base est ouverte et réessayez.</translation>
        </message>
        <message>
            <source>The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.</source>
            <translation>La sauvegarde n'a pas pu être copiée dans le second dossier {folder} ({reason}) ; elle est seulement dans le dossier de données.</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.</source>
            <translation>{archive} ne peut pas être restaurée : son journal d'audit est rompu ({problem}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.</source>
            <translation>Ce badge n'est pas émis par un centre que cette base de données connaît (émetteur : {issuer}) ; {why} Demandez à son émetteur, ou à un vérificateur qui lui fait confiance, de le confirmer.</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is genuine and in force.</source>
            <translation>Le badge du certificat {serial} est authentique et en vigueur.</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it gets no badge.</source>
            <translation>Le certificat {serial} est révoqué ({reason}) ; il n'a pas de badge.</translation>
        </message>
        <message>
            <source>Choose at least one certificate.</source>
            <translation>Choisissez au moins un certificat.</translation>
        </message>
        <message>
            <source>No badge was written:</source>
            <translation>Aucun badge n'a été écrit :</translation>
        </message>
        <message>
            <source>{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.</source>
            <translation>{path} : un badge s'écrit dans un fichier .jwt (l'attestation signée, telle que les portefeuilles l'importent) ; un fichier .json contiendrait l'attestation sans sa signature. Indiquez FICHIER.jwt, FICHIER.zip ou un dossier.</translation>
        </message>
        <message>
            <source>{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).</source>
            <translation>{path} : indiquez FICHIER.jwt (un certificat), FICHIER.zip ou un dossier (un .jwt par certificat).</translation>
        </message>
        <message>
            <source>The badge is signed with a registered centre's key but names no certificate.</source>
            <translation>Le badge est signé avec la clé d'un centre enregistré mais ne nomme aucun certificat.</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states something else than the certificate {serial} it carries.</source>
            <translation>La signature du badge est valide, mais il indique autre chose que le certificat {serial} qu'il contient.</translation>
        </message>
        <message>
            <source>This badge is not valid: {problems}.</source>
            <translation>Ce badge n'est pas valide : {problems}.</translation>
        </message>
        <message>
            <source>its proof ({kinds}) cannot be checked here.</source>
            <translation>sa preuve ({kinds}) ne peut pas être vérifiée ici.</translation>
        </message>
        <message>
            <source>it carries no proof at all.</source>
            <translation>il ne porte aucune preuve.</translation>
        </message>
        <message>
            <source>it is signed with {alg}, and no key here can check it.</source>
            <translation>il est signé avec {alg}, et aucune clé ici ne peut le vérifier.</translation>
        </message>
        <message>
            <source>its JWT names no Ed25519 key.</source>
            <translation>son JWT ne nomme aucune clé Ed25519.</translation>
        </message>
        <message>
            <source>its key {key} is not one of this centre's keys.</source>
            <translation>sa clé {key} n'est pas une clé de ce centre.</translation>
        </message>
        <message>
            <source>The badge's signature does not match its content: it was changed or forged.</source>
            <translation>La signature du badge ne correspond pas à son contenu : il a été modifié ou falsifié.</translation>
        </message>
        <message>
            <source>The badge is signed with this centre's key but names no certificate.</source>
            <translation>Le badge est signé avec la clé de ce centre mais ne nomme aucun certificat.</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states another {fields} than the register entry of {serial}.</source>
            <translation>La signature du badge est valide, mais il indique un autre {fields} que l'inscription au registre de {serial}.</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is revoked: {reason}</source>
            <translation>Le badge du certificat {serial} est révoqué : {reason}</translation>
        </message>
        <message>
            <source>{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.</source>
            <translation>{path} : un fichier .jwt contient un seul badge ; pour {count} certificats, indiquez un dossier ou un fichier .zip.</translation>
        </message>
        <message>
            <source>This is not a readable badge: {problem}</source>
            <translation>Ce n'est pas un badge lisible : {problem}</translation>
        </message>
        <message>
            <source>This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.</source>
            <translation>Cette attestation nomme un certificat SkillAssess mais ne porte aucune signature : seul le fichier .jwt écrit par le centre peut être vérifié.</translation>
        </message>
        <message>
            <source>The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.</source>
            <translation>Le badge a été signé avec la clé {key}, qui n'est pas une clé de confiance de ce centre : {problem}. N'acceptez pas ce badge.</translation>
        </message>
        <message>
            <source>Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.</source>
            <translation>Certificat inconnu : la signature du badge est authentique (clé {key}), mais le certificat {serial} n'est pas dans le registre de cette base de données.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.</source>
            <translation>Rien n'a été importé de {file} : la qualification {code} a été remplacée pendant la vérification du fichier ; importez le fichier de nouveau.</translation>
        </message>
        <message>
            <source>it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.</source>
            <translation>elle compte {length} caractères ; utilisez une adresse de {limit} caractères au plus, pour que les codes QR restent lisibles.</translation>
        </message>
        <message>
            <source>use a web address without spaces or accented letters, for example {example}</source>
            <translation>utilisez une adresse web sans espaces ni lettres accentuées, par exemple {example}</translation>
        </message>
        <message>
            <source>this is not a web address; write it as {example}</source>
            <translation>ce n'est pas une adresse web ; écrivez-la sous la forme {example}</translation>
        </message>
        <message>
            <source>the host name {host} is not a public web address, for example {example}</source>
            <translation>le nom d'hôte {host} n'est pas celui d'une adresse web publique, comme {example}</translation>
        </message>
        <message>
            <source>the address may not contain ? or # (the certificate is added after #).</source>
            <translation>l'adresse ne peut contenir ni « ? » ni « # » (le certificat est ajouté après « # »).</translation>
        </message>
        <message>
            <source>the address must end with / (for example {example})</source>
            <translation>l'adresse doit se terminer par / (par exemple {example})</translation>
        </message>
        <message>
            <source>The centre is not set up yet (name, code, country); an administrator sets it up first.</source>
            <translation>Le centre n'est pas encore configuré (nom, code, pays) ; un administrateur le configure d'abord.</translation>
        </message>
        <message>
            <source>the address must start with https:// (http:// only for localhost), for example {example}</source>
            <translation>l'adresse doit commencer par https:// (http:// seulement pour localhost), par exemple {example}</translation>
        </message>
        <message>
            <source>Centre name</source>
            <translation>Nom du centre</translation>
        </message>
        <message>
            <source>enter the centre's name.</source>
            <translation>indiquez le nom du centre.</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>Code du centre</translation>
        </message>
        <message>
            <source>1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.</source>
            <translation>1 à 20 lettres, chiffres ou traits d'union (par exemple ACC) ; il commence chaque numéro de série de certificat.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>the two-letter ISO code, for example GH, ET or LB.</source>
            <translation>le code ISO à deux lettres, par exemple GH, ET ou LB.</translation>
        </message>
        <message>
            <source>Verification address</source>
            <translation>Adresse de vérification</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Signataires</translation>
        </message>
        <message>
            <source>a certificate has room for {limit} signatories; remove {extra}.</source>
            <translation>un certificat a de la place pour {limit} signataires ; retirez-en {extra}.</translation>
        </message>
        <message>
            <source>The centre settings were not saved:</source>
            <translation>Les paramètres du centre n'ont pas été enregistrés :</translation>
        </message>
        <message>
            <source>There is no signatory {n}; the centre has {count}.</source>
            <translation>Il n'y a pas de signataire {n} ; le centre en a {count}.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Signatory {n}</source>
            <translation>Signataire {n}</translation>
        </message>
        <message>
            <source>enter the name, or remove the signatory.</source>
            <translation>indiquez le nom, ou retirez le signataire.</translation>
        </message>
        <message>
            <source>{lang} is not a certificate language.</source>
            <translation>{lang} n'est pas une langue de certificat.</translation>
        </message>
        <message>
            <source>Signatory {n}, signature</source>
            <translation>Signataire {n}, signature</translation>
        </message>
        <message>
            <source>Signatory {n}, title ({lang})</source>
            <translation>Signataire {n}, fonction ({lang})</translation>
        </message>
        <message>
            <source>{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).</source>
            <translation>{path} : le fichier doit finir par .pdf (un seul PDF) ou .zip (un PDF par certificat).</translation>
        </message>
        <message>
            <source>No certificate was reprinted.</source>
            <translation>Aucun certificat n'a été réimprimé.</translation>
        </message>
        <message>
            <source>No certificate was issued.</source>
            <translation>Aucun certificat n'a été délivré.</translation>
        </message>
        <message>
            <source>{problem} {nothing}</source>
            <translation>{problem} {nothing}</translation>
        </message>
        <message>
            <source>Certificate {serial} is genuine and in force (issued by the registered centre {centre}).</source>
            <translation>Le certificat {serial} est authentique et en vigueur (délivré par le centre enregistré {centre}).</translation>
        </message>
        <message>
            <source>Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it.</source>
            <translation>Certificat inconnu : la signature est authentique (clé {key}), mais le certificat {serial} n'est pas dans le registre de cette base. Seul le registre du centre qui l'a délivré peut le confirmer.</translation>
        </message>
        <message>
            <source>The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.</source>
            <translation>L'entrée de registre du certificat {serial} a été modifiée hors de SkillAssess ({problem}) ; elle ne peut pas être confirmée. Un administrateur lance skillassess audit verify.</translation>
        </message>
        <message>
            <source>The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.</source>
            <translation>La clé du badge n'est pas une clé Ed25519 valide (jwk ou did:key) : elle a été modifiée ou endommagée.</translation>
        </message>
        <message>
            <source>The badge is not a JSON object in UTF-8: it was changed or damaged.</source>
            <translation>Le badge n'est pas un objet JSON en UTF-8 : il a été modifié ou endommagé.</translation>
        </message>
        <message>
            <source>a date in it is not a date and time ({date})</source>
            <translation>une date n'y est pas une date et heure ({date})</translation>
        </message>
        <message>
            <source>The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.</source>
            <translation>La signature est authentique (clé {key} du centre {centre}), mais le certificat {serial} n'est pas encore parvenu au registre national : aucun lot de {centre} importé ici ne le mentionne.</translation>
        </message>
        <message>
            <source>Certificate {serial} of the centre {centre} was revoked: {reason}</source>
            <translation>Le certificat {serial} du centre {centre} a été révoqué : {reason}</translation>
        </message>
        <message>
            <source>The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.</source>
            <translation>Le contenu a été signé avec la clé {key}, qui n'est pas une clé de confiance de ce centre : {problem}. N'acceptez pas ce certificat.</translation>
        </message>
        <message>
            <source>Choose at least one candidate to certify.</source>
            <translation>Choisissez au moins un candidat à certifier.</translation>
        </message>
        <message>
            <source>No certificate was issued:</source>
            <translation>Aucun certificat n'a été délivré :</translation>
        </message>
        <message>
            <source>No certificate was printed:</source>
            <translation>Aucun certificat n'a été imprimé :</translation>
        </message>
        <message>
            <source>{regno}: {code} is chosen twice.</source>
            <translation>{regno} : {code} est choisi deux fois.</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it cannot be printed.</source>
            <translation>Le certificat {serial} est révoqué ({reason}) ; il ne peut pas être imprimé.</translation>
        </message>
        <message>
            <source>Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.</source>
            <translation>Restaurez la sauvegarde la plus récente (skillassess restore FICHIER), ou un administrateur inscrit la perte (skillassess audit accept-loss, ou Vérifier le journal sur la page Journal d'audit) ; d'ici là, rien ne peut être enregistré.</translation>
        </message>
        <message>
            <source>The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.</source>
            <translation>Le point de contrôle d'audit du {at} ({expected} entrées, signé avec la clé {key}) est contenu dans le journal ; {added} entrées ont été ajoutées depuis.</translation>
        </message>
        <message>
            <source>The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}</source>
            <translation>Le point de contrôle d'audit écrit le {at} inscrit {expected} entrées d'audit, mais la base en contient {found} : les modifications les plus récentes manquent (un fichier -wal perdu après un plantage, une copie de la base faite pendant une écriture, ou des entrées supprimées). {hint}</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}</source>
            <translation>Le journal d'audit ne contient plus les entrées que son point de contrôle du {at} inscrit (l'entrée {entry} diffère) : le journal a été réécrit ou remplacé. {hint}</translation>
        </message>
        <message>
            <source>The audit log holds its checkpoint.</source>
            <translation>Le journal d'audit contient son point de contrôle.</translation>
        </message>
        <message>
            <source>There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.</source>
            <translation>Il n'y a pas de point de contrôle d'audit ({path}) : la suppression des dernières entrées du journal ne pourrait pas être détectée. SkillAssess l'écrit après chaque modification ; si vous avez copié la base, copiez son fichier .checkpoint avec elle.</translation>
        </message>
        <message>
            <source>The audit log holds every entry its checkpoint records: there is no loss to record.</source>
            <translation>Le journal d'audit contient toutes les entrées que son point de contrôle inscrit : il n'y a pas de perte à inscrire.</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>Le journal d'audit est vide ; il n'y a pas encore de point de contrôle.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.</source>
            <translation>Le point de contrôle d'audit {path} est illisible ; il n'a pas été utilisé. La prochaine modification en écrit un nouveau.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one.</source>
            <translation>Le point de contrôle d'audit {path} est signé avec une clé que cet ordinateur ne connaît pas (la clé de point de contrôle d'un autre ordinateur, ou le fichier a été remplacé) ; il n'a pas été utilisé. La prochaine modification en écrit un nouveau.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.</source>
            <translation>Le point de contrôle d'audit {path} ne correspond pas à sa signature : il a été modifié hors de SkillAssess.</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}; see skillassess exchange partners.</source>
            <translation>Aucun centre enregistré n'a le code {code} ; voir skillassess exchange partners.</translation>
        </message>
        <message>
            <source>An exchange bundle's file name ends in .sabundle: {file}</source>
            <translation>Le nom de fichier d'un lot d'échange se termine par .sabundle : {file}</translation>
        </message>
        <message>
            <source>The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.</source>
            <translation>Le taux d'échantillonnage est une fraction supérieure à 0 et au plus égale à 1, par ex. 0.1 pour 10 %.</translation>
        </message>
        <message>
            <source>The minimum sample size cannot be negative.</source>
            <translation>La taille minimale de l'échantillon ne peut pas être négative.</translation>
        </message>
        <message>
            <source>A moderation outcome is confirmed or not_confirmed, not {outcome}.</source>
            <translation>Une décision de modération vaut confirmed ou not_confirmed, pas {outcome}.</translation>
        </message>
        <message>
            <source>There is no sampled result {id} to moderate.</source>
            <translation>Il n'y a pas de résultat tiré {id} à modérer.</translation>
        </message>
        <message>
            <source>Say why the result is not confirmed (the notes travel back to the centre).</source>
            <translation>Indiquez pourquoi le résultat n'est pas confirmé (les notes sont renvoyées au centre).</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}.</source>
            <translation>Aucun centre enregistré n'a le code {code}.</translation>
        </message>
        <message>
            <source>{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.</source>
            <translation>{file} : ses clés ne contiennent pas la clé {key} qui l'a signé, ou la contiennent sous un mauvais identifiant ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>{file} has no keys member; nothing was imported.</source>
            <translation>{file} n'a pas de membre keys ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.</source>
            <translation>{file} : ses clés appartiennent à {owner}, pas à son expéditeur {code} ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.</source>
            <translation>{file} : la signature de son manifeste n'est pas valide : le lot a été modifié après avoir été signé ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.</source>
            <translation>L'empreinte saisie ne correspond pas à celle de la clé {key} qui a signé {file} ({fingerprint}). Ne l'enregistrez pas : redemandez son empreinte à {name}.</translation>
        </message>
        <message>
            <source>{file} was made by this database's own centre ({code}); there is nothing to register.</source>
            <translation>{file} a été créé par le centre de cette base elle-même ({code}) ; il n'y a rien à enregistrer.</translation>
        </message>
        <message>
            <source>{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.</source>
            <translation>{code} est enregistré ici comme {role}, mais {file} a été envoyé par lui comme {other} ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The key {key} of {file} is registered here for another partner; nothing was changed.</source>
            <translation>La clé {key} de {file} est enregistrée ici pour un autre partenaire ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>No centre {code} is registered in this database.</source>
            <translation>Aucun centre {code} n'est enregistré dans cette base.</translation>
        </message>
        <message>
            <source>The register holds no candidate {reg} of the centre {code}.</source>
            <translation>Le registre ne contient aucun candidat {reg} du centre {code}.</translation>
        </message>
        <message>
            <source>No candidate with the id {id} is in the register.</source>
            <translation>Aucun candidat d'identifiant {id} n'est dans le registre.</translation>
        </message>
        <message>
            <source>Sign in first: every export and read of personal data names who made it.</source>
            <translation>Connectez-vous d'abord : chaque exportation et chaque lecture de données personnelles nomme qui l'a faite.</translation>
        </message>
        <message>
            <source>no audit entry records key {key}: it was added outside SkillAssess</source>
            <translation>aucune entrée d'audit n'inscrit la clé {key} : elle a été ajoutée hors de SkillAssess</translation>
        </message>
        <message>
            <source>its audit entry {entry} was changed</source>
            <translation>son entrée d'audit {entry} a été modifiée</translation>
        </message>
        <message>
            <source>it was not made trusted by an administrator (audit entry {entry})</source>
            <translation>elle n'a pas été déclarée de confiance par un administrateur (entrée d'audit {entry})</translation>
        </message>
        <message>
            <source>its record differs from audit entry {entry} ({problem})</source>
            <translation>son enregistrement diffère de l'entrée d'audit {entry} ({problem})</translation>
        </message>
        <message>
            <source>This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.</source>
            <translation>Ce centre n'a pas encore de clé de signature des certificats : rien ne peut être signé. Un administrateur en crée une : page Utilisateurs, Clés de signature…, puis Créer une clé ; ou skillassess keys create --user NOM.</translation>
        </message>
        <message>
            <source>The checkpoint key {path} cannot be read.</source>
            <translation>La clé de point de contrôle {path} est illisible.</translation>
        </message>
        <message>
            <source>The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate).</source>
            <translation>La clé privée de la clé de signature {key} du centre n'est pas sur cet ordinateur (elle devrait être {file}). Copiez ce fichier depuis l'ordinateur où la clé a été créée, ou un administrateur renouvelle la clé ici (skillassess keys rotate).</translation>
        </message>
        <message>
            <source>The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).</source>
            <translation>Le centre a déjà une clé de signature ({key}) ; pour la remplacer, renouvelez-la (skillassess keys rotate).</translation>
        </message>
        <message>
            <source>There is no trusted signing key to rotate; create one (skillassess keys create).</source>
            <translation>Il n'y a pas de clé de signature de confiance à renouveler ; créez-en une (skillassess keys create).</translation>
        </message>
        <message>
            <source>its public key is damaged</source>
            <translation>sa clé publique est endommagée</translation>
        </message>
        <message>
            <source>There is no such assessment (it may have been deleted meanwhile).</source>
            <translation>Cette évaluation n'existe pas (elle a peut-être été supprimée entre-temps).</translation>
        </message>
        <message>
            <source>There is no such assessment or performance criterion (it may have been deleted meanwhile).</source>
            <translation>Cette évaluation ou ce critère de performance n'existe pas (il a peut-être été supprimé entre-temps).</translation>
        </message>
        <message>
            <source>Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.</source>
            <translation>Le critère {number} n'est pas un critère de la version de l'unité {unit} suivie par {candidate}.</translation>
        </message>
        <message>
            <source>Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.</source>
            <translation>Le critère {number} de l'évaluation {assessment} a été modifié par quelqu'un d'autre depuis que vous l'avez ouverte : il vaut maintenant {now}. Votre valeur n'a pas été enregistrée ; regardez de nouveau la cellule et saisissez encore votre valeur si elle doit la remplacer.</translation>
        </message>
        <message>
            <source>Nothing was saved in assessment {id}:</source>
            <translation>Rien n'a été enregistré dans l'évaluation {id} :</translation>
        </message>
        <message>
            <source>{unit} has no criterion {number}.</source>
            <translation>{unit} n'a pas de critère {number}.</translation>
        </message>
        <message>
            <source>Criterion {number} is given twice with different results.</source>
            <translation>Le critère {number} est donné deux fois avec des résultats différents.</translation>
        </message>
        <message>
            <source>The {what} code: {problem}</source>
            <translation>Le code ({what}) : {problem}</translation>
        </message>
        <message>
            <source>The {what} title: {problem}</source>
            <translation>Le titre ({what}) : {problem}</translation>
        </message>
        <message>
            <source>This item cannot be removed: {kind}.</source>
            <translation>Cet élément ne peut pas être supprimé : {kind}.</translation>
        </message>
        <message>
            <source>This item cannot be moved: {kind}.</source>
            <translation>Cet élément ne peut pas être déplacé : {kind}.</translation>
        </message>
        <message>
            <source>Only a qualification or a unit has versions, not a {kind}.</source>
            <translation>Seule une qualification ou une unité a des versions, pas : {kind}.</translation>
        </message>
        <message>
            <source>Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.</source>
            <translation>Nom d'utilisateur ou mot de passe incorrect, ou compte bloqué après {attempts} mots de passe erronés. Un compte bloqué se rouvre après {minutes} minutes ; un administrateur peut le débloquer plus tôt en réinitialisant le mot de passe.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be made: {reason}</source>
            <translation>Le dossier {folder} ne peut pas être créé : {reason}</translation>
        </message>
        <message>
            <source>{field}: {path}: {problem}</source>
            <translation>{field} : {path} : {problem}</translation>
        </message>
        <message>
            <source>{field}: {path} cannot be read ({reason}).</source>
            <translation>{field} : {path} ne peut pas être lu ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>NewItemDialog</name>
        <message>
            <source>To add a unit that exists already, give its code; the title is then not needed.</source>
            <translation>Pour ajouter une unité qui existe déjà, indiquez son code ; l'intitulé n'est alors pas nécessaire.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Intitulé</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;atégorie</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>Les deux mots de passe diffèrent ; saisissez-les de nouveau.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Progress: %1</source>
            <translation>Progression : %1</translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message>
            <source>Packaging rules met: a full qualification certificate can be issued.</source>
            <translation>Règles de composition satisfaites : un certificat de qualification complet peut être délivré.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved: a statement of attainment can be issued.</source>
            <translation>
                <numerusform>%Ln unité acquise : une attestation de réussite peut être délivrée.</numerusform>
                <numerusform>%Ln unités acquises : une attestation de réussite peut être délivrée.</numerusform>
            </translation>
        </message>
        <message>
            <source>No unit achieved yet.</source>
            <translation>Aucune unité acquise pour l'instant.</translation>
        </message>
        <message>
            <source>The candidate is not enrolled for any qualification.</source>
            <translation>Le candidat n'est inscrit à aucune qualification.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Crédits</translation>
        </message>
        <message>
            <source>Latest outcome</source>
            <translation>Dernier résultat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Acquise</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nom de fichier :</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choisir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Chercher dans le dossier</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Liste des emplacements et des favoris</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Aller à l'élément précédent</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Va à l'élément suivant</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Va au dossier parent</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Crée un nouveau dossier</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Affiche la vue sous forme de liste</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Affichage la vue sous forme détaillée</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dossier parent</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Créer un nouveau dossier</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nouveau dossier</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vue en liste</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vue détaillée</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Emplacements récents</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Barre latérale</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Afficher les fic&amp;hiers cachés</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Suppri&amp;mer</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dernière modification</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;ller</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Montrer les détails…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Masquer les détails…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Oui à &amp;tout</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Non à to&amp;ut</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ne pas tenir compte</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Tout enregistrer</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurer les valeurs par défaut</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;ller</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Aller au précédent</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Soumettre</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminer</translation>
        </message>
    </context>
    <context>
        <name>QualificationForm</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Intitulé</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Niveau</translation>
        </message>
        <message>
            <source>Sec&amp;tor</source>
            <translation>Sec&amp;teur</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>&amp;Packaging rules</source>
            <translation>Règles de &amp;composition</translation>
        </message>
        <message>
            <source>&amp;Electives required</source>
            <translation>Unités &amp;optionnelles requises</translation>
        </message>
        <message>
            <source>C&amp;redits required</source>
            <translation>C&amp;rédits requis</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>RecordingDialog</name>
        <message>
            <source>Record assessments</source>
            <translation>Saisir les évaluations</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unité :</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once.</source>
            <translation>Touches : S = Satisfaisant, N = Pas encore satisfaisant, Espace = effacer ; flèches et Tab pour se déplacer. Un clic fait défiler les valeurs d'une case. Chaque modification est enregistrée aussitôt.</translation>
        </message>
        <message>
            <source>Evidence and self-assessment…</source>
            <translation>Preuves et auto-évaluation…</translation>
        </message>
        <message>
            <source>Find a candidate (Ctrl+F)</source>
            <translation>Trouver un candidat (Ctrl+F)</translation>
        </message>
        <message>
            <source>Session of %1, %2, assessor %3</source>
            <translation>Session du %1, %2, évaluateur %3</translation>
        </message>
        <message>
            <source>%1, attempt %2</source>
            <translation>%1, tentative %2</translation>
        </message>
        <message>
            <source>All candidates</source>
            <translation>Tous les candidats</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>effacé</translation>
        </message>
        <message>
            <source>Saved %1 %2 = %3 at %4</source>
            <translation>Enregistré : %1 %2 = %3 à %4</translation>
        </message>
        <message>
            <source>The database was busy (another user or an import was writing) for longer than a change waits.</source>
            <translation>La base de données était occupée (un autre utilisateur ou une importation y écrivait) plus longtemps qu'une modification ne peut attendre.</translation>
        </message>
        <message>
            <source>The database did not accept the change (the details are in the log file).</source>
            <translation>La base de données n'a pas accepté la modification (les détails sont dans le fichier journal).</translation>
        </message>
        <message>
            <source>Not saved: %1 The cell is marked with !; type the value again to retry.</source>
            <translation>Non enregistré : %1 La cellule est marquée d'un « ! » ; saisissez de nouveau la valeur pour réessayer.</translation>
        </message>
        <message>
            <source>Read only: only the assessor of a result records its judgements, until it is submitted.</source>
            <translation>Lecture seule : seul l'évaluateur d'un résultat enregistre ses jugements, jusqu'à sa soumission.</translation>
        </message>
        <message>
            <source>Read only: only the assessor of %1 records these judgements.</source>
            <translation>Lecture seule : seul l'évaluateur de %1 enregistre ces jugements.</translation>
        </message>
        <message>
            <source>%1 is submitted and waits for verification: a verifier must return it before it can change.</source>
            <translation>%1 est soumis et attend la vérification : un vérificateur doit le renvoyer avant qu'il puisse changer.</translation>
        </message>
        <message>
            <source>%1 is verified and locked: correct it with an amendment or record a new attempt.</source>
            <translation>%1 est vérifié et verrouillé : corrigez-le par un amendement ou enregistrez une nouvelle tentative.</translation>
        </message>
        <message>
            <source>%1 cannot be changed now.</source>
            <translation>%1 ne peut pas être modifié maintenant.</translation>
        </message>
        <message>
            <source>Hide panel</source>
            <translation>Masquer le panneau</translation>
        </message>
        <message>
            <source>Show panel</source>
            <translation>Afficher le panneau</translation>
        </message>
        <message>
            <source>Hide the candidate's panel, so that more candidates fit (F9)</source>
            <translation>Masquer le panneau du candidat, pour voir plus de candidats (F9)</translation>
        </message>
        <message>
            <source>Show the candidate's panel: methods, comments, outcome, Submit (F9)</source>
            <translation>Afficher le panneau du candidat : méthodes, commentaires, résultat, Soumettre (F9)</translation>
        </message>
        <message>
            <source>No candidate matches %1.</source>
            <translation>Aucun candidat ne correspond à %1.</translation>
        </message>
    </context>
    <context>
        <name>RegisterBrowserDialog</name>
        <message>
            <source>National register</source>
            <translation>Registre national</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Tous les centres</translation>
        </message>
        <message>
            <source>Search by name, registration number or certificate serial</source>
            <translation>Rechercher par nom, numéro d'inscription ou numéro de série du certificat</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Numéro d'inscription</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>Name (local script)</source>
            <translation>Nom (écriture locale)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Délivré le</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Revoked because</source>
            <translation>Révoqué parce que</translation>
        </message>
        <message>
            <source>Open candidate</source>
            <translation>Ouvrir le candidat</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>Centre :</translation>
        </message>
        <message>
            <source>%1 shown; more as you scroll.</source>
            <translation>%1 affichés ; la suite en faisant défiler.</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s).</source>
            <translation>
                <numerusform>%n candidat.</numerusform>
                <numerusform>%n candidats.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s).</source>
            <translation>
                <numerusform>%n certificat.</numerusform>
                <numerusform>%n certificats.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterCandidateDialog</name>
        <message>
            <source>Register candidate %1</source>
            <translation>Candidat du registre %1</translation>
        </message>
        <message>
            <source>Registration number %1 at %2 (%3)</source>
            <translation>Numéro d'inscription %1 au %2 (%3)</translation>
        </message>
        <message>
            <source>Sex: %1. Date of birth: %2. Nationality: %3.</source>
            <translation>Sexe : %1. Date de naissance : %2. Nationalité : %3.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non renseignée</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Date assessed</source>
            <translation>Date d'évaluation</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Évaluateur</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Modération</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Délivré le</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Réimpressions</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>Révoqué : %1</translation>
        </message>
        <message>
            <source>Results (%1)</source>
            <translation>Résultats (%1)</translation>
        </message>
        <message>
            <source>Certificates (%1)</source>
            <translation>Certificats (%1)</translation>
        </message>
        <message>
            <source>Enrolments (%1)</source>
            <translation>Inscriptions (%1)</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>Tiré</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Non confirmé</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartnerDialog</name>
        <message>
            <source>Register a partner</source>
            <translation>Enregistrer un partenaire</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>centre</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>organisme certificateur</translation>
        </message>
        <message>
            <source>%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, for the fingerprint of their key and compare it with the one below. Register them only if it is the same: after that, their bundles import without questions.</source>
            <translation>%1 (%2, %3) n'est pas encore enregistré dans cette base. Demandez-lui, par téléphone ou par courrier, l'empreinte de sa clé et comparez-la avec celle ci-dessous. Ne l'enregistrez que si elle est identique : ensuite, ses lots s'importent sans autre question.</translation>
        </message>
        <message>
            <source>At least the first 16 digits</source>
            <translation>Au moins les 16 premiers chiffres</translation>
        </message>
        <message>
            <source>Fingerprint in the file:</source>
            <translation>Empreinte dans le fichier :</translation>
        </message>
        <message>
            <source>Fingerprint they gave you:</source>
            <translation>Empreinte qu'il vous a donnée :</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Only a period:</source>
            <translation>Seulement une période, du</translation>
        </message>
        <message>
            <source>This centre</source>
            <translation>Ce centre</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exporter les résultats…</translation>
        </message>
        <message>
            <source>Export certificate register…</source>
            <translation>Exporter le registre des certificats…</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>Exporter les statistiques…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
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
            <source>Candidates registered (all dates)</source>
            <translation>Candidats inscrits (toutes dates)</translation>
        </message>
        <message>
            <source>Candidates competent in at least one unit</source>
            <translation>Candidats compétents dans au moins une unité</translation>
        </message>
        <message>
            <source>All registered centres</source>
            <translation>Tous les centres enregistrés</translation>
        </message>
        <message>
            <source>Centre %1</source>
            <translation>Centre %1</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>La date de début est postérieure à la date de fin.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Décompte…</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Femmes et hommes</translation>
        </message>
        <message>
            <source>Recognition of Prior Learning</source>
            <translation>Validation des acquis de l'expérience</translation>
        </message>
        <message>
            <source>RPL enrolments</source>
            <translation>Inscriptions en VAE</translation>
        </message>
        <message>
            <source>Completed (certificate or statement)</source>
            <translation>Achevées (certificat ou attestation)</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Taux d'achèvement</translation>
        </message>
        <message>
            <source>Referred to gap training</source>
            <translation>Orientés vers une formation complémentaire</translation>
        </message>
        <message>
            <source>Median days from enrolment to certificate</source>
            <translation>Jours médians de l'inscription au certificat</translation>
        </message>
        <message>
            <source>Now at it
women</source>
            <translation>Actuellement
femmes</translation>
        </message>
        <message>
            <source>Now at it
men</source>
            <translation>Actuellement
hommes</translation>
        </message>
        <message>
            <source>Now at it
total</source>
            <translation>Actuellement
total</translation>
        </message>
        <message>
            <source>Median days
women</source>
            <translation>Jours médians
femmes</translation>
        </message>
        <message>
            <source>Median days
men</source>
            <translation>Jours médians
hommes</translation>
        </message>
        <message>
            <source>Median days
total</source>
            <translation>Jours médians
total</translation>
        </message>
        <message>
            <source>Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one).</source>
            <translation>Par étape de la VAE : les inscriptions qui y sont maintenant, et le nombre médian de jours passés dans l'étape par celles qui l'ont quittée (du premier pas de l'étape au premier pas d'une étape suivante).</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Évalués</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>Compétents</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>Certifiés</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>Par qualification</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>Par tranche d'âge</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>Selon le handicap</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>Par nationalité</translation>
        </message>
        <message>
            <source>No qualification</source>
            <translation>Sans qualification</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>&lt; 18 ans</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>18 à 24 ans</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>25 à 34 ans</translation>
        </message>
        <message>
            <source>35 to 44</source>
            <translation>35 à 44 ans</translation>
        </message>
        <message>
            <source>45 to 54</source>
            <translation>45 à 54 ans</translation>
        </message>
        <message>
            <source>55 and over</source>
            <translation>≥ 55 ans</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>En situation de handicap</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>Sans handicap</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non déclaré</translation>
        </message>
        <message>
            <source>Exports hold personal data: they need the administrator, registrar or verifier role.</source>
            <translation>Les exportations contiennent des données personnelles : elles nécessitent le rôle d'administrateur, de responsable des inscriptions ou de vérificateur.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Écriture de %1…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportation annulée ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Exported statistics to %1</source>
            <translation>Statistiques exportées dans %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>%Ln ligne exportée dans %1</numerusform>
                <numerusform>%Ln lignes exportées dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message>
            <source>Export certificate register</source>
            <translation>Exporter le registre des certificats</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Exporter les statistiques</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>Candidats évalués (résultats vérifiés)</translation>
        </message>
        <message>
            <source>Candidates certified</source>
            <translation>Candidats certifiés</translation>
        </message>
        <message>
            <source>Candidates assessed</source>
            <translation>Candidats évalués</translation>
        </message>
        <message>
            <source>Candidates competent</source>
            <translation>Candidats compétents</translation>
        </message>
        <message>
            <source>Charts show:</source>
            <translation>Les graphiques montrent :</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for %1</source>
            <translation>Nouveau mot de passe pour %1</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Confirmer le nouveau mot de pa&amp;sse :</translation>
        </message>
        <message>
            <source>Tell the user the new password in person; it also unlocks a locked account.</source>
            <translation>Communiquez le nouveau mot de passe à l'utilisateur en personne ; il débloque aussi un compte bloqué.</translation>
        </message>
    </context>
    <context>
        <name>ResultsExportDialog</name>
        <message>
            <source>Export results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message>
            <source>All qualifications</source>
            <translation>Toutes les qualifications</translation>
        </message>
        <message>
            <source>Only results assessed in a period</source>
            <translation>Seulement les résultats évalués pendant une période</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>Qualification :</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
    </context>
    <context>
        <name>RplStepDialog</name>
        <message>
            <source>Record RPL step</source>
            <translation>Enregistrer une étape de VAE</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Non décidé</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Eligibility decision</source>
            <translation>Décision de recevabilité</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Motif *</translation>
        </message>
        <message>
            <source>Enrol the candidate first.</source>
            <translation>Inscrivez d'abord le candidat.</translation>
        </message>
    </context>
    <context>
        <name>SelfAssessmentDialog</name>
        <message>
            <source>Self-assessment — %1</source>
            <translation>Auto-évaluation — %1</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Remarks: where, when, with whom</source>
            <translation>Remarques : où, quand, avec qui</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>Imprimer la grille (PDF)…</translation>
        </message>
        <message>
            <source>Prints the answers as shown, saved or not</source>
            <translation>Imprime les réponses telles qu'affichées, enregistrées ou non</translation>
        </message>
        <message>
            <source>For each criterion, record what the candidate says: I can do this, with help, or not yet.</source>
            <translation>Pour chaque critère, notez ce que dit le candidat : je sais le faire, avec de l'aide, ou pas encore.</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(lecture seule)</translation>
        </message>
        <message>
            <source>Answer all…</source>
            <translation>Répondre à tout…</translation>
        </message>
        <message>
            <source>Give every criterion below this answer</source>
            <translation>Donner cette réponse à tous les critères en dessous</translation>
        </message>
        <message>
            <source>Save checklist</source>
            <translation>Enregistrer la grille</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SessionPlannerDialog</name>
        <message>
            <source>Plan an assessment session</source>
            <translation>Planifier une session d'évaluation</translation>
        </message>
        <message>
            <source>For example: Practical assessment, November</source>
            <translation>Par exemple : évaluation pratique, novembre</translation>
        </message>
        <message>
            <source>Search candidates by name, registration number or ID</source>
            <translation>Rechercher des candidats par nom, n° d'inscription ou n° de pièce d'identité</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Intitulé :</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Lieu :</translation>
        </message>
        <message>
            <source>Assessor:</source>
            <translation>Évaluateur :</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>Qualification :</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>Unités :</translation>
        </message>
        <message>
            <source>Plan session</source>
            <translation>Planifier la session</translation>
        </message>
        <message>
            <source>Candidates:</source>
            <translation>Candidats :</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) chosen</source>
            <translation>
                <numerusform>%Ln candidat choisi</numerusform>
                <numerusform>%Ln candidats choisis</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to plan a session.</source>
            <translation>Connectez-vous pour planifier une session.</translation>
        </message>
    </context>
    <context>
        <name>SexBarChartWidget</name>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>No data for this period</source>
            <translation>Aucune donnée pour cette période</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — %1</source>
            <translation>Connexion — %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Base de données : %1</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.</source>
            <translation>Ceci est la base de démonstration. Utilisateurs : %1. Chaque mot de passe est demo- suivi du nom d'utilisateur, par exemple %2.</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.</source>
            <translation>
                <numerusform>Nom d'utilisateur ou mot de passe erroné, ou compte bloqué après %1 mots de passe erronés. Un compte bloqué se rouvre après %Ln minute ; un administrateur peut le débloquer plus tôt en réinitialisant le mot de passe.</numerusform>
                <numerusform>Nom d'utilisateur ou mot de passe erroné, ou compte bloqué après %1 mots de passe erronés. Un compte bloqué se rouvre après %Ln minutes ; un administrateur peut le débloquer plus tôt en réinitialisant le mot de passe.</numerusform>
            </translation>
        </message>
        <message>
            <source>The account %1 is deactivated; ask an administrator.</source>
            <translation>Le compte %1 est désactivé ; adressez-vous à un administrateur.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>Clés de signature</translation>
        </message>
        <message>
            <source>Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since.</source>
            <translation>Les certificats sont signés avec la clé du centre ; quiconque a sa clé publique peut les vérifier. Seuls les administrateurs créent ou renouvellent les clés, et chaque changement est écrit au journal d'audit. Une clé n'est digne de confiance que si le journal d'audit contient sa création et que son enregistrement n'a pas changé depuis.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créée le</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>De confiance</translation>
        </message>
        <message>
            <source>Private key on this computer</source>
            <translation>Clé privée sur cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>&amp;Créer la clé</translation>
        </message>
        <message>
            <source>Make the centre's first signing key.</source>
            <translation>Créer la première clé de signature du centre.</translation>
        </message>
        <message>
            <source>&amp;Rotate key…</source>
            <translation>&amp;Renouveler la clé…</translation>
        </message>
        <message>
            <source>A new key signs new certificates; the old one is retired and still verifies the certificates it signed.</source>
            <translation>Une nouvelle clé signe les nouveaux certificats ; l'ancienne est retirée et vérifie toujours les certificats qu'elle a signés.</translation>
        </message>
        <message>
            <source>&amp;Export public key…</source>
            <translation>&amp;Exporter la clé publique…</translation>
        </message>
        <message>
            <source>Save the current public key (PEM) for those who verify certificates.</source>
            <translation>Enregistrer la clé publique actuelle (PEM) pour ceux qui vérifient les certificats.</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actuelle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>Non : %1</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>This centre has no signing key yet: certificates cannot be issued until you create one.</source>
            <translation>Ce centre n'a pas encore de clé de signature : aucun certificat ne peut être délivré avant que vous en créiez une.</translation>
        </message>
        <message>
            <source>The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here.</source>
            <translation>La clé privée de %1 n'est pas sur cet ordinateur : les certificats ne peuvent être délivrés que là où elle se trouve. Copiez-la depuis l'ordinateur où elle a été créée, ou renouvelez la clé ici.</translation>
        </message>
        <message>
            <source>New certificates are signed with key %1.</source>
            <translation>Les nouveaux certificats sont signés avec la clé %1.</translation>
        </message>
        <message>
            <source>Rotate the signing key</source>
            <translation>Renouveler la clé de signature</translation>
        </message>
        <message>
            <source>Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key.</source>
            <translation>Créer une nouvelle clé de signature pour les nouveaux certificats ? La clé actuelle est retirée : les certificats qu'elle a signés restent vérifiables. Ceux qui vérifient les certificats hors ligne ont besoin de la nouvelle clé publique.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Exporter la clé publique</translation>
        </message>
        <message>
            <source>Public key (*.pem)</source>
            <translation>Clé publique (*.pem)</translation>
        </message>
        <message>
            <source>Public key %1 written to %2.</source>
            <translation>Clé publique %1 écrite dans %2.</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Search by code or title</source>
            <translation>Rechercher par code ou intitulé</translation>
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
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Add under the selected item (Ins)</source>
            <translation>Ajouter sous l'élément sélectionné (Ins)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Remove the selected item (Del)</source>
            <translation>Retirer l'élément sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move the selected item up (Ctrl+Up)</source>
            <translation>Monter l'élément sélectionné (Ctrl+Haut)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Descen&amp;dre</translation>
        </message>
        <message>
            <source>Move the selected item down (Ctrl+Down)</source>
            <translation>Descendre l'élément sélectionné (Ctrl+Bas)</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>Nouvelle &amp;version</translation>
        </message>
        <message>
            <source>Copy the selected qualification or unit as a draft with the next version number</source>
            <translation>Copier la qualification ou l'unité sélectionnée en projet, avec le numéro de version suivant</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;Publier</translation>
        </message>
        <message>
            <source>Make the selected draft current; the current version becomes superseded</source>
            <translation>Mettre en vigueur le projet sélectionné ; la version en vigueur devient remplacée</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)</source>
            <translation>Importer un référentiel depuis Excel (.xlsx), CASE (.json) ou Moodle (.csv)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export the selected qualification to Excel or CASE JSON</source>
            <translation>Exporter la qualification sélectionnée vers Excel ou CASE JSON</translation>
        </message>
        <message>
            <source>&amp;Template…</source>
            <translation>&amp;Modèle…</translation>
        </message>
        <message>
            <source>Save an empty, documented Excel workbook to fill in</source>
            <translation>Enregistrer un classeur Excel vide et commenté, à remplir</translation>
        </message>
        <message>
            <source>&amp;Element</source>
            <translation>&amp;Élément</translation>
        </message>
        <message>
            <source>&amp;Performance criterion</source>
            <translation>&amp;Critère de performance</translation>
        </message>
        <message>
            <source>Select an item in the tree to see and edit it.</source>
            <translation>Sélectionnez un élément de l'arborescence pour le voir et le modifier.</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Référentiels</translation>
        </message>
        <message>
            <source>Units in no qualification</source>
            <translation>Unités hors qualification</translation>
        </message>
        <message>
            <source>New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up.</source>
            <translation>Les nouvelles versions d'unités attendent ici qu'une version de qualification les reprenne : créez une nouvelle version de la qualification pour les y intégrer.</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Version %1 · %2</translation>
        </message>
        <message>
            <source>Level %1 · version %2 · %3</source>
            <translation>Niveau %1 · version %2 · %3</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3 credits · %4</source>
            <translation>%1 · version %2 · %3 crédits · %4</translation>
        </message>
        <message>
            <source>version %1 · %2</source>
            <translation>version %1 · %2</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>Élément %1 de %2</translation>
        </message>
        <message>
            <source>Performance criterion %1 of %2</source>
            <translation>Critère de performance %1 de %2</translation>
        </message>
        <message>
            <source>Only an administrator can change, import or export standards; you can look at them here.</source>
            <translation>Seul un administrateur peut modifier, importer ou exporter les référentiels ; vous pouvez les consulter ici.</translation>
        </message>
        <message>
            <source>Needs the administrator role</source>
            <translation>Nécessite le rôle d'administrateur</translation>
        </message>
        <message>
            <source>New awarding body</source>
            <translation>Nouvel organisme certificateur</translation>
        </message>
        <message>
            <source>New qualification</source>
            <translation>Nouvelle qualification</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>Nouvelle unité</translation>
        </message>
        <message>
            <source>Title of the new element:</source>
            <translation>Intitulé du nouvel élément :</translation>
        </message>
        <message>
            <source>Text of the new performance criterion:</source>
            <translation>Texte du nouveau critère de performance :</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the draft qualification %1? Its units stay.</source>
            <translation>Retirer le projet de qualification %1 ? Ses unités sont conservées.</translation>
        </message>
        <message>
            <source>Take unit %1 out of this qualification? The unit itself stays.</source>
            <translation>Retirer l'unité %1 de cette qualification ? L'unité elle-même est conservée.</translation>
        </message>
        <message>
            <source>Remove element %1 and its performance criteria?</source>
            <translation>Retirer l'élément %1 et ses critères de performance ?</translation>
        </message>
        <message>
            <source>Remove performance criterion %1?</source>
            <translation>Retirer le critère de performance %1 ?</translation>
        </message>
        <message>
            <source>Import a standard</source>
            <translation>Importer un référentiel</translation>
        </message>
        <message>
            <source>Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</source>
            <translation>Référentiels (*.xlsx *.json *.csv);;Classeur Excel (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message>
            <source>%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?</source>
            <translation>%1 contient la qualification %2 (%3) : %4 unité(s), %5 élément(s), %6 critère(s) de performance. L'importer ?</translation>
        </message>
        <message>
            <source>%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next two become elements and performance criteria, deeper ones fold into the criteria's text, and levels above the units are listed as having no place.</source>
            <translation>%1 est un référentiel de %2 niveaux. Quel niveau devient les unités ? Le niveau 1 est le plus haut ; les deux suivants deviennent éléments et critères de performance, les plus profonds s'ajoutent au texte des critères, et les niveaux au-dessus des unités sont signalés comme sans place.</translation>
        </message>
        <message>
            <source>Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.</source>
            <translation>%1 version %2 importée : %3 unité(s), %4 élément(s), %5 critère(s) de performance.</translation>
        </message>
        <message>
            <source>Export a standard</source>
            <translation>Exporter un référentiel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CASE 1.1 JSON (*.json);;Référentiel de compétences Moodle CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Écriture de %1…</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Fichier écrit : %1</translation>
        </message>
        <message>
            <source>Save the standards template</source>
            <translation>Enregistrer le modèle de référentiel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>UnitForm</name>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Intitulé</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;atégorie</translation>
        </message>
        <message>
            <source>C&amp;redits</source>
            <translation>C&amp;rédits</translation>
        </message>
        <message>
            <source>&amp;Nominal hours</source>
            <translation>&amp;Durée nominale (heures)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>Change user %1</source>
            <translation>Modifier l'utilisateur %1</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Nom &amp;complet :</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Rôles :</translation>
        </message>
        <message>
            <source>for assessors</source>
            <translation>pour les évaluateurs</translation>
        </message>
        <message>
            <source>Assessor &amp;registration no.:</source>
            <translation>N° d'&amp;agrément d'évaluateur :</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Registration:</source>
            <translation>Agrément :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Confirmer le mot de pa&amp;sse :</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>Attribuez au moins un rôle à l'utilisateur.</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (expiré)</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Assessor registration no.</source>
            <translation>N° d'agrément d'évaluateur</translation>
        </message>
        <message>
            <source>Registration expires</source>
            <translation>Fin de l'agrément</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ajouter un utilisateur…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>&amp;Clés de signature…</translation>
        </message>
        <message>
            <source>The centre's certificate signing keys: create, rotate, export the public key.</source>
            <translation>Les clés de signature des certificats du centre : créer, renouveler, exporter la clé publique.</translation>
        </message>
        <message>
            <source>Users who have records are never deleted: deactivate them, and they can no longer sign in.</source>
            <translation>Les utilisateurs qui ont des enregistrements ne sont jamais supprimés : désactivez-les, ils ne pourront plus se connecter.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%Ln utilisateur</numerusform>
                <numerusform>%Ln utilisateurs</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>Ac&amp;tiver</translation>
        </message>
    </context>
    <context>
        <name>VerifierExport</name>
        <message>
            <source>Verification site</source>
            <translation>Site de vérification</translation>
        </message>
        <message>
            <source>Export the verification site into a folder</source>
            <translation>Exporter le site de vérification dans un dossier</translation>
        </message>
        <message>
            <source>The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days.</source>
            <translation>Le site de vérification est dans %1 (%2 fichiers). Copiez le dossier à l'adresse web indiquée dans les paramètres du centre, ou sur une clé USB : index.html s'ouvre aussi comme fichier. Exportez-le à nouveau après avoir révoqué un certificat, et au moins tous les %3 jours.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>Vérifier un certificat</translation>
        </message>
        <message>
            <source>Paste the text of the QR code: SA1.… or a link https://…/#SA1.…</source>
            <translation>Collez le texte du code QR : SA1.… ou un lien https://…/#SA1.…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Open a certificate</source>
            <translation>Ouvrir un certificat</translation>
        </message>
        <message>
            <source>Open image, PDF or badge…</source>
            <translation>Ouvrir une image, un PDF ou un badge…</translation>
        </message>
        <message>
            <source>Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)</source>
            <translation>Certificats et badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>No QR code was found in %1.</source>
            <translation>Aucun code QR n'a été trouvé dans %1.</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>VALIDE</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>NON VALIDE</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>RÉVOQUÉ</translation>
        </message>
        <message>
            <source>UNKNOWN KEY</source>
            <translation>CLÉ INCONNUE</translation>
        </message>
        <message>
            <source>UNTRUSTED KEY</source>
            <translation>CLÉ NON FIABLE</translation>
        </message>
        <message>
            <source>UNKNOWN CERTIFICATE</source>
            <translation>CERTIFICAT INCONNU</translation>
        </message>
        <message>
            <source>Serial: %1</source>
            <translation>N° de série : %1</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Nom : %1</translation>
        </message>
        <message>
            <source>Qualification: %1</source>
            <translation>Qualification : %1</translation>
        </message>
        <message>
            <source>Units: %1</source>
            <translation>Unités : %1</translation>
        </message>
        <message>
            <source>Issued on: %1</source>
            <translation>Délivré le : %1</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Clé : %1</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>Enregistrer les modifications (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Annuler les modifications</translation>
        </message>
    </context>
</TS>

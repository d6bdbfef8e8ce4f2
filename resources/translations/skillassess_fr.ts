<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation type="vanished">Les deux mots de passe diffèrent ; saisissez-les de nouveau.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation type="vanished">Le mot de passe doit compter au moins %1 caractères.</translation>
        </message>
    </context>
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
            <source>&amp;Check the log</source>
            <translation>&amp;Vérifier le journal</translation>
        </message>
        <message>
            <source>Recompute the hash chain: any entry changed or removed since it was written shows.</source>
            <translation type="vanished">Recalculer la chaîne d'empreintes : toute entrée modifiée ou supprimée depuis son écriture apparaît.</translation>
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
            <source>Select an entry to see the values before and after.</source>
            <translation>Sélectionnez une entrée pour voir les valeurs avant et après.</translation>
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
            <source>Entry %1: %2 %3 %4 by %5</source>
            <translation>Entrée %1 : %2 %3 %4 par %5</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Modifications :</translation>
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
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked.</source>
            <translation type="vanished">
                <numerusform>Le journal d'audit est intact : %Ln entrée vérifiée.</numerusform>
                <numerusform>Le journal d'audit est intact : %Ln entrées vérifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2.</source>
            <translation type="vanished">Le journal d'audit est rompu à l'entrée %1 : %2.</translation>
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
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Type d'enregistrement</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Champs</translation>
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
            <source>Two letters, e.g. GH</source>
            <translation>Deux lettres, p. ex. SN</translation>
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
            <source>Every criterion is Satisfactory: Competent can be recorded.</source>
            <translation>Tous les critères sont satisfaisants : « Compétent » peut être enregistré.</translation>
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
            <source>submitted for verification</source>
            <translation>soumise pour vérification</translation>
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
            <source>Cannot write %1: %2</source>
            <translation type="vanished">Impossible d'écrire %1 : %2</translation>
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
            <source>Not enrolled yet.</source>
            <translation>Pas encore inscrit.</translation>
        </message>
        <message>
            <source>stage: %1</source>
            <translation>étape : %1</translation>
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
            <source>Cannot write %1: %2</source>
            <translation type="vanished">Impossible d'écrire %1 : %2</translation>
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
        <name>IssueConfirmDialog</name>
        <message numerus="yes">
            <source>Issue %n certificate(s)?</source>
            <translation>
                <numerusform>Délivrer %n certificat ?</numerusform>
                <numerusform>Délivrer %n certificats ?</numerusform>
            </translation>
        </message>
        <message>
            <source>English</source>
            <translation type="vanished">anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation type="vanished">français</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation type="vanished">arabe</translation>
        </message>
        <message>
            <source>Amharic</source>
            <translation type="vanished">amharique</translation>
        </message>
        <message>
            <source>Swahili</source>
            <translation type="vanished">swahili</translation>
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
            <translation type="vanished">À propos de SkillAssess</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SkillAssess %1&lt;/h3&gt;&lt;p&gt;Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;SkillAssess %1&lt;/h3&gt;&lt;p&gt;Référentiels de compétences, évaluations pratiques, validation des acquis de l'expérience (VAE) et certificats pour les centres d'enseignement et de formation techniques et professionnels (EFTP), sans connexion Internet.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
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
            <source>Not signed in</source>
            <translation>Non connecté</translation>
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
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Only a period:</source>
            <translation>Seulement une période, du</translation>
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
            <source>Candidates registered</source>
            <translation type="vanished">Candidats inscrits</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>Candidats évalués (résultats vérifiés)</translation>
        </message>
        <message>
            <source>Units achieved (verified)</source>
            <translation type="vanished">Unités acquises (vérifiées)</translation>
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
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>Imprimer la grille (PDF)…</translation>
        </message>
        <message>
            <source>For each criterion, record what the candidate says: I can do this, with help, or not yet.</source>
            <translation>Pour chaque critère, notez ce que dit le candidat : je sais le faire, avec de l'aide, ou pas encore.</translation>
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
        <message numerus="yes">
            <source>Wrong password %2 times: the account %1 is locked for %n minute(s). An administrator can unlock it by resetting the password.</source>
            <translation type="vanished">
                <numerusform>Mot de passe erroné %2 fois : le compte %1 est bloqué pendant %Ln minute. Un administrateur peut le débloquer en réinitialisant le mot de passe.</numerusform>
                <numerusform>Mot de passe erroné %2 fois : le compte %1 est bloqué pendant %Ln minutes. Un administrateur peut le débloquer en réinitialisant le mot de passe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The account %1 is locked after %2 wrong passwords. Try again in %n minute(s), or ask an administrator to reset the password.</source>
            <translation type="vanished">
                <numerusform>Le compte %1 est bloqué après %2 mots de passe erronés. Réessayez dans %Ln minute, ou demandez à un administrateur de réinitialiser le mot de passe.</numerusform>
                <numerusform>Le compte %1 est bloqué après %2 mots de passe erronés. Réessayez dans %Ln minutes, ou demandez à un administrateur de réinitialiser le mot de passe.</numerusform>
            </translation>
        </message>
        <message>
            <source>The account %1 is deactivated; ask an administrator.</source>
            <translation>Le compte %1 est désactivé ; adressez-vous à un administrateur.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation type="vanished">Nom d'utilisateur ou mot de passe erroné.</translation>
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
            <source>Cannot write %1: %2</source>
            <translation type="vanished">Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Public key %1 written to %2.</source>
            <translation>Clé publique %1 écrite dans %2.</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Filter by code or title</source>
            <translation type="vanished">Filtrer par code ou intitulé</translation>
        </message>
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
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
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
            <source>Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)</source>
            <translation>Classeur Excel (*.xlsx);;CASE 1.1 JSON (*.json)</translation>
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
        <message>
            <source>%1 · version %2 · %3</source>
            <translation type="vanished">%1 · version %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>%n credit(s)</source>
            <translation type="vanished">
                <numerusform>%Ln crédit</numerusform>
                <numerusform>%Ln crédits</numerusform>
            </translation>
        </message>
        <message>
            <source>Element %1</source>
            <translation type="vanished">Élément %1</translation>
        </message>
        <message>
            <source>Performance criterion %1</source>
            <translation type="vanished">Critère de performance %1</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation type="vanished">Code :</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation type="vanished">Pays :</translation>
        </message>
        <message>
            <source>Level scale:</source>
            <translation type="vanished">Échelle des niveaux :</translation>
        </message>
        <message numerus="yes">
            <source>%n elective(s)</source>
            <translation type="vanished">
                <numerusform>%Ln unité optionnelle</numerusform>
                <numerusform>%Ln unités optionnelles</numerusform>
            </translation>
        </message>
        <message>
            <source>Level:</source>
            <translation type="vanished">Niveau :</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation type="vanished">Version :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation type="vanished">Statut :</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation type="vanished">Secteur :</translation>
        </message>
        <message>
            <source>Packaging rules:</source>
            <translation type="vanished">Règles de composition :</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation type="vanished">Crédits :</translation>
        </message>
        <message>
            <source>Nominal hours:</source>
            <translation type="vanished">Durée nominale (heures) :</translation>
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
            <source>Paste the text of the QR code (it starts with SA1.)</source>
            <translation type="vanished">Collez le texte du code QR (il commence par SA1.)</translation>
        </message>
        <message>
            <source>Paste the text of the QR code: SA1.… or a link https://…/#SA1.…</source>
            <translation>Collez le texte du code QR : SA1.… ou un lien https://…/#SA1.…</translation>
        </message>
        <message>
            <source>Open image or PDF…</source>
            <translation>Ouvrir une image ou un PDF…</translation>
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
            <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Certificats (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
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
    <context>
        <name>parent</name>
        <message>
            <source>(none)</source>
            <translation type="vanished">(aucune)</translation>
        </message>
    </context>
</TS>

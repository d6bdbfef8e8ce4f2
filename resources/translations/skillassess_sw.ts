<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SkillAssess</source>
            <translation>Kuhusu SkillAssess</translation>
        </message>
        <message>
            <source>Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.</source>
            <translation>Viwango vya umahiri, tathmini za vitendo, Utambuzi wa Mafunzo ya Awali na vyeti kwa vituo vya ufundi stadi, bila mtandao.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Folda ya data: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Hifadhidata: %1</translation>
        </message>
        <message>
            <source>Built with Python %1 and Qt %2.</source>
            <translation>Imejengwa kwa Python %1 na Qt %2.</translation>
        </message>
        <message>
            <source>SkillAssess is free software under the GNU General Public License, version 3 or later. It bundles the software below, each under its own licence: select one to read its licence.</source>
            <translation>SkillAssess ni programu huria chini ya GNU General Public License, toleo la 3 au jipya zaidi. Inabeba programu zilizo hapa chini, kila moja chini ya leseni yake: chagua moja kusoma leseni yake.</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Programu</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Toleo</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Leseni</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Fungua folda ya data</translation>
        </message>
        <message>
            <source>The licence text %1 is missing: reinstall SkillAssess.</source>
            <translation>Maandishi ya leseni %1 hayapo: sakinisha SkillAssess upya.</translation>
        </message>
    </context>
    <context>
        <name>AddEvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>Ongeza ushahidi</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>Hariri ushahidi</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Date of the evidence</source>
            <translation>Tarehe ya ushahidi</translation>
        </message>
        <message>
            <source>Criteria it supports</source>
            <translation>Vigezo unavyounga mkono</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>Msimamizi wa kwanza</translation>
        </message>
        <message>
            <source>This person adds the other users. Choose a password of at least %1 characters.</source>
            <translation>Mtu huyu anaongeza watumiaji wengine. Chagua nenosiri lenye angalau herufi %1.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Jina la mtumiaji:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Jina &amp;kamili:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Nenosiri t&amp;ena:</translation>
        </message>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>Manenosiri mawili yanatofautiana; yaandike tena.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Nenosiri linahitaji angalau herufi %1.</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a verified result</source>
            <translation>Rekebisha matokeo yaliyohakikiwa</translation>
        </message>
        <message>
            <source>Why the verified result is corrected (required)</source>
            <translation>Kwa nini matokeo yaliyohakikiwa yanarekebishwa (lazima)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kigezo</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Uamuzi</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Haijatathminiwa</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Matokeo:</translation>
        </message>
        <message>
            <source>Methods:</source>
            <translation>Mbinu:</translation>
        </message>
        <message>
            <source>Criteria:</source>
            <translation>Vigezo:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Tarehe:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Mahali:</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>Maoni:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Mrejesho:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Sababu:</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Opening %1…</source>
            <translation>Inafungua %1…</translation>
        </message>
        <message>
            <source>Database missing</source>
            <translation>Hifadhidata haipo</translation>
        </message>
        <message>
            <source>The centre's database %1 is missing, but there is a backup of it made %2.</source>
            <translation>Hifadhidata ya kituo %1 haipo, lakini kuna nakala rudufu yake iliyotengenezwa %2.</translation>
        </message>
        <message>
            <source>Restore the backup, or start a new, empty database?</source>
            <translation>Rejesha nakala rudufu, au anza hifadhidata mpya tupu?</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Rejesha nakala rudufu</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>Anza hifadhidata mpya</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>Haiwezekani kufungua hifadhidata</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>Record an appeal</source>
            <translation>Sajili rufaa</translation>
        </message>
        <message>
            <source>Lodged on:</source>
            <translation>Imewasilishwa tarehe:</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>Sababu za rufaa:</translation>
        </message>
        <message>
            <source>Independent reviewer:</source>
            <translation>Mpitiaji huru:</translation>
        </message>
        <message>
            <source>Decide the appeal</source>
            <translation>Amua rufaa</translation>
        </message>
        <message>
            <source>Open a new attempt</source>
            <translation>Fungua jaribio jipya</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Uamuzi:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Maelezo:</translation>
        </message>
    </context>
    <context>
        <name>AssessmentGridTableModel</name>
        <message>
            <source>Element %1: %2</source>
            <translation>Sehemu %1: %2</translation>
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
            <translation>Haijatathminiwa</translation>
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
            <translation>Haijahifadhiwa: %1 Andika thamani tena ili kujaribu upya.</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>Kigezo cha utendaji</translation>
        </message>
        <message>
            <source>attempt %1</source>
            <translation>jaribio %1</translation>
        </message>
        <message>
            <source>%1, attempt %2: %3</source>
            <translation>%1, jaribio %2: %3</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipengele</translation>
        </message>
        <message>
            <source>Unit title</source>
            <translation>Jina la kipengele</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Jaribio</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Mtathmini</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Mhakiki</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>All statuses</source>
            <translation>Hali zote</translation>
        </message>
        <message>
            <source>Candidate: name or registration number</source>
            <translation>Mtahiniwa: jina au namba ya usajili</translation>
        </message>
        <message>
            <source>Unit: code or title</source>
            <translation>Kipengele: msimbo au jina</translation>
        </message>
        <message>
            <source>Plan session…</source>
            <translation>Panga kikao…</translation>
        </message>
        <message>
            <source>Record…</source>
            <translation>Rekodi…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>Maendeleo…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>Chapisha rekodi…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Chapisha…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Hifadhi kama PDF…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Ushahidi…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps</source>
            <translation>Ushahidi na kujitathmini nyuma ya kila kigezo, na mapengo</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Vikao vyote</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Kikao %1</translation>
        </message>
        <message>
            <source>All assessors</source>
            <translation>Watathmini wote</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Tathmini</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>Tathmini %n</numerusform>
                <numerusform>Tathmini %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Print assessment record</source>
            <translation>Chapisha rekodi ya tathmini</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>Hifadhi rekodi ya tathmini</translation>
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
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
        <message>
            <source>&amp;Technical detail</source>
            <translation>Maelezo ya &amp;kiufundi</translation>
        </message>
        <message>
            <source>Show the entry as the log stores it: record type, record number, values before and after.</source>
            <translation>Onyesha ingizo kama kumbukumbu inavyolihifadhi: aina ya rekodi, namba ya rekodi, thamani kabla na baada.</translation>
        </message>
        <message>
            <source>&amp;Check the log</source>
            <translation>&amp;Kagua kumbukumbu</translation>
        </message>
        <message>
            <source>Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows.</source>
            <translation>Kokotoa upya mnyororo wa hashi, linganisha kila rekodi na kile kumbukumbu inasema, na linganisha kumbukumbu na kituo chake cha ukaguzi: ingizo lolote lililobadilishwa au kuondolewa, na rekodi yoyote iliyobadilishwa nje ya SkillAssess, vinaonekana.</translation>
        </message>
        <message>
            <source>&amp;Record the loss…</source>
            <translation>&amp;Sajili upotevu…</translation>
        </message>
        <message>
            <source>When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on.</source>
            <translation>Kumbukumbu inapopoteza maingizo ambayo kituo chake cha ukaguzi kinayaorodhesha na hakuna nakala rudufu inayoweza kurejeshwa: andika upotevu huo kwenye kumbukumbu, ili kazi iendelee.</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translation>Aina ya rekodi:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Mtumiaji:</translation>
        </message>
        <message>
            <source>Select an entry to see what changed.</source>
            <translation>Chagua ingizo kuona kilichobadilika.</translation>
        </message>
        <message>
            <source>Entry %1, %2</source>
            <translation>Ingizo %1, %2</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Kumbukumbu ya ukaguzi</translation>
        </message>
        <message>
            <source>All record types</source>
            <translation>Aina zote za rekodi</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Watumiaji wote</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>Ingizo %n</numerusform>
                <numerusform>Maingizo %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Mabadiliko:</translation>
        </message>
        <message>
            <source>Technical detail: %1 %2 %3 by %4</source>
            <translation>Maelezo ya kiufundi: %1 %2 %3 na %4</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Kabla</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Baada</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Inakagua kumbukumbu ya ukaguzi…</translation>
        </message>
        <message>
            <source>Record in the audit log that entries it held are lost?

%1

Restore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on.</source>
            <translation>Sajili kwenye kumbukumbu ya ukaguzi kwamba maingizo iliyokuwa nayo yamepotea?

%1

Rejesha nakala rudufu ya karibuni badala yake ukiweza. Kusajili upotevu kunahifadhi kile kituo cha ukaguzi kilichosema, kunasajili rekodi ambazo maingizo yake yalipotea kama zilivyo sasa, na kunaruhusu kazi iendelee.</translation>
        </message>
        <message>
            <source>Record the loss</source>
            <translation>Sajili upotevu</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>Na.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Lini</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Aliyefanya</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Kilichotokea</translation>
        </message>
    </context>
    <context>
        <name>AuditTexts</name>
        <message numerus="yes">
            <source>%n record(s) differ from the audit log: changed outside SkillAssess.</source>
            <translation>
                <numerusform>Rekodi %n inatofautiana na kumbukumbu ya ukaguzi: ilibadilishwa nje ya SkillAssess.</numerusform>
                <numerusform>Rekodi %n zinatofautiana na kumbukumbu ya ukaguzi: zilibadilishwa nje ya SkillAssess.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked; every record matches it.</source>
            <translation>
                <numerusform>Kumbukumbu ya ukaguzi iko salama: ingizo %n limekaguliwa; kila rekodi inalingana nayo.</numerusform>
                <numerusform>Kumbukumbu ya ukaguzi iko salama: maingizo %n yamekaguliwa; kila rekodi inalingana nayo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… na %n zaidi.</numerusform>
                <numerusform>… na %n zaidi.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.</source>
            <translation>%1 (%2), %3: kumbukumbu ya ukaguzi (ingizo %4) inasema %5, hifadhidata ina %6.</translation>
        </message>
        <message>
            <source>%1 (%2): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>%1 (%2): hakuna ingizo la ukaguzi linalosajili rekodi hii; iliongezwa nje ya SkillAssess.</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records it, but it is no longer in the database.</source>
            <translation>%1 (%2): kumbukumbu ya ukaguzi (ingizo %3) inaisajili, lakini haipo tena kwenye hifadhidata.</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.</source>
            <translation>%1 (%2): kumbukumbu ya ukaguzi (ingizo %3) inasajili kufutwa kwake, lakini iko kwenye hifadhidata.</translation>
        </message>
        <message>
            <source>The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>Kituo cha ukaguzi kilichoandikwa %1 kinasajili maingizo %2, lakini hifadhidata ina %3: mabadiliko ya karibuni hayapo (faili -wal lililopotea baada ya hitilafu, au maingizo yaliyofutwa). Rejesha nakala rudufu ya karibuni, au msimamizi asajili upotevu kwenye ukurasa wa Kumbukumbu ya ukaguzi; mpaka hapo hakuna kinachoweza kuhifadhiwa.</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>Kumbukumbu ya ukaguzi haina tena maingizo ambayo kituo chake cha ukaguzi cha %1 kinasajili: iliandikwa upya au ilibadilishwa. Rejesha nakala rudufu ya karibuni, au msimamizi asajili upotevu kwenye ukurasa wa Kumbukumbu ya ukaguzi; mpaka hapo hakuna kinachoweza kuhifadhiwa.</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess.</source>
            <translation>Kituo cha ukaguzi %1 hakilingani na saini yake: kilibadilishwa nje ya SkillAssess.</translation>
        </message>
        <message>
            <source>There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it.</source>
            <translation>Hakuna kituo cha ukaguzi (%1), kwa hiyo kuondolewa kwa maingizo ya karibuni ya kumbukumbu hakungeweza kugunduliwa. Ukinakili hifadhidata, nakili pia faili lake la .checkpoint.</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one.</source>
            <translation>Kituo cha ukaguzi %1 hakikutumika: kimesainiwa kwa ufunguo ambao kompyuta hii haiujui, au hakisomeki. Badiliko linalofuata linaandika kipya.</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>Kumbukumbu ya ukaguzi ni tupu; bado hakuna kituo cha ukaguzi.</translation>
        </message>
        <message>
            <source>The audit checkpoint of %1 (%2 entries) is contained in the log.</source>
            <translation>Kituo cha ukaguzi cha %1 (maingizo %2) kimo kwenye kumbukumbu.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2.</source>
            <translation>Kumbukumbu ya ukaguzi imevunjika kwenye ingizo %1: %2.</translation>
        </message>
        <message>
            <source>The audit log has lost entries</source>
            <translation>Kumbukumbu ya ukaguzi imepoteza maingizo</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <source>Backup settings</source>
            <translation>Mipangilio ya nakala rudufu</translation>
        </message>
        <message>
            <source>On the first start of each day SkillAssess writes a backup of the database, its evidence files, the audit checkpoint and the signing keys. These settings belong to this computer.</source>
            <translation>Katika kuanza kwa kwanza kwa kila siku SkillAssess huandika nakala rudufu ya hifadhidata, faili zake za ushahidi, kituo cha ukaguzi na funguo za kusaini. Mipangilio hii ni ya kompyuta hii.</translation>
        </message>
        <message>
            <source>No daily backup</source>
            <translation>Hakuna nakala rudufu ya kila siku</translation>
        </message>
        <message>
            <source>None (for example a USB stick)</source>
            <translation>Hakuna (kwa mfano diski ya USB)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Vinjari…</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Futa</translation>
        </message>
        <message>
            <source>%1, made %2</source>
            <translation>%1, imetengenezwa %2</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Bado hakuna</translation>
        </message>
        <message>
            <source>&amp;Daily backups to keep:</source>
            <translation>Nakala rudufu za &amp;kila siku za kuhifadhi:</translation>
        </message>
        <message>
            <source>&amp;Second folder:</source>
            <translation>Folda ya &amp;pili:</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Folda ya nakala rudufu:</translation>
        </message>
        <message>
            <source>Newest backup:</source>
            <translation>Nakala rudufu ya karibuni:</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Folda ya pili ya nakala rudufu</translation>
        </message>
        <message>
            <source>There is no folder %1; plug the USB stick in or choose another folder.</source>
            <translation>Hakuna folda %1; chomeka diski ya USB au chagua folda nyingine.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>SkillAssess backup (%1);;All files (*)</source>
            <translation>Nakala rudufu ya SkillAssess (%1);;Faili zote (*)</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Hifadhidata iliyoharibika</translation>
        </message>
        <message>
            <source>The database file %1 is damaged, so SkillAssess will not write to it.</source>
            <translation>Faili la hifadhidata %1 limeharibika, kwa hiyo SkillAssess haitaandika ndani yake.</translation>
        </message>
        <message>
            <source>The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside the restored one.</source>
            <translation>Nakala rudufu ya karibuni ni %1, iliyotengenezwa %2. Irejeshe ili kuendelea kufanya kazi; faili lililoharibika linahifadhiwa kando ya lililorejeshwa.</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>Rejesha nakala rudufu ya karibuni</translation>
        </message>
        <message>
            <source>No backup of it was found on this computer. If you have one (on a USB stick, for example), restore it; the damaged file is kept beside the restored one.</source>
            <translation>Hakuna nakala rudufu yake iliyopatikana kwenye kompyuta hii. Kama unayo (kwenye diski ya USB, kwa mfano), irejeshe; faili lililoharibika linahifadhiwa kando ya lililorejeshwa.</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Rejesha kutoka faili…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Rejesha kutoka nakala rudufu</translation>
        </message>
        <message>
            <source>Replace the database %1 (last changed %2) with the backup made %3?</source>
            <translation>Badilisha hifadhidata %1 (ilibadilishwa mwisho %2) kwa nakala rudufu iliyotengenezwa %3?</translation>
        </message>
        <message>
            <source>Put the backup made %1 in place as the database %2?</source>
            <translation>Weka nakala rudufu iliyotengenezwa %1 kama hifadhidata %2?</translation>
        </message>
        <message>
            <source>The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is replaced is kept beside the database as a copy, so nothing is lost.</source>
            <translation>Nakala rudufu imepita kila ukaguzi. Inatoka %1 na ina watahiniwa %2, tathmini %3 na vyeti %4. Faili za ushahidi, kituo cha ukaguzi na funguo za kusaini zinabadilishwa pia; kinachobadilishwa kinahifadhiwa kando ya hifadhidata kama nakala, kwa hiyo hakuna kinachopotea.</translation>
        </message>
        <message>
            <source>Replace the database</source>
            <translation>Badilisha hifadhidata</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Inakagua %1…</translation>
        </message>
        <message>
            <source>Putting the backup in place…</source>
            <translation>Inaweka nakala rudufu mahali pake…</translation>
        </message>
        <message>
            <source>The database was restored from %1.</source>
            <translation>Hifadhidata imerejeshwa kutoka %1.</translation>
        </message>
        <message>
            <source>The database it replaced is kept as %1.</source>
            <translation>Hifadhidata iliyobadilishwa imehifadhiwa kama %1.</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Nakala rudufu imeandikwa kwenye %1.</translation>
        </message>
        <message>
            <source>Copied to %1.</source>
            <translation>Imenakiliwa kwenye %1.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Tengeneza nakala rudufu sasa</translation>
        </message>
        <message>
            <source>The PostgreSQL database itself is not in the archive; back it up with: %1</source>
            <translation>Hifadhidata ya PostgreSQL yenyewe haimo kwenye kumbukumbu; itengenezee nakala rudufu kwa: %1</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Inaandika nakala rudufu…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Kagua hifadhidata</translation>
        </message>
        <message>
            <source>The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).</source>
            <translation>Faili la hifadhidata %1 ni zima: ukaguzi kamili wa SQLite haukupata tatizo (sekunde %2).</translation>
        </message>
        <message>
            <source>Checking every page, table and index of %1…</source>
            <translation>Inakagua kila ukurasa, jedwali na faharasa ya %1…</translation>
        </message>
        <message>
            <source>The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>Folda ya pili ya nakala rudufu %1 haipo (je, diski ya USB imechomekwa?); nakala rudufu iko kwenye folda ya data tu.</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Nakala rudufu ya kila siku</translation>
        </message>
        <message>
            <source>Today's backup was written to %1.</source>
            <translation>Nakala rudufu ya leo imeandikwa kwenye %1.</translation>
        </message>
        <message>
            <source>Daily backup written to %1</source>
            <translation>Nakala rudufu ya kila siku imeandikwa kwenye %1</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>Nakala rudufu ya kila siku haikuweza kuandikwa: %1</translation>
        </message>
    </context>
    <context>
        <name>BodyForm</name>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Jina</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>&amp;Nchi</translation>
        </message>
        <message>
            <source>&amp;Level scale</source>
            <translation>Kipimo cha &amp;ngazi</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>Not given</source>
            <translation>Haijatolewa</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Mtahiniwa mpya</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Given when saved</source>
            <translation>Inatolewa inapohifadhiwa</translation>
        </message>
        <message>
            <source>The full name in Amharic, Arabic or another script, as the candidate writes it</source>
            <translation>Jina kamili kwa Kiamhari, Kiarabu au hati nyingine, kama mtahiniwa anavyoliandika</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chagua…</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Chagua picha…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Ondoa picha</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Family name *</source>
            <translation>Jina la ukoo *</translation>
        </message>
        <message>
            <source>Given names *</source>
            <translation>Majina ya kwanza *</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>Jina kwa hati ya kienyeji</translation>
        </message>
        <message>
            <source>Sex *</source>
            <translation>Jinsia *</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Hati ya utambulisho</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Namba ya utambulisho</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Uraia</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Ulemavu</translation>
        </message>
        <message>
            <source>Disability details</source>
            <translation>Maelezo ya ulemavu</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Barua pepe</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anwani</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Elimu</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>Miaka ya uzoefu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Mtahiniwa %1</translation>
        </message>
        <message>
            <source>Choose photo</source>
            <translation>Chagua picha</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>Picha (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Haiwezekani kusoma %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a picture this application can read.</source>
            <translation>%1 si picha ambayo programu hii inaweza kusoma.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Hakuna picha</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Fungua %1</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>Haijahifadhiwa: sahihisha sehemu zilizowekwa alama nyekundu.</translation>
        </message>
        <message>
            <source>Check the warning above; press Save again to save anyway.</source>
            <translation>Angalia onyo hapo juu; bonyeza Hifadhi tena ili kuhifadhi hata hivyo.</translation>
        </message>
        <message>
            <source>Sign in to register candidates.</source>
            <translation>Ingia ili kusajili watahiniwa.</translation>
        </message>
    </context>
    <context>
        <name>CandidatePanel</name>
        <message>
            <source>Methods used</source>
            <translation>Mbinu zilizotumika</translation>
        </message>
        <message>
            <source>Not declared yet</source>
            <translation>Bado haijatangazwa</translation>
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation>Hakuna mgongano wa maslahi</translation>
        </message>
        <message>
            <source>Conflict of interest (describe)</source>
            <translation>Mgongano wa maslahi (eleza)</translation>
        </message>
        <message>
            <source>For example: the candidate is a relative</source>
            <translation>Kwa mfano: mtahiniwa ni ndugu</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>Maoni ya mtathmini</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>Mrejesho aliopewa mtahiniwa</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>Bado hakuna matokeo</translation>
        </message>
        <message>
            <source>Credit transfer: earlier qualification and who issued it</source>
            <translation>Uhamisho wa mikopo: sifa ya awali na aliyeitoa</translation>
        </message>
        <message>
            <source>Conflict of interest:</source>
            <translation>Mgongano wa maslahi:</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>Maoni:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Mrejesho:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Matokeo:</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Wasilisha</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Hakiki</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Rudisha…</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Rekebisha…</translation>
        </message>
        <message>
            <source>New attempt</source>
            <translation>Jaribio jipya</translation>
        </message>
        <message>
            <source>Appeal…</source>
            <translation>Rufaa…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>Chapisha rekodi…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Ushahidi…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)</source>
            <translation>Ushahidi na kujitathmini nyuma ya kila kigezo, na mapengo (Ctrl+E kwenye kisanduku)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Choose a candidate's column in the grid.</source>
            <translation>Chagua safu ya mtahiniwa kwenye gridi.</translation>
        </message>
        <message>
            <source>Attempt %1 · %2</source>
            <translation>Jaribio %1 · %2</translation>
        </message>
        <message>
            <source>verified by %1</source>
            <translation>imehakikiwa na %1</translation>
        </message>
        <message>
            <source>assessor: %1</source>
            <translation>mtathmini: %1</translation>
        </message>
        <message>
            <source>Returned: %1</source>
            <translation>Imerudishwa: %1</translation>
        </message>
        <message>
            <source>Decide appeal…</source>
            <translation>Amua rufaa…</translation>
        </message>
        <message>
            <source>Not Yet Competent and Withdrawn can always be recorded.</source>
            <translation>Bado si mahiri na Amejiondoa vinaweza kurekodiwa wakati wowote.</translation>
        </message>
        <message>
            <source>Credit transfer rests on its source, not on the criteria.</source>
            <translation>Uhamisho wa mikopo unategemea chanzo chake, si vigezo.</translation>
        </message>
        <message>
            <source>The candidate is not enrolled on the RPL pathway.</source>
            <translation>Mtahiniwa hajadahiliwa kwenye njia ya RPL.</translation>
        </message>
        <message>
            <source>Not yet Satisfactory or not assessed: %1</source>
            <translation>Bado hairidhishi au haijatathminiwa: %1</translation>
        </message>
        <message>
            <source>No method recorded.</source>
            <translation>Hakuna mbinu iliyorekodiwa.</translation>
        </message>
        <message>
            <source>Competent is blocked. </source>
            <translation>Mahiri imezuiwa. </translation>
        </message>
        <message>
            <source>RPL granted is blocked. </source>
            <translation>RPL imetolewa imezuiwa. </translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: Competent can be recorded.</source>
            <translation>Kila kigezo kinaridhisha: Mahiri inaweza kurekodiwa.</translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: RPL granted can be recorded.</source>
            <translation>Kila kigezo kinaridhisha: RPL imetolewa inaweza kurekodiwa.</translation>
        </message>
        <message>
            <source>Attempt %1, %2: %3, %4</source>
            <translation>Jaribio %1, %2: %3, %4</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>hakuna matokeo</translation>
        </message>
        <message>
            <source>Amended by %1: %2</source>
            <translation>Imerekebishwa na %1: %2</translation>
        </message>
        <message>
            <source>Appeal of %1: %2 (%3)</source>
            <translation>Rufaa ya %1: %2 (%3)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Imehifadhiwa: %1</translation>
        </message>
        <message>
            <source>methods</source>
            <translation>mbinu</translation>
        </message>
        <message>
            <source>Describe the conflict of interest, then press Enter.</source>
            <translation>Eleza mgongano wa maslahi, kisha bonyeza Enter.</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>mgongano wa maslahi</translation>
        </message>
        <message>
            <source>comments and feedback</source>
            <translation>maoni na mrejesho</translation>
        </message>
        <message>
            <source>Type the source of the credit transfer, then press Enter.</source>
            <translation>Andika chanzo cha uhamisho wa mikopo, kisha bonyeza Enter.</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>matokeo</translation>
        </message>
        <message>
            <source>Submit the result of %1 in %2 for verification?</source>
            <translation>Wasilisha matokeo ya %1 katika %2 kwa uhakiki?</translation>
        </message>
        <message>
            <source>Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you.</source>
            <translation>Uamuzi wake, mbinu, maoni na matokeo (%1) yatafungwa: ni mhakiki tu anayeweza kukurudishia.</translation>
        </message>
        <message>
            <source>submitted for verification</source>
            <translation>imewasilishwa kwa uhakiki</translation>
        </message>
        <message>
            <source>Verify the result of %1 in %2?</source>
            <translation>Hakiki matokeo ya %1 katika %2?</translation>
        </message>
        <message>
            <source>The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt.</source>
            <translation>Matokeo %1 yatakuwa ya mwisho na kufungwa: mabadiliko yanahitaji marekebisho yenye sababu, au jaribio jipya.</translation>
        </message>
        <message>
            <source>verified and locked</source>
            <translation>imehakikiwa na kufungwa</translation>
        </message>
        <message>
            <source>Return to the assessor</source>
            <translation>Rudisha kwa mtathmini</translation>
        </message>
        <message>
            <source>What must the assessor fix?</source>
            <translation>Mtathmini arekebishe nini?</translation>
        </message>
        <message>
            <source>returned to the assessor</source>
            <translation>imerudishwa kwa mtathmini</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>marekebisho</translation>
        </message>
        <message>
            <source>new attempt opened</source>
            <translation>jaribio jipya limefunguliwa</translation>
        </message>
        <message>
            <source>appeal decided</source>
            <translation>rufaa imeamuliwa</translation>
        </message>
        <message>
            <source>appeal recorded</source>
            <translation>rufaa imesajiliwa</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>Hifadhi rekodi ya tathmini</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Imeandika %1</translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Registration no.</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Jina la ukoo</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Majina ya kwanza</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>Jina kwa hati ya kienyeji</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Uraia</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Namba ya utambulisho</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message>
            <source>Search by name (any script), registration number or ID</source>
            <translation>Tafuta kwa jina (hati yoyote), namba ya usajili au kitambulisho</translation>
        </message>
        <message>
            <source>Any sex</source>
            <translation>Jinsia yoyote</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>Hatua yoyote</translation>
        </message>
        <message>
            <source>New candidate…</source>
            <translation>Mtahiniwa mpya…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Hariri…</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>Dahili…</translation>
        </message>
        <message>
            <source>RPL step…</source>
            <translation>Hatua ya RPL…</translation>
        </message>
        <message>
            <source>Self-assessment…</source>
            <translation>Kujitathmini…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Ushahidi…</translation>
        </message>
        <message>
            <source>Gap training…</source>
            <translation>Mafunzo ya kuziba pengo…</translation>
        </message>
        <message>
            <source>Refer a candidate whose recognition is partial to training for the units not achieved</source>
            <translation>Mpeleke mtahiniwa ambaye utambuzi wake ni wa sehemu kwenye mafunzo ya vipengele ambavyo hajafaulu</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Ingiza kutoka Excel…</translation>
        </message>
        <message>
            <source>Excel template…</source>
            <translation>Kiolezo cha Excel…</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Watahiniwa</translation>
        </message>
        <message>
            <source>Any qualification</source>
            <translation>Sifa yoyote</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>Mtahiniwa %n</numerusform>
                <numerusform>Watahiniwa %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the candidates…</source>
            <translation>Inahesabu watahiniwa…</translation>
        </message>
        <message>
            <source>Not enrolled yet.</source>
            <translation>Bado hajadahiliwa.</translation>
        </message>
        <message>
            <source>stage: %1</source>
            <translation>hatua: %1</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Mfuatano wa matukio</translation>
        </message>
        <message>
            <source>Assessment %1, attempt %2: %3, %4</source>
            <translation>Tathmini %1, jaribio %2: %3, %4</translation>
        </message>
        <message>
            <source>no outcome yet</source>
            <translation>bado hakuna matokeo</translation>
        </message>
        <message>
            <source>Referred to gap training: %1</source>
            <translation>Amepelekwa kwenye mafunzo ya kuziba pengo: %1</translation>
        </message>
        <message>
            <source>Enrol the candidate in a qualification first.</source>
            <translation>Dahili mtahiniwa kwenye sifa kwanza.</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Kujitathmini</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Udahili</translation>
        </message>
        <message>
            <source>Save Excel template</source>
            <translation>Hifadhi kiolezo cha Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Kitabu cha kazi cha Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Import candidates</source>
            <translation>Ingiza watahiniwa</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Inaingiza %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) imported.</source>
            <translation>
                <numerusform>Mtahiniwa %n ameingizwa.</numerusform>
                <numerusform>Watahiniwa %n wameingizwa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already registered, not imported again:</source>
            <translation>
                <numerusform>%n alikuwa amesajiliwa tayari, hakuingizwa tena:</numerusform>
                <numerusform>%n walikuwa wamesajiliwa tayari, hawakuingizwa tena:</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Mstari %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CentrePage</name>
        <message>
            <source>Your centre</source>
            <translation>Kituo chako</translation>
        </message>
        <message>
            <source>These appear on certificates and reports. An administrator can change them later.</source>
            <translation>Haya yanaonekana kwenye vyeti na ripoti. Msimamizi anaweza kuyabadilisha baadaye.</translation>
        </message>
        <message>
            <source>e.g. ACC</source>
            <translation>k.m. VTC</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chagua…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Hakuna nembo</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>Chagua &amp;nembo…</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;Jina la kituo:</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;Msimbo wa kituo:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>N&amp;chi:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Anwani:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Nembo:</translation>
        </message>
        <message>
            <source>The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number.</source>
            <translation>Msimbo wa kituo unaweza kuwa na hadi herufi, tarakimu au vistari 20 (kwa mfano VTC); unaanza kila namba ya mfululizo ya cheti.</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>Nembo ya kituo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Picha (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>%1 is not an image that can be read.</source>
            <translation>%1 si picha inayoweza kusomwa.</translation>
        </message>
    </context>
    <context>
        <name>CentreSettingsDialog</name>
        <message>
            <source>Centre settings</source>
            <translation>Mipangilio ya kituo</translation>
        </message>
        <message>
            <source>Starts new certificate serial numbers and registration numbers.</source>
            <translation>Huanzisha namba za mfululizo za vyeti vipya na namba za usajili.</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>Chagua &amp;nembo…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Ondoa nembo</translation>
        </message>
        <message>
            <source>QR codes on new certificates link to this address, where anyone can check them. Leave it empty to print the signed text only.</source>
            <translation>Misimbo ya QR kwenye vyeti vipya inaunganisha na anwani hii, ambapo yeyote anaweza kuvikagua. Iache tupu ili kuchapisha maandishi yaliyosainiwa tu.</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;Jina la kituo:</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;Msimbo wa kituo:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>N&amp;chi:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Anwani:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Nembo:</translation>
        </message>
        <message>
            <source>&amp;Verification address:</source>
            <translation>Anwani ya &amp;uthibitishaji:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Title (%1)</source>
            <translation>Cheo (%1)</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Saini</translation>
        </message>
        <message>
            <source>&amp;Add signatory</source>
            <translation>&amp;Ongeza mtia saini</translation>
        </message>
        <message>
            <source>R&amp;emove signatory</source>
            <translation>O&amp;ndoa mtia saini</translation>
        </message>
        <message>
            <source>Choose &amp;signature…</source>
            <translation>Chagua &amp;saini…</translation>
        </message>
        <message>
            <source>Remove signature</source>
            <translation>Ondoa saini</translation>
        </message>
        <message>
            <source>Signatories on certificates (at most %1)</source>
            <translation>Watia saini kwenye vyeti (wasiozidi %1)</translation>
        </message>
        <message>
            <source>Only administrators change the centre settings.</source>
            <translation>Ni wasimamizi tu wanaobadilisha mipangilio ya kituo.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Hakuna nembo</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>Nembo ya kituo</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Picha</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Hakuna</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Picha (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>Serial</source>
            <translation>Namba ya mfululizo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Kimetolewa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Nakala zilizochapishwa upya</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Search by serial, registration number or name</source>
            <translation>Tafuta kwa namba ya mfululizo, namba ya usajili au jina</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Hali yoyote</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Aina yoyote</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Mwaka wowote</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>Toa…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Onyesho la awali</translation>
        </message>
        <message>
            <source>Reprint…</source>
            <translation>Chapisha upya…</translation>
        </message>
        <message>
            <source>Reprint to PDF or ZIP…</source>
            <translation>Chapisha upya kwenye PDF au ZIP…</translation>
        </message>
        <message>
            <source>Save badge…</source>
            <translation>Hifadhi beji…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Batilisha…</translation>
        </message>
        <message>
            <source>Reissue…</source>
            <translation>Toa upya…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>Hakiki…</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Vyeti</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in the register</source>
            <translation>
                <numerusform>Cheti %n kwenye rejista</numerusform>
                <numerusform>Vyeti %n kwenye rejista</numerusform>
            </translation>
        </message>
        <message>
            <source>Issuing, printing and revoking need the registrar role.</source>
            <translation>Kutoa, kuchapisha na kubatilisha kunahitaji jukumu la msajili.</translation>
        </message>
        <message>
            <source>Printed again, marked "Reprint" and counted in the register.</source>
            <translation>Kimechapishwa tena, kimewekwa alama "Nakala" na kuhesabiwa kwenye rejista.</translation>
        </message>
        <message>
            <source>An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.</source>
            <translation>Open Badge (.jwt) moja kwa kila cheti, iliyotiwa sahihi kwa ufunguo wa kituo: mtahiniwa huiingiza kwenye pochi ya kidijitali, na programu za waajiri huikagua.</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Toa</translation>
        </message>
        <message>
            <source>Finding the candidates who can be certified…</source>
            <translation>Inatafuta watahiniwa wanaoweza kupewa vyeti…</translation>
        </message>
        <message>
            <source>Issued: %1</source>
            <translation>Kimetolewa: %1</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Chapisha…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Hifadhi PDF…</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>Hifadhi vyeti</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate %1</source>
            <translation>Cheti %1</translation>
        </message>
        <message>
            <source>One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)</source>
            <translation>PDF moja (*.pdf);;ZIP ya PDF moja kwa kila cheti (*.zip)</translation>
        </message>
        <message>
            <source>Open Badge (*.jwt)</source>
            <translation>Open Badge (*.jwt)</translation>
        </message>
        <message>
            <source>ZIP of one badge per certificate (*.zip)</source>
            <translation>ZIP ya beji moja kwa kila cheti (*.zip)</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>Hifadhi beji</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved</source>
            <translation>
                <numerusform>Beji %n imehifadhiwa</numerusform>
                <numerusform>Beji %n zimehifadhiwa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Signing %n badge(s)…</source>
            <translation>
                <numerusform>Inatia sahihi beji %n…</numerusform>
                <numerusform>Inatia sahihi beji %n…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) saved</source>
            <translation>
                <numerusform>Cheti %n kimehifadhiwa</numerusform>
                <numerusform>Vyeti %n vimehifadhiwa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n certificate(s)…</source>
            <translation>
                <numerusform>Inaandaa cheti %n…</numerusform>
                <numerusform>Inaandaa vyeti %n…</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Chapisha</translation>
        </message>
        <message numerus="yes">
            <source>Printing %n certificate(s)…</source>
            <translation>
                <numerusform>Inachapisha cheti %n…</numerusform>
                <numerusform>Inachapisha vyeti %n…</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>Batilisha cheti</translation>
        </message>
        <message>
            <source>Why is certificate %1 revoked? It stays in the register, marked revoked.</source>
            <translation>Kwa nini cheti %1 kinabatilishwa? Kinabaki kwenye rejista, kikiwa na alama ya kubatilishwa.</translation>
        </message>
        <message>
            <source>Reissue certificate</source>
            <translation>Toa cheti upya</translation>
        </message>
        <message>
            <source>What was corrected? Certificate %1 will be revoked and a new serial issued in its place.</source>
            <translation>Nini kilisahihishwa? Cheti %1 kitabatilishwa na namba mpya ya mfululizo itatolewa badala yake.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Badilisha nenosiri langu</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Nenosiri la &amp;sasa:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Nenosiri &amp;jipya:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Nenosiri jipya t&amp;ena:</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not given</source>
            <translation>Haijatolewa</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).</source>
            <translation>Andika tarehe kama 14/05/2001 au 2001-05-14, au ichague kwenye kalenda (Alt+Down).</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>Chagua kwenye kalenda</translation>
        </message>
        <message>
            <source>Give a date.</source>
            <translation>Weka tarehe.</translation>
        </message>
        <message>
            <source>%1 is not a date: type it as 14/05/2001 or 2001-05-14.</source>
            <translation>%1 si tarehe: iandike kama 14/05/2001 au 2001-05-14.</translation>
        </message>
        <message>
            <source>The date may not be before %1.</source>
            <translation>Tarehe haiwezi kuwa kabla ya %1.</translation>
        </message>
        <message>
            <source>The date may not be after %1.</source>
            <translation>Tarehe haiwezi kuwa baada ya %1.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrol candidate</source>
            <translation>Dahili mtahiniwa</translation>
        </message>
        <message>
            <source>The whole qualification</source>
            <translation>Sifa nzima</translation>
        </message>
        <message>
            <source>Chosen units only</source>
            <translation>Vipengele vilivyochaguliwa tu</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>Njia</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Tarehe ya udahili</translation>
        </message>
        <message>
            <source>Choose a qualification (and sign in) to enrol.</source>
            <translation>Chagua sifa (na uingie) ili kudahili.</translation>
        </message>
        <message>
            <source>Tick at least one unit, or choose the whole qualification.</source>
            <translation>Weka alama kwenye angalau kipengele kimoja, au chagua sifa nzima.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>Hifadhidata ina shughuli: mtumiaji au programu nyingine inahifadhi ndani yake. Hakuna kilichobadilishwa; jaribu tena baada ya muda mfupi.</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>Hifadhidata haiwezi kubadilishwa: faili au folda yake ni ya kusoma tu. Hakuna kilichobadilishwa; ruhusu kuandika hapo, au nakili hifadhidata kwenye folda unayoweza kuandika.</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>Diski yenye hifadhidata imejaa. Hakuna kilichobadilishwa; ondoa baadhi ya vitu ili kupata nafasi na ujaribu tena.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>Faili la hifadhidata halikuweza kusomwa au kuandikwa (tatizo la diski, diski ya USB au mtandao). Hakuna kilichobadilishwa; hakikisha diski imeunganishwa na ujaribu tena.</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>Faili la hifadhidata limeharibika. Hakuna kilichobadilishwa; acha kulitumia na urejeshe nakala rudufu ya karibuni.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>Seva ya hifadhidata haifikiki: imesimamishwa, au mtandao haupo. Kagua muunganisho au muulize anayeendesha seva, kisha jaribu tena.</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>Badiliko linagongana na jingine lililohifadhiwa wakati huo huo, labda na mtumiaji mwingine. Hakuna kilichobadilishwa; angalia rekodi tena na urudie badiliko.</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>Hifadhidata iliripoti tatizo. Hakuna kilichobadilishwa; jaribu tena, na likitokea tena liripoti pamoja na faili la kumbukumbu.</translation>
        </message>
        <message>
            <source>Something went wrong: %1
Please report this with the log file.</source>
            <translation>Kuna kitu kimeharibika: %1
Tafadhali ripoti hili pamoja na faili la kumbukumbu.</translation>
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
            <translation>Ushahidi umekubaliwa</translation>
        </message>
        <message>
            <source>Evidence not yet judged</source>
            <translation>Ushahidi bado haujaamuliwa</translation>
        </message>
        <message>
            <source>Evidence rejected</source>
            <translation>Ushahidi umekataliwa</translation>
        </message>
        <message>
            <source>No evidence</source>
            <translation>Hakuna ushahidi</translation>
        </message>
        <message>
            <source>valid, sufficient, authentic and current</source>
            <translation>halali, unatosha, halisi na wa sasa</translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>bado haujaamuliwa</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>halali</translation>
        </message>
        <message>
            <source>sufficient</source>
            <translation>unatosha</translation>
        </message>
        <message>
            <source>authentic</source>
            <translation>halisi</translation>
        </message>
        <message>
            <source>current</source>
            <translation>wa sasa</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>fails: %1</source>
            <translation>haukidhi: %1</translation>
        </message>
        <message>
            <source>not judged: %1</source>
            <translation>haujaamuliwa: %1</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator of groups</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>haijajibiwa</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>Kujitathmini: %1</translation>
        </message>
        <message>
            <source>Ctrl+E opens the evidence.</source>
            <translation>Ctrl+E hufungua ushahidi.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBasisDialog</name>
        <message>
            <source>Evidence and self-assessment — %1</source>
            <translation>Ushahidi na kujitathmini — %1</translation>
        </message>
        <message>
            <source>%1 of %2 criteria are covered by accepted evidence.</source>
            <translation>Vigezo %1 kati ya %2 vinafunikwa na ushahidi uliokubaliwa.</translation>
        </message>
        <message>
            <source>This candidate is not on the RPL pathway.</source>
            <translation>Mtahiniwa huyu hayuko kwenye njia ya RPL.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kigezo</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Ushahidi</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Kujitathmini</translation>
        </message>
        <message>
            <source>Element %1: %2</source>
            <translation>Sehemu %1: %2</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Halijajibiwa</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>Kujitathmini: %1</translation>
        </message>
        <message>
            <source>No accepted evidence covers these criteria: plan observation or questioning for them, or judge the evidence not yet judged.</source>
            <translation>Hakuna ushahidi uliokubaliwa unaofunika vigezo hivi: panga uchunguzi au maswali kwa ajili yake, au amua ushahidi ambao bado haujaamuliwa.</translation>
        </message>
        <message>
            <source>Accepted evidence covers every criterion of the unit.</source>
            <translation>Ushahidi uliokubaliwa unafunika kila kigezo cha kipengele.</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>Kwa kigezo</translation>
        </message>
        <message>
            <source>Gaps (%1)</source>
            <translation>Mapengo (%1)</translation>
        </message>
        <message>
            <source>Open file (read-only)</source>
            <translation>Fungua faili (kusoma tu)</translation>
        </message>
        <message>
            <source>Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment (full: I can do this, half: with help, ring: not yet).</source>
            <translation>Ukurasa: ushahidi (kijani umekubaliwa, manjano bado haujaamuliwa, nyekundu umekataliwa). Nukta: kujitathmini (kamili: naweza kufanya hili, nusu: kwa msaada, pete: bado).</translation>
        </message>
        <message>
            <source>A gap: plan observation or questioning for this criterion.</source>
            <translation>Pengo: panga uchunguzi au maswali kwa kigezo hiki.</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Halali</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>Unatosha</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>Halisi</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Wa sasa</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>haujaamuliwa</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>Aina: %1</translation>
        </message>
        <message>
            <source>Date of the evidence: %1</source>
            <translation>Tarehe ya ushahidi: %1</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>Maelezo: %1</translation>
        </message>
        <message>
            <source>Judgement on the rules of evidence:</source>
            <translation>Uamuzi kwa kanuni za ushahidi:</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Portfolio of evidence — %1</source>
            <translation>Jalada la ushahidi — %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Vigezo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Uamuzi</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>Ongeza faili…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Hariri…</translation>
        </message>
        <message>
            <source>Change the type, description, date or criteria of the item</source>
            <translation>Badilisha aina, maelezo, tarehe au vigezo vya kipengee</translation>
        </message>
        <message>
            <source>Show withdrawn</source>
            <translation>Onyesha vilivyoondolewa</translation>
        </message>
        <message>
            <source>Rules of evidence (assessor's judgement)</source>
            <translation>Kanuni za ushahidi (uamuzi wa mtathmini)</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Halali</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>Unatosha</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>Halisi</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Wa sasa</translation>
        </message>
        <message>
            <source>Save judgement</source>
            <translation>Hifadhi uamuzi</translation>
        </message>
        <message>
            <source>Each box has three states: ticked = met, empty = not met, filled square = not judged yet. Click to go from one to the next, then Save judgement.</source>
            <translation>Kila kisanduku kina hali tatu: alama ya tiki = kimekidhiwa, tupu = hakijakidhiwa, mraba uliojazwa = bado hakijaamuliwa. Bofya kwenda kutoka moja hadi nyingine, kisha Hifadhi uamuzi.</translation>
        </message>
        <message>
            <source>Ticked: met · empty: not met · filled square: not judged yet</source>
            <translation>Tiki: kimekidhiwa · tupu: hakijakidhiwa · mraba uliojazwa: bado hakijaamuliwa</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(kusoma tu)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the portfolio</source>
            <translation>
                <numerusform>Kipengee %n kwenye jalada</numerusform>
                <numerusform>Vipengee %n kwenye jalada</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, SHA-256 %2</source>
            <translation>%1, SHA-256 %2</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Ongeza ushahidi</translation>
        </message>
        <message>
            <source>Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)</source>
            <translation>Ushahidi (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;Faili zote (*)</translation>
        </message>
        <message>
            <source>This file is already in the portfolio; it was not added twice.</source>
            <translation>Faili hili tayari liko kwenye jalada; halikuongezwa mara mbili.</translation>
        </message>
        <message>
            <source>Withdraw evidence</source>
            <translation>Ondoa ushahidi</translation>
        </message>
        <message>
            <source>Withdraw %1 from the portfolio? The file is kept and stays in the record.</source>
            <translation>Ondoa %1 kwenye jalada? Faili linahifadhiwa na linabaki kwenye rekodi.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <source>Exchange bundles</source>
            <translation>Vifurushi vya kubadilishana</translation>
        </message>
        <message>
            <source>Send and receive</source>
            <translation>Tuma na pokea</translation>
        </message>
        <message>
            <source>National register</source>
            <translation>Rejista ya taifa</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Udhibiti wa ubora</translation>
        </message>
        <message>
            <source>Send this centre's results to the awarding body</source>
            <translation>Tuma matokeo ya kituo hiki kwa chombo cha utoaji tuzo</translation>
        </message>
        <message>
            <source>What changed since the previous export</source>
            <translation>Kilichobadilika tangu uhamishaji uliopita</translation>
        </message>
        <message>
            <source>Results verified since:</source>
            <translation>Matokeo yaliyohakikiwa tangu:</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Kila kitu</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Hamisha kifurushi…</translation>
        </message>
        <message>
            <source>Only verified results leave, with the candidate fields the awarding body needs (never notes, telephone numbers or addresses), every certificate, and the centre's public keys. The file is signed with the centre's key.</source>
            <translation>Matokeo yaliyohakikiwa tu ndiyo hutoka, pamoja na taarifa za mtahiniwa ambazo chombo cha utoaji tuzo kinahitaji (kamwe si maelezo, namba za simu wala anwani), kila cheti, na funguo za umma za kituo. Faili linasainiwa kwa ufunguo wa kituo.</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>Pokea kifurushi</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>Ingiza kifurushi…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Jukumu</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Funguo</translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Vifurushi vilivyoingizwa</translation>
        </message>
        <message>
            <source>Registered partners:</source>
            <translation>Washirika waliosajiliwa:</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Hamisha kifurushi</translation>
        </message>
        <message>
            <source>SkillAssess exchange bundles (*.sabundle)</source>
            <translation>Vifurushi vya kubadilishana vya SkillAssess (*.sabundle)</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Inaandika kifurushi…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Kifurushi kimeandikwa</translation>
        </message>
        <message>
            <source>%1 is written (bundle number %2): %3.</source>
            <translation>%1 kimeandikwa (kifurushi namba %2): %3.</translation>
        </message>
        <message>
            <source>Import bundle</source>
            <translation>Ingiza kifurushi</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>Inakagua kifurushi…</translation>
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation>Inaingiza kifurushi…</translation>
        </message>
        <message>
            <source>%1 was already imported; nothing changed.</source>
            <translation>%1 kilikwisha ingizwa; hakuna kilichobadilika.</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 updated, %4 unchanged</source>
            <translation>%1: %2 vimeongezwa, %3 vimesasishwa, %4 havijabadilika</translation>
        </message>
        <message>
            <source>Not taken over: %1</source>
            <translation>Havikuchukuliwa: %1</translation>
        </message>
        <message>
            <source>Imported %1 from %2.</source>
            <translation>Imeingizwa %1 kutoka %2.</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Kifurushi kimeingizwa</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Assessed: women</source>
            <translation>Waliotathminiwa: wanawake</translation>
        </message>
        <message>
            <source>men</source>
            <translation>wanaume</translation>
        </message>
        <message>
            <source>Competent: women</source>
            <translation>Mahiri: wanawake</translation>
        </message>
        <message>
            <source>Certified: women</source>
            <translation>Waliopewa vyeti: wanawake</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>Hamisha takwimu…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Hamisha matokeo…</translation>
        </message>
        <message>
            <source>Export certificates…</source>
            <translation>Hamisha vyeti…</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>Kituo:</translation>
        </message>
        <message>
            <source>Breakdown:</source>
            <translation>Mgawanyo:</translation>
        </message>
        <message>
            <source>Browse candidates and certificates…</source>
            <translation>Vinjari watahiniwa na vyeti…</translation>
        </message>
        <message>
            <source>By centre</source>
            <translation>Kwa kituo</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>Kwa sifa</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>Kwa kundi la umri</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>Kwa ulemavu</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>Kwa uraia</translation>
        </message>
        <message>
            <source>%1 candidates, %2 results, %3 certificates (%4 revoked).</source>
            <translation>Watahiniwa %1, matokeo %2, vyeti %3 (%4 vimebatilishwa).</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Hamisha takwimu</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Vitabu vya kazi vya Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Hamisha matokeo</translation>
        </message>
        <message>
            <source>Export certificates</source>
            <translation>Hamisha vyeti</translation>
        </message>
        <message>
            <source>Draw sample</source>
            <translation>Chagua sampuli</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>Msimbo wa kituo</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipengele</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Jaribio</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Yamethibitishwa</translation>
        </message>
        <message>
            <source>Not confirmed…</source>
            <translation>Hayajathibitishwa…</translation>
        </message>
        <message>
            <source>Send outcomes to the centre…</source>
            <translation>Tuma matokeo ya udhibiti kwa kituo…</translation>
        </message>
        <message>
            <source>Rate:</source>
            <translation>Kiwango:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Angalau:</translation>
        </message>
        <message>
            <source>The sample takes, for each centre and unit, the given share of the results not sampled before (at least the given number), drawn at random; the draw is recorded in the audit log.</source>
            <translation>Sampuli inachukua, kwa kila kituo na kipengele, sehemu iliyotolewa ya matokeo ambayo hayajachukuliwa sampuli kabla (angalau idadi iliyotolewa), yakichaguliwa kwa nasibu; uchaguzi unarekodiwa kwenye kumbukumbu ya ukaguzi.</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Inasubiri</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Hayajathibitishwa</translation>
        </message>
        <message>
            <source>Why is the result not confirmed? The centre will read this.</source>
            <translation>Kwa nini matokeo hayajathibitishwa? Kituo kitasoma hili.</translation>
        </message>
        <message>
            <source>Choose the centre whose outcomes you send back.</source>
            <translation>Chagua kituo ambacho unakirudishia matokeo ya udhibiti.</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>kituo</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>chombo cha utoaji tuzo</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Vituo vyote</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Saved</source>
            <translation>Imehifadhiwa</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Imehifadhiwa %1</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>kwenye %1</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Fungua folda</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Karibu %1</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Anza</translation>
        </message>
        <message>
            <source>This database (%1) has no users yet. Record your centre and its first administrator to start.</source>
            <translation>Hifadhidata hii (%1) bado haina watumiaji. Sajili kituo chako na msimamizi wake wa kwanza ili kuanza.</translation>
        </message>
    </context>
    <context>
        <name>GapReferralDialog</name>
        <message>
            <source>Refer to gap training</source>
            <translation>Peleka kwenye mafunzo ya kuziba pengo</translation>
        </message>
        <message>
            <source>%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.</source>
            <translation>Vipengele %1 vimetambuliwa. Weka tiki kwenye vipengele ambavyo hajafaulu ambavyo mtahiniwa anapelekwa kwenye mafunzo yake.</translation>
        </message>
        <message>
            <source>Where and when, for example: evening course at the centre, from March</source>
            <translation>Wapi na lini, kwa mfano: kozi ya jioni kituoni, kuanzia Machi</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipengele</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Mafunzo</translation>
        </message>
        <message>
            <source>Print cover letter…</source>
            <translation>Chapisha barua ya utangulizi…</translation>
        </message>
        <message>
            <source>The letter that goes with the statement of attainment: units recognised, units to train for</source>
            <translation>Barua inayoambatana na hati ya ufaulu wa vipengele: vipengele vilivyotambuliwa, vipengele vya kufanyia mafunzo</translation>
        </message>
        <message>
            <source>Tick at least one unit.</source>
            <translation>Weka tiki kwenye angalau kipengele kimoja.</translation>
        </message>
        <message>
            <source>Save cover letter</source>
            <translation>Hifadhi barua ya utangulizi</translation>
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
            <translation>Mwanzo</translation>
        </message>
        <message>
            <source>Sign in to see what needs doing.</source>
            <translation>Ingia ili kuona kinachohitaji kufanywa.</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>Karibu, %1</translation>
        </message>
        <message>
            <source>What needs doing now</source>
            <translation>Kinachohitaji kufanywa sasa</translation>
        </message>
        <message>
            <source>Nothing is waiting for you. New work shows here as it comes.</source>
            <translation>Hakuna kinachokusubiri. Kazi mpya itaonekana hapa inapofika.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft in your sessions.</source>
            <translation>
                <numerusform>Tokeo %n ni rasimu katika vikao vyako.</numerusform>
                <numerusform>Matokeo %n ni rasimu katika vikao vyako.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft.</source>
            <translation>
                <numerusform>Tokeo %n ni rasimu.</numerusform>
                <numerusform>Matokeo %n ni rasimu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) to record</source>
            <translation>
                <numerusform>Kikao %n cha kurekodi</numerusform>
                <numerusform>Vikao %n vya kurekodi</numerusform>
            </translation>
        </message>
        <message>
            <source>Show them on the Assessments page.</source>
            <translation>Yaonyeshe kwenye ukurasa wa Tathmini.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting for verification</source>
            <translation>
                <numerusform>Tokeo %n linasubiri uhakiki</numerusform>
                <numerusform>Matokeo %n yanasubiri uhakiki</numerusform>
            </translation>
        </message>
        <message>
            <source>Submitted by assessors: check them, then verify or return each one.</source>
            <translation>Yamewasilishwa na watathmini: yakague, kisha hakiki au rudisha kila moja.</translation>
        </message>
        <message numerus="yes">
            <source>%n returned result(s)</source>
            <translation>
                <numerusform>Tokeo %n lililorudishwa</numerusform>
                <numerusform>Matokeo %n yaliyorudishwa</numerusform>
            </translation>
        </message>
        <message>
            <source>A verifier returned them with a reason: correct them and submit again.</source>
            <translation>Mhakiki aliyarudisha pamoja na sababu: yasahihishe na uyawasilishe tena.</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) eligible for a certificate</source>
            <translation>
                <numerusform>Mtahiniwa %n anastahili cheti</numerusform>
                <numerusform>Watahiniwa %n wanastahili cheti</numerusform>
            </translation>
        </message>
        <message>
            <source>Their results are verified and no certificate states them yet: issue the certificates.</source>
            <translation>Matokeo yao yamehakikiwa na bado hakuna cheti kinachoyaeleza: toa vyeti.</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Kikao %1</translation>
        </message>
        <message>
            <source>Record: %1</source>
            <translation>Rekodi: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 — assessor %2 — %n result(s) in draft</source>
            <translation>
                <numerusform>%1 — mtathmini %2 — tokeo %n ni rasimu</numerusform>
                <numerusform>%1 — mtathmini %2 — matokeo %n ni rasimu</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Kuanza</translation>
        </message>
        <message>
            <source>This database is new. Three steps make it ready for assessments: the standards to assess against, the candidates, then a session to record.</source>
            <translation>Hifadhidata hii ni mpya. Hatua tatu zinaifanya iwe tayari kwa tathmini: viwango vya kutathminia, watahiniwa, kisha kikao cha kurekodi.</translation>
        </message>
        <message>
            <source>1. Import standards</source>
            <translation>1. Ingiza viwango</translation>
        </message>
        <message>
            <source>From a CASE package (JSON) or the Excel template of the awarding body.</source>
            <translation>Kutoka kifurushi cha CASE (JSON) au kiolezo cha Excel cha chombo cha utoaji tuzo.</translation>
        </message>
        <message>
            <source>…or create a qualification</source>
            <translation>…au unda sifa</translation>
        </message>
        <message>
            <source>Type its units, elements and performance criteria on the Standards page.</source>
            <translation>Andika vipengele vyake, sehemu na vigezo vya utendaji kwenye ukurasa wa Viwango.</translation>
        </message>
        <message>
            <source>1. An administrator imports or creates the standards.</source>
            <translation>1. Msimamizi anaingiza au kuunda viwango.</translation>
        </message>
        <message>
            <source>2. Add a candidate</source>
            <translation>2. Ongeza mtahiniwa</translation>
        </message>
        <message>
            <source>Register one candidate with the candidate form.</source>
            <translation>Sajili mtahiniwa mmoja kwa fomu ya mtahiniwa.</translation>
        </message>
        <message>
            <source>…or import candidates from Excel</source>
            <translation>…au ingiza watahiniwa kutoka Excel</translation>
        </message>
        <message>
            <source>Fill in the Excel template (Candidates page) and import it in one go.</source>
            <translation>Jaza kiolezo cha Excel (ukurasa wa Watahiniwa) na ukiingize kwa mara moja.</translation>
        </message>
    </context>
    <context>
        <name>IssueConfirmDialog</name>
        <message numerus="yes">
            <source>Issue %n certificate(s)?</source>
            <translation>
                <numerusform>Toa cheti %n?</numerusform>
                <numerusform>Toa vyeti %n?</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation> na </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) will be issued in %1, dated %2.</source>
            <translation>
                <numerusform>Cheti %n kitatolewa kwa %1, cha tarehe %2.</numerusform>
                <numerusform>Vyeti %n vitatolewa kwa %1, vya tarehe %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each takes the next serial number and is recorded in the register; a mistake can then only be revoked, not undone.</source>
            <translation>Kila kimoja kinachukua namba ya mfululizo inayofuata na kinarekodiwa kwenye rejista; kosa linaweza tu kubatilishwa baadaye, si kutenguliwa.</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Cheti</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>Cheti kamili</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Hati ya ufaulu wa vipengele</translation>
        </message>
        <message>
            <source>The first certificate as it will print (its serial is taken on issue).</source>
            <translation>Cheti cha kwanza kama kitakavyochapishwa (namba yake ya mfululizo inachukuliwa kinapotolewa).</translation>
        </message>
        <message>
            <source>First certificate: %1</source>
            <translation>Cheti cha kwanza: %1</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n certificate(s)</source>
            <translation>
                <numerusform>Toa cheti %n</numerusform>
                <numerusform>Toa vyeti %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>(none)</source>
            <translation>(hakuna)</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Toa vyeti</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Cheti</translation>
        </message>
        <message>
            <source>Units achieved</source>
            <translation>Vipengele vilivyofaulu</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>Cheti kamili</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Hati ya ufaulu wa vipengele</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 mlalo</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 wima</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>Lugha ya pili</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Ukurasa</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Toa</translation>
        </message>
        <message>
            <source>No candidate is eligible: certificates need verified results.</source>
            <translation>Hakuna mtahiniwa anayestahili: vyeti vinahitaji matokeo yaliyohakikiwa.</translation>
        </message>
        <message>
            <source>Choose two different languages, or no second language.</source>
            <translation>Chagua lugha mbili tofauti, au usichague lugha ya pili.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>Msimamizi</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Mtathmini</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Mhakiki</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Msajili</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>standard</comment>
            <translation>Rasimu</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Wa sasa</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Imepitwa na toleo jipya</translation>
        </message>
        <message>
            <source>All core units plus electives</source>
            <translation>Vipengele vyote vya msingi pamoja na vya hiari</translation>
        </message>
        <message>
            <source>All core units and a minimum of credits</source>
            <translation>Vipengele vyote vya msingi na kiwango cha chini cha mikopo</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Msingi</translation>
        </message>
        <message>
            <source>Elective</source>
            <translation>Hiari</translation>
        </message>
        <message>
            <source>Range statement</source>
            <translation>Wigo wa utekelezaji</translation>
        </message>
        <message>
            <source>Required knowledge</source>
            <translation>Maarifa yanayohitajika</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>Ujuzi unaohitajika</translation>
        </message>
        <message>
            <source>Evidence guide</source>
            <translation>Mwongozo wa ushahidi</translation>
        </message>
        <message>
            <source>Assessment conditions</source>
            <translation>Masharti ya tathmini</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mwanamke</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Mwanamume</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ndiyo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hapana</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Haijaelezwa</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pasipoti</translation>
        </message>
        <message>
            <source>Refugee ID</source>
            <translation>Kitambulisho cha mkimbizi</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Hati nyingine</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Hakuna hati</translation>
        </message>
        <message>
            <source>RPL</source>
            <translation>RPL</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Mafunzo</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>enrolment</comment>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Imekamilika</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>enrolment</comment>
            <translation>Amejiondoa</translation>
        </message>
        <message>
            <source>Information and counselling</source>
            <translation>Taarifa na ushauri</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Kustahili</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Kujitathmini</translation>
        </message>
        <message>
            <source>Portfolio of evidence</source>
            <translation>Jalada la ushahidi</translation>
        </message>
        <message>
            <source>Assessment</source>
            <comment>RPL stage</comment>
            <translation>Tathmini</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Utoaji wa cheti</translation>
        </message>
        <message>
            <source>Appeal</source>
            <comment>RPL stage</comment>
            <translation>Rufaa</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Anastahili</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Hastahili</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>Naweza kufanya hili</translation>
        </message>
        <message>
            <source>With help</source>
            <translation>Kwa msaada</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Bado</translation>
        </message>
        <message>
            <source>Certificate</source>
            <comment>evidence</comment>
            <translation>Cheti</translation>
        </message>
        <message>
            <source>Photo of work</source>
            <translation>Picha ya kazi</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Reference letter</source>
            <translation>Barua ya utambulisho</translation>
        </message>
        <message>
            <source>Work sample</source>
            <translation>Sampuli ya kazi</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>evidence</comment>
            <translation>Ripoti ya mtu wa tatu</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>evidence</comment>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>evidence</comment>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>evidence</comment>
            <translation>Umeondolewa</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Uchunguzi</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>Maswali</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Bidhaa</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>assessment method</comment>
            <translation>Ripoti ya mtu wa tatu</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Jalada</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>assessment</comment>
            <translation>Rasimu</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Imewasilishwa</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Imehakikiwa</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Imerudishwa</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>Mahiri</translation>
        </message>
        <message>
            <source>Not Yet Competent</source>
            <translation>Bado si mahiri</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>RPL imetolewa</translation>
        </message>
        <message>
            <source>Credit transfer</source>
            <translation>Uhamisho wa mikopo</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>outcome</comment>
            <translation>Amejiondoa</translation>
        </message>
        <message>
            <source>Satisfactory</source>
            <translation>Inaridhisha</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>Bado hairidhishi</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Inasubiri</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>Imekubaliwa</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Imekataliwa</translation>
        </message>
        <message>
            <source>Qualification certificate</source>
            <translation>Cheti cha sifa</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Hati ya ufaulu wa vipengele</translation>
        </message>
        <message>
            <source>Issued</source>
            <comment>certificate</comment>
            <translation>Kimetolewa</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Kimebatilishwa</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Imeundwa</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Imebadilishwa</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Imefutwa</translation>
        </message>
        <message>
            <source>Self-assessment saved</source>
            <translation>Kujitathmini kumehifadhiwa</translation>
        </message>
        <message>
            <source>Evidence judged</source>
            <translation>Ushahidi umeamuliwa</translation>
        </message>
        <message>
            <source>Assessment planned</source>
            <translation>Tathmini imepangwa</translation>
        </message>
        <message>
            <source>Result verified</source>
            <translation>Matokeo yamehakikiwa</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>Cheti kimetolewa</translation>
        </message>
        <message>
            <source>Appeal lodged</source>
            <translation>Rufaa imewasilishwa</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>The language of SkillAssess on this computer. You can change it later in View → Language.</source>
            <translation>Lugha ya SkillAssess kwenye kompyuta hii. Unaweza kuibadilisha baadaye kwenye Mwonekano → Lugha.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lugha:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Faili</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.</source>
            <translation>SkillAssess itaonyeshwa kwa %1 baada ya kuanza upya. Hakuna ulichohifadhi kinachopotea.</translation>
        </message>
        <message>
            <source>Restart now?</source>
            <translation>Anza upya sasa?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Anza upya sasa</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Baadaye</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Lugha</translation>
        </message>
        <message>
            <source>Latin digits (0–9)</source>
            <translation>Tarakimu za Kilatini (0–9)</translation>
        </message>
        <message>
            <source>Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)</source>
            <translation>Namba na tarehe kwa tarakimu 0–9 badala ya zile za lugha (inatumika baada ya kuanza upya)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Hifadhidata: %1</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Hujaingia</translation>
        </message>
        <message>
            <source>Opening database…</source>
            <translation>Inafungua hifadhidata…</translation>
        </message>
        <message>
            <source>Waiting for sign-in…</source>
            <translation>Inasubiri kuingia…</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Umeingia: %1</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>Hifadhidata &amp;mpya…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Fungua hifadhidata…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Toka</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>&amp;Badilisha nenosiri langu…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>B&amp;adilisha mtumiaji…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>T&amp;oka kwenye akaunti</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Tengeneza &amp;nakala rudufu sasa…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Rejesha kutoka nakala rudufu…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Hamisha</translation>
        </message>
        <message>
            <source>&amp;Results…</source>
            <translation>&amp;Matokeo…</translation>
        </message>
        <message>
            <source>Certificate &amp;register…</source>
            <translation>&amp;Rejista ya vyeti…</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;Takwimu…</translation>
        </message>
        <message>
            <source>E&amp;xchange bundles…</source>
            <translation>Vifurushi vya &amp;kubadilishana…</translation>
        </message>
        <message>
            <source>&amp;Verification site…</source>
            <translation>Tovuti ya &amp;uhakiki…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Mwonekano</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Onyesha upya</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Zana</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;Kagua hifadhidata…</translation>
        </message>
        <message>
            <source>&amp;Backup settings…</source>
            <translation>Mipangilio ya &amp;nakala rudufu…</translation>
        </message>
        <message>
            <source>C&amp;entre settings…</source>
            <translation>&amp;Mipangilio ya kituo…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Msaada</translation>
        </message>
        <message>
            <source>&amp;About SkillAssess</source>
            <translation>&amp;Kuhusu SkillAssess</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Umeingia kama %1</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Fungua hifadhidata</translation>
        </message>
        <message>
            <source>SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Hifadhidata ya SkillAssess (*.sqlite3 *.sqlite *.db);;Faili zote (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Hifadhidata mpya</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>%1 tayari ipo; chagua jina jipya la faili.</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>Haiwezekani kufungua hifadhidata</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Imefunguliwa %1</translation>
        </message>
        <message>
            <source>The database file is damaged: changes are refused.</source>
            <translation>Faili la hifadhidata limeharibika: mabadiliko yanakataliwa.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>Sifa {code} toleo {version} imepitwa na toleo jipya na inabaki kama ilivyokuwa; badilisha toleo la sasa au tengeneza toleo jipya.</translation>
        </message>
        <message>
            <source>Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>Sifa {code} toleo {version} inatumika (udahili {enrolments}, vyeti {certificates}), kwa hiyo haiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>Kipengele {code} toleo {version} kimepitwa na toleo jipya na kinabaki kama kilivyokuwa; badilisha toleo la sasa au tengeneza toleo jipya.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>Kipengele {code} toleo {version} kinatumiwa na tathmini {count}, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>Kipengele {code} toleo {version} kinatumiwa na vyeti {count}, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>Kipengele {code} toleo {version} kinatumiwa na majibu {count} ya kujitathmini, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>Kipengele {code} toleo {version} kinatumiwa na viungo {count} vya ushahidi, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.</translation>
        </message>
        <message>
            <source>Satisfactory</source>
            <translation>Inaridhisha</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>Bado hairidhishi</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rasimu</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Imewasilishwa</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Imerudishwa</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>Mahiri</translation>
        </message>
        <message>
            <source>Not Yet Competent</source>
            <translation>Bado si mahiri</translation>
        </message>
        <message>
            <source>Credit transfer</source>
            <translation>Uhamisho wa mikopo</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt.</source>
            <translation>Matokeo ya {candidate} katika {unit} yamehakikiwa na kufungwa; yasahihishe kwa marekebisho (yenye sababu) au rekodi jaribio jipya.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change.</source>
            <translation>Matokeo ya {candidate} katika {unit} yamewasilishwa na yanasubiri uhakiki; mhakiki lazima ayarudishe kabla hayajaweza kubadilika.</translation>
        </message>
        <message>
            <source>Only the assessor of {candidate} in {unit} ({assessor}) records this result.</source>
            <translation>Ni mtathmini wa {candidate} katika {unit} ({assessor}) tu anayerekodi matokeo haya.</translation>
        </message>
        <message>
            <source>{code} (attempt {attempt})</source>
            <translation>{code} (jaribio {attempt})</translation>
        </message>
        <message>
            <source>The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds.</source>
            <translation>Matokeo {outcome} yamefutwa: kigezo fulani hakiridhishi tena. Rekodi matokeo tena yatakapothibitika.</translation>
        </message>
        <message>
            <source>{outcome} cannot be recorded for {candidate} in {unit}:</source>
            <translation>{outcome} haiwezi kurekodiwa kwa {candidate} katika {unit}:</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} cannot be submitted yet:</source>
            <translation>Matokeo ya {candidate} katika {unit} bado hayawezi kuwasilishwa:</translation>
        </message>
        <message>
            <source>no outcome is recorded</source>
            <translation>hakuna matokeo yaliyorekodiwa</translation>
        </message>
        <message>
            <source>the assessor has not declared whether there is a conflict of interest</source>
            <translation>mtathmini hajatamka kama kuna mgongano wa maslahi</translation>
        </message>
        <message>
            <source>Describe the conflict of interest (for example a relative or an employee).</source>
            <translation>Eleza mgongano wa maslahi (kwa mfano ndugu au mwajiriwa).</translation>
        </message>
        <message>
            <source>You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it.</source>
            <translation>Ulimtathmini {candidate} katika {unit}, kwa hiyo huwezi kuhakiki wala kurudisha matokeo haya; mhakiki mwingine lazima afanye hivyo.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is already verified and locked.</source>
            <translation>Matokeo ya {candidate} katika {unit} yamekwisha hakikiwa na kufungwa.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is not submitted; its assessor must submit it first.</source>
            <translation>Matokeo ya {candidate} katika {unit} hayajawasilishwa; mtathmini wake lazima ayawasilishe kwanza.</translation>
        </message>
        <message>
            <source>Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix.</source>
            <translation>Eleza kwa nini matokeo ya {candidate} katika {unit} yanarudishwa, ili mtathmini ajue cha kurekebisha.</translation>
        </message>
        <message>
            <source>the unit has no performance criteria to judge</source>
            <translation>kipengele hakina vigezo vya utendaji vya kuamua</translation>
        </message>
        <message>
            <source>criteria not yet Satisfactory: {numbers}</source>
            <translation>vigezo ambavyo bado haviridhishi: {numbers}</translation>
        </message>
        <message>
            <source>no assessment method is recorded (observation, questioning, product, ...)</source>
            <translation>hakuna mbinu ya tathmini iliyorekodiwa (uchunguzi, maswali, bidhaa, ...)</translation>
        </message>
        <message>
            <source>RPL granted is only for candidates enrolled on the RPL pathway</source>
            <translation>RPL imetolewa ni kwa watahiniwa waliodahiliwa kwenye njia ya RPL tu</translation>
        </message>
        <message>
            <source>credit transfer needs its source (the earlier qualification or statement and who issued it)</source>
            <translation>uhamisho wa mikopo unahitaji chanzo chake (sifa au hati ya awali na aliyeitoa)</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Kimetolewa</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Kimebatilishwa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Imekamilika</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Wa sasa</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Imepitwa na toleo jipya</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Anastahili</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Hastahili</translation>
        </message>
        <message>
            <source>result</source>
            <translation>matokeo</translation>
        </message>
        <message>
            <source>status</source>
            <translation>hali</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>matokeo</translation>
        </message>
        <message>
            <source>checked by</source>
            <translation>imekaguliwa na</translation>
        </message>
        <message>
            <source>assessor</source>
            <translation>mtathmini</translation>
        </message>
        <message>
            <source>reason for return</source>
            <translation>sababu ya kurudisha</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>maoni</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>mrejesho</translation>
        </message>
        <message>
            <source>assessment methods</source>
            <translation>mbinu za tathmini</translation>
        </message>
        <message>
            <source>date of assessment</source>
            <translation>tarehe ya tathmini</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>mahali</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>mgongano wa maslahi</translation>
        </message>
        <message>
            <source>credit transfer source</source>
            <translation>chanzo cha uhamisho wa mikopo</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>jina la ukoo</translation>
        </message>
        <message>
            <source>given names</source>
            <translation>majina ya kwanza</translation>
        </message>
        <message>
            <source>name in local script</source>
            <translation>jina kwa hati ya lugha ya kienyeji</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>jinsia</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>simu</translation>
        </message>
        <message>
            <source>email</source>
            <translation>barua pepe</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Namba ya utambulisho</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>picha</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>jina kamili</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>majukumu</translation>
        </message>
        <message>
            <source>active</source>
            <translation>hai</translation>
        </message>
        <message>
            <source>password</source>
            <translation>nenosiri</translation>
        </message>
        <message>
            <source>title</source>
            <translation>jina</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>hatua</translation>
        </message>
        <message>
            <source>description</source>
            <translation>maelezo</translation>
        </message>
        <message>
            <source>reprints</source>
            <translation>nakala zilizochapishwa upya</translation>
        </message>
        <message>
            <source>reason for revocation</source>
            <translation>sababu ya kubatilisha</translation>
        </message>
        <message>
            <source>{record} {id}</source>
            <translation>{record} {id}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Ushahidi</translation>
        </message>
        <message>
            <source>Assessment session</source>
            <translation>Kikao cha tathmini</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Hamisha</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Kituo</translation>
        </message>
        <message>
            <source>Awarding body</source>
            <translation>Chombo cha utoaji tuzo</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>Kigezo cha utendaji</translation>
        </message>
        <message>
            <source>Unit of a qualification</source>
            <translation>Kipengele cha sifa</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Ufunguo wa kusaini</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Mtia saini</translation>
        </message>
        <message>
            <source>Audit checkpoint</source>
            <translation>Kituo cha ukaguzi</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Udahili</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Kujitathmini</translation>
        </message>
        <message>
            <source>RPL step</source>
            <translation>Hatua ya RPL</translation>
        </message>
        <message>
            <source>an assessment record (PDF)</source>
            <translation>rekodi ya tathmini (PDF)</translation>
        </message>
        <message>
            <source>an assessment record (printed)</source>
            <translation>rekodi ya tathmini (iliyochapishwa)</translation>
        </message>
        <message>
            <source>the results (Excel)</source>
            <translation>matokeo (Excel)</translation>
        </message>
        <message>
            <source>the certificate register (Excel)</source>
            <translation>rejista ya vyeti (Excel)</translation>
        </message>
        <message>
            <source>the statistics (Excel)</source>
            <translation>takwimu (Excel)</translation>
        </message>
        <message>
            <source>{what}, by {user}</source>
            <translation>{what}, na {user}</translation>
        </message>
        <message>
            <source>Judgement {criterion} of assessment {id}</source>
            <translation>Uamuzi {criterion} wa tathmini {id}</translation>
        </message>
        <message>
            <source>Evidence {id}</source>
            <translation>Ushahidi {id}</translation>
        </message>
        <message>
            <source>Assessment session {title} of {date}</source>
            <translation>Kikao cha tathmini {title} cha {date}</translation>
        </message>
        <message>
            <source>Certificate {serial}</source>
            <translation>Cheti {serial}</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>Mtumiaji {name}</translation>
        </message>
        <message>
            <source>Export of {what}</source>
            <translation>Uhamishaji wa {what}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>hakuna</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>“{text}”</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} › {after}</translation>
        </message>
        <message>
            <source>{subject}: {fields} changed</source>
            <translation>{subject}: {fields} vimebadilishwa</translation>
        </message>
        <message>
            <source>Judgement {criterion} of {candidate}, {unit} attempt {attempt}</source>
            <translation>Uamuzi {criterion} wa {candidate}, {unit} jaribio {attempt}</translation>
        </message>
        <message>
            <source>Assessment {id}</source>
            <translation>Tathmini {id}</translation>
        </message>
        <message>
            <source>Amendment {id}</source>
            <translation>Marekebisho {id}</translation>
        </message>
        <message>
            <source>Appeal {id}</source>
            <translation>Rufaa {id}</translation>
        </message>
        <message>
            <source>Candidate {name} ({number})</source>
            <translation>Mtahiniwa {name} ({number})</translation>
        </message>
        <message>
            <source>Candidate {number}</source>
            <translation>Mtahiniwa {number}</translation>
        </message>
        <message>
            <source>Evidence “{what}” of {candidate}</source>
            <translation>Ushahidi “{what}” wa {candidate}</translation>
        </message>
        <message>
            <source>Certificate {serial} of {candidate}</source>
            <translation>Cheti {serial} cha {candidate}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
        <message>
            <source>{subject}: {change}</source>
            <translation>{subject}: {change}</translation>
        </message>
        <message>
            <source>{subject}: created</source>
            <translation>{subject}: imeundwa</translation>
        </message>
        <message>
            <source>{subject}: deleted</source>
            <translation>{subject}: imefutwa</translation>
        </message>
        <message>
            <source>{subject}: answers changed</source>
            <translation>{subject}: majibu yamebadilishwa</translation>
        </message>
        <message>
            <source>{subject}: changed</source>
            <translation>{subject}: imebadilishwa</translation>
        </message>
        <message>
            <source>{subject}: {changes}</source>
            <translation>{subject}: {changes}</translation>
        </message>
        <message>
            <source>{subject}: {stage} recorded</source>
            <translation>{subject}: {stage} imerekodiwa</translation>
        </message>
        <message>
            <source>{subject}: password changed</source>
            <translation>{subject}: nenosiri limebadilishwa</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>nenosiri limebadilishwa</translation>
        </message>
        <message>
            <source>{field} changed</source>
            <translation>{field} imebadilishwa</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} › {after}</translation>
        </message>
        <message>
            <source>Assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>Tathmini ya {candidate}, {unit} jaribio {attempt}</translation>
        </message>
        <message>
            <source>Amendment of the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>Marekebisho ya tathmini ya {candidate}, {unit} jaribio {attempt}</translation>
        </message>
        <message>
            <source>Appeal on the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>Rufaa dhidi ya tathmini ya {candidate}, {unit} jaribio {attempt}</translation>
        </message>
        <message>
            <source>Qualification {code} version {version}</source>
            <translation>Sifa {code} toleo {version}</translation>
        </message>
        <message>
            <source>Unit {code} version {version}</source>
            <translation>Kipengele {code} toleo {version}</translation>
        </message>
        <message>
            <source>Enrolment of {candidate} in {qualification}</source>
            <translation>Udahili wa {candidate} katika {qualification}</translation>
        </message>
        <message>
            <source>Self-assessment of {candidate} in {qualification}</source>
            <translation>Kujitathmini kwa {candidate} katika {qualification}</translation>
        </message>
        <message>
            <source>RPL step of {candidate} in {qualification}</source>
            <translation>Hatua ya RPL ya {candidate} katika {qualification}</translation>
        </message>
        <message>
            <source>Enrolment {id} does not exist.</source>
            <translation>Udahili {id} haupo.</translation>
        </message>
        <message>
            <source>The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.</source>
            <translation>Udahili katika {qualification} hauko kwenye njia ya RPL: hakuna pengo la kupeleka.</translation>
        </message>
        <message>
            <source>No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.</source>
            <translation>Hakuna kipengele cha {qualification} kilichotambuliwa bado: kupelekwa kwenye mafunzo ya kuziba pengo hufuata utambuzi wa sehemu.</translation>
        </message>
        <message>
            <source>Every unit of {qualification} is achieved: there is no gap to train for.</source>
            <translation>Kila kipengele cha {qualification} kimefaulu: hakuna pengo la kufanyia mafunzo.</translation>
        </message>
        <message>
            <source>Units: {units} are achieved or not part of the enrolment.</source>
            <translation>Vipengele: {units} vimefaulu au si sehemu ya udahili.</translation>
        </message>
        <message>
            <source>Date: {date} is in the future.</source>
            <translation>Tarehe: {date} iko katika siku zijazo.</translation>
        </message>
        <message>
            <source>Date: {date} is before the enrolment ({enrolled}).</source>
            <translation>Tarehe: {date} iko kabla ya udahili ({enrolled}).</translation>
        </message>
        <message>
            <source>The referral was not recorded.</source>
            <translation>Upelekaji haukurekodiwa.</translation>
        </message>
        <message>
            <source>Some remarks are for elements outside this enrolment.</source>
            <translation>Baadhi ya maelezo ni ya sehemu zilizo nje ya udahili huu.</translation>
        </message>
        <message>
            <source>element {id}</source>
            <translation>sehemu {id}</translation>
        </message>
        <message>
            <source>No statement of attainment in {qualification} is issued to this candidate yet.</source>
            <translation>Bado hakuna hati ya ufaulu wa vipengele katika {qualification} iliyotolewa kwa mtahiniwa huyu.</translation>
        </message>
        <message>
            <source>{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.</source>
            <translation>{cells} si NAMBA=S, NAMBA=N wala NAMBA=clear (kwa mfano 1.2=S); hakuna kilichohifadhiwa.</translation>
        </message>
        <message>
            <source>This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).</source>
            <translation>Amri hii inaonyesha taarifa binafsi: jitaje kwa --user JINA (nenosiri kutoka SKILLASSESS_PASSWORD au litaulizwa).</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>diski imejaa</translation>
        </message>
        <message>
            <source>permission denied; choose another folder</source>
            <translation>ruhusa imekataliwa; chagua folda nyingine</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>diski ni ya kusoma tu</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>jina ni refu mno</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Haiwezekani kuandika {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the folder {folder} does not exist; choose another folder.</source>
            <translation>Haiwezekani kuandika {path}: folda {folder} haipo; chagua folda nyingine.</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>folda haipo</translation>
        </message>
        <message>
            <source>{value} is too large (at most {limit:,}).</source>
            <translation>{value} ni kubwa mno (isizidi {limit:,}).</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>{length:,} characters, more than the {limit:,} it can hold; shorten it.</source>
            <translation>herufi {length:,}, zaidi ya {limit:,} zinazoweza kuhifadhiwa; lifupishe.</translation>
        </message>
        <message>
            <source>contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).</source>
            <translation>lina herufi ya udhibiti isiyoonekana {code} kwenye nafasi {position}, ambayo haiwezi kuhifadhiwa; ifute (mara nyingi huja kwa kunakili na kubandika).</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the text named below.</source>
            <translation>Hakuna kilichohifadhiwa: sahihisha maandishi yaliyotajwa hapa chini.</translation>
        </message>
        <message>
            <source>contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.</source>
            <translation>lina alama ya mwelekeo isiyoonekana {code} ({name}) kwenye nafasi {position}, ambayo inaweza kufanya jina lichapishwe kinyume; ifute.</translation>
        </message>
        <message>
            <source>{record}, {field}: {problem}</source>
            <translation>{record}, {field}: {problem}</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>Folda ya pili ya nakala rudufu {folder} haipo (je, diski ya USB imechomekwa?); nakala rudufu iko kwenye folda ya data tu.</translation>
        </message>
        <message>
            <source>Keep between 0 and {most} daily backups.</source>
            <translation>Hifadhi kati ya 0 na {most} ya nakala rudufu za kila siku.</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: {reason} Nothing was changed.</source>
            <translation>{archive} haiwezi kurejeshwa: {reason} Hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup.</source>
            <translation>si nakala rudufu ya SkillAssess.</translation>
        </message>
        <message>
            <source>its manifest is damaged.</source>
            <translation>orodha yake ya yaliyomo imeharibika.</translation>
        </message>
        <message>
            <source>it was made by a newer version of SkillAssess; install that version.</source>
            <translation>ilitengenezwa na toleo jipya zaidi la SkillAssess; sakinisha toleo hilo.</translation>
        </message>
        <message>
            <source>restoring it needs {need} MB free in {folder}, and there are {free} MB.</source>
            <translation>kuirejesha kunahitaji MB {need} zilizo wazi kwenye {folder}, na zipo MB {free}.</translation>
        </message>
        <message>
            <source>{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.</source>
            <translation>{path} imefunguliwa kwenye SkillAssess au programu nyingine: ifunge huko, kisha rejesha tena. Hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>There is no file {archive}.</source>
            <translation>Hakuna faili {archive}.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (not a zip archive).</source>
            <translation>si nakala rudufu ya SkillAssess (si kumbukumbu ya zip).</translation>
        </message>
        <message>
            <source>its manifest is too large.</source>
            <translation>orodha yake ya yaliyomo ni kubwa mno.</translation>
        </message>
        <message>
            <source>it names a file outside its own folders ({name}).</source>
            <translation>inataja faili nje ya folda zake yenyewe ({name}).</translation>
        </message>
        <message>
            <source>{name} is too large for a key file.</source>
            <translation>{name} ni kubwa mno kwa faili la ufunguo.</translation>
        </message>
        <message>
            <source>it holds the same file twice.</source>
            <translation>ina faili moja mara mbili.</translation>
        </message>
        <message>
            <source>it holds files its manifest does not list ({name}).</source>
            <translation>ina faili ambazo orodha yake ya yaliyomo haiziorodheshi ({name}).</translation>
        </message>
        <message>
            <source>files listed in its manifest are missing ({name}).</source>
            <translation>faili zilizoorodheshwa kwenye orodha yake ya yaliyomo hazipo ({name}).</translation>
        </message>
        <message>
            <source>it holds no database (it was made from a PostgreSQL database).</source>
            <translation>haina hifadhidata (ilitengenezwa kutoka hifadhidata ya PostgreSQL).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Folda {folder} haipo.</translation>
        </message>
        <message>
            <source>it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.</source>
            <translation>ina hifadhidata ya SQLite; irejeshe kwenye faili kwa: skillassess --db FILE restore ARCHIVE.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (it has no manifest).</source>
            <translation>si nakala rudufu ya SkillAssess (haina orodha ya yaliyomo).</translation>
        </message>
        <message>
            <source>the database in it is damaged (SQLite's integrity check failed).</source>
            <translation>hifadhidata iliyomo imeharibika (ukaguzi wa uadilifu wa SQLite umeshindwa).</translation>
        </message>
        <message>
            <source>the database in it is empty.</source>
            <translation>hifadhidata iliyomo ni tupu.</translation>
        </message>
        <message>
            <source>{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).</source>
            <translation>{name} iliyomo ilibadilishwa baada ya nakala rudufu kutengenezwa (SHA-256 yake inatofautiana na orodha ya yaliyomo).</translation>
        </message>
        <message>
            <source>{name} in it is damaged (the zip check failed).</source>
            <translation>{name} iliyomo imeharibika (ukaguzi wa zip umeshindwa).</translation>
        </message>
        <message>
            <source>{name} is larger than its manifest says.</source>
            <translation>{name} ni kubwa kuliko orodha yake ya yaliyomo inavyosema.</translation>
        </message>
        <message>
            <source>There is no database file at {path} to back up.</source>
            <translation>Hakuna faili la hifadhidata kwenye {path} la kutengenezea nakala rudufu.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>Faili la hifadhidata {path} limeharibika, kwa hiyo SkillAssess haitaandika ndani yake. Rejesha nakala rudufu ya karibuni ({backup}, iliyotengenezwa {made}) kwa: {command} (au Faili &gt; Rejesha kutoka nakala rudufu… kwenye programu).</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>Faili la hifadhidata {path} limeharibika, kwa hiyo SkillAssess haitaandika ndani yake. Hakuna nakala rudufu yake iliyopatikana kwenye {folder}; kama unayo mahali pengine (diski ya USB, kwa mfano), irejeshe kwa: {command} (au Faili &gt; Rejesha kutoka nakala rudufu… kwenye programu).</translation>
        </message>
        <message>
            <source>There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File &gt; New database in the application).</source>
            <translation>Hakuna hifadhidata ya SkillAssess kwenye {path}: kagua jina, au tengeneza moja kwa: {command} (au Faili &gt; Hifadhidata mpya kwenye programu).</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File &gt; New database in the application).</source>
            <translation>{path} ni faili tupu, si hifadhidata ya SkillAssess: kagua jina, au tengeneza hifadhidata hapo kwa: {command} (au Faili &gt; Hifadhidata mpya kwenye programu).</translation>
        </message>
        <message>
            <source>{path} cannot be opened: it is in use or cannot be read. This file was left untouched.</source>
            <translation>{path} haiwezi kufunguliwa: inatumika au haisomeki. Faili hili halikuguswa.</translation>
        </message>
        <message>
            <source>Cannot open the database {name}. {reason}</source>
            <translation>Haiwezekani kufungua hifadhidata {name}. {reason}</translation>
        </message>
        <message>
            <source>The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.</source>
            <translation>Hifadhidata {name} ni tupu (haina majedwali ya SkillAssess): kagua anwani, au tengeneza majedwali kwa: skillassess --db ADDRESS setup.</translation>
        </message>
        <message>
            <source>The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner's account (see "Several users on a PostgreSQL server" in the README), then again with this one.</source>
            <translation>Hifadhidata {name} inahitaji majedwali yake kutengenezwa au kusasishwa kwa toleo hili la SkillAssess, na akaunti {user} haiwezi kufanya hivyo. Ifungue mara moja kwa akaunti ya mmiliki wa hifadhidata (tazama "Several users on a PostgreSQL server" kwenye README), kisha tena kwa akaunti hii.</translation>
        </message>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>Hifadhidata ina shughuli: mtumiaji au programu nyingine inahifadhi ndani yake. Hakuna kilichobadilishwa; jaribu tena baada ya muda mfupi.</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>Hifadhidata haiwezi kubadilishwa: faili au folda yake ni ya kusoma tu. Hakuna kilichobadilishwa; ruhusu kuandika hapo, au nakili hifadhidata kwenye folda unayoweza kuandika.</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>Diski yenye hifadhidata imejaa. Hakuna kilichobadilishwa; ondoa baadhi ya vitu ili kupata nafasi na ujaribu tena.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>Faili la hifadhidata halikuweza kusomwa au kuandikwa (tatizo la diski, diski ya USB au mtandao). Hakuna kilichobadilishwa; hakikisha diski imeunganishwa na ujaribu tena.</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>Faili la hifadhidata limeharibika. Hakuna kilichobadilishwa; acha kulitumia na urejeshe nakala rudufu ya karibuni.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>Seva ya hifadhidata haifikiki: imesimamishwa, au mtandao haupo. Kagua muunganisho au muulize anayeendesha seva, kisha jaribu tena.</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>Badiliko linagongana na jingine lililohifadhiwa wakati huo huo, labda na mtumiaji mwingine. Hakuna kilichobadilishwa; angalia rekodi tena na urudie badiliko.</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>Hifadhidata iliripoti tatizo. Hakuna kilichobadilishwa; jaribu tena, na likitokea tena liripoti pamoja na faili la kumbukumbu.</translation>
        </message>
        <message>
            <source>the system refused it</source>
            <translation>mfumo umekataa</translation>
        </message>
        <message>
            <source>a part of its path is a file, not a folder</source>
            <translation>sehemu ya njia yake ni faili, si folda</translation>
        </message>
        <message>
            <source>you may not write there</source>
            <translation>huruhusiwi kuandika hapo</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator.</source>
            <translation>Folda ya data {folder} haiwezi kutengenezwa: {reason}. Chagua folda nyingine kwa SKILLASSESS_DATA_DIR, au muulize msimamizi wa kompyuta.</translation>
        </message>
        <message>
            <source>Competent (C)</source>
            <translation>Mahiri (C)</translation>
        </message>
        <message>
            <source>Not Yet Competent (NYC)</source>
            <translation>Bado si mahiri (NYC)</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>RPL imetolewa</translation>
        </message>
        <message>
            <source>Credit transfer (CT)</source>
            <translation>Uhamisho wa mikopo (CT)</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Amejiondoa</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Uchunguzi</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>Maswali</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Bidhaa</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <translation>Ripoti ya mtu wa tatu</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Jalada</translation>
        </message>
        <message>
            <source>Draft (not final)</source>
            <translation>Rasimu (si ya mwisho)</translation>
        </message>
        <message>
            <source>Submitted, awaiting verification</source>
            <translation>Imewasilishwa, inasubiri uhakiki</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Imehakikiwa</translation>
        </message>
        <message>
            <source>Returned to the assessor</source>
            <translation>Imerudishwa kwa mtathmini</translation>
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
            <translation>Utambuzi wa Mafunzo ya Awali</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Mafunzo</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Saini:</translation>
        </message>
        <message>
            <source> — from: {source}</source>
            <translation> — kutoka: {source}</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>Maoni ya mtathmini</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>Mrejesho aliopewa mtahiniwa</translation>
        </message>
        <message>
            <source>Not declared.</source>
            <translation>Haijatangazwa.</translation>
        </message>
        <message>
            <source>Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}</source>
            <translation>Tathmini {id} — {regno} — {unit} jaribio {attempt} — imechapishwa {date}</translation>
        </message>
        <message>
            <source>Assessment record</source>
            <translation>Rekodi ya tathmini</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Mtumiaji</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Tathmini</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Marekebisho</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Rufaa</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Cheti</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipengele</translation>
        </message>
        <message>
            <source>{code} version {version} — {title}</source>
            <translation>{code} toleo {version} — {title}</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Jaribio</translation>
        </message>
        <message>
            <source>Date and venue</source>
            <translation>Tarehe na mahali</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>Njia</translation>
        </message>
        <message>
            <source>Methods used</source>
            <translation>Mbinu zilizotumika</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Performance criteria</source>
            <translation>Vigezo vya utendaji</translation>
        </message>
        <message>
            <source>Element {position}: {title}</source>
            <translation>Sehemu {position}: {title}</translation>
        </message>
        <message>
            <source>S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.</source>
            <translation>S = Inaridhisha; NYS = Bado hairidhishi; — = haijatathminiwa.</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Mgongano wa maslahi</translation>
        </message>
        <message>
            <source>The assessor declared a conflict of interest: {details}</source>
            <translation>Mtathmini ametangaza mgongano wa maslahi: {details}</translation>
        </message>
        <message>
            <source>The assessor declared no conflict of interest with this candidate.</source>
            <translation>Mtathmini ametangaza kwamba hana mgongano wa maslahi na mtahiniwa huyu.</translation>
        </message>
        <message>
            <source>Status: {status}. This record is not final until it is verified.</source>
            <translation>Hali: {status}. Rekodi hii si ya mwisho mpaka ihakikiwe.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Na.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kigezo</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Uamuzi</translation>
        </message>
        <message>
            <source>Criteria not yet Satisfactory: {criteria}</source>
            <translation>Vigezo ambavyo bado haviridhishi: {criteria}</translation>
        </message>
        <message>
            <source>Returned by the verifier</source>
            <translation>Imerudishwa na mhakiki</translation>
        </message>
        <message>
            <source>Amendments after verification</source>
            <translation>Marekebisho baada ya uhakiki</translation>
        </message>
        <message>
            <source>Attempts at this unit</source>
            <translation>Majaribio ya kipengele hiki</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Ukurasa {page}</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Mtathmini</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Mhakiki</translation>
        </message>
        <message>
            <source>Submitted: {date}</source>
            <translation>Imewasilishwa: {date}</translation>
        </message>
        <message>
            <source>Verified: {date}</source>
            <translation>Imehakikiwa: {date}</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Uidhinishaji</translation>
        </message>
        <message>
            <source>Attempt {attempt}: {date}, {outcome}, {status}</source>
            <translation>Jaribio {attempt}: {date}, {outcome}, {status}</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>hakuna matokeo</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file}: kitabu cha kazi kimeharibika au si faili la kawaida la Excel; hakuna kilichobadilishwa. Kifungue kwenye Excel au LibreOffice, kihifadhi tena na ujaribu upya.</translation>
        </message>
        <message>
            <source>{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.</source>
            <translation>{file}: JSON imefungamana kwa kina mno (zaidi ya ngazi elfu moja); kifurushi cha CASE kina ngazi chache tu. Hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>{file}: not valid JSON ({problem}).</source>
            <translation>{file}: si JSON halali ({problem}).</translation>
        </message>
        <message>
            <source>The bundle's manifest could not be made ({problem}).</source>
            <translation>Manifesti ya kifurushi haikuweza kutengenezwa ({problem}).</translation>
        </message>
        <message>
            <source>The file is empty; choose a PNG or JPEG image.</source>
            <translation>Faili ni tupu; chagua picha ya PNG au JPEG.</translation>
        </message>
        <message>
            <source>The image is {size} KB; use an image of at most {limit} KB.</source>
            <translation>Picha ina KB {size}; tumia picha isiyozidi KB {limit}.</translation>
        </message>
        <message>
            <source>The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.</source>
            <translation>Faili si picha ya PNG wala JPEG; lihifadhi kama PNG au JPEG na ulichague tena.</translation>
        </message>
        <message>
            <source>The image is damaged and cannot be read; save it again as PNG or JPEG.</source>
            <translation>Picha imeharibika na haiwezi kusomwa; ihifadhi tena kama PNG au JPEG.</translation>
        </message>
        <message>
            <source>The image is {width} × {height} pixels; use one of at most {limit} pixels a side.</source>
            <translation>Picha ina pikseli {width} × {height}; tumia picha isiyozidi pikseli {limit} kila upande.</translation>
        </message>
        <message>
            <source>{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration &gt; Competencies &gt; Export competency framework).</source>
            <translation>{file}: si CSV ya mfumo wa umahiri wa Moodle: safu {columns} hazipo kwenye mstari wa 1. Hamisha mfumo kutoka Moodle (Usimamizi wa tovuti &gt; Umahiri &gt; Hamisha mfumo wa umahiri).</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): not a readable CSV file ({reason}).</source>
            <translation>{file}, mstari {row} (mstari wa faili {line}): si faili la CSV linalosomeka ({reason}).</translation>
        </message>
        <message>
            <source>Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.</source>
            <translation>Mistari {count} imesomwa: mfumo 1 na umahiri {competencies}; vimeandikwa vipengele {units}, sehemu {elements}, vigezo vya utendaji {criteria}.</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?</source>
            <translation>{file}, mstari {row} (mstari wa faili {line}): sehemu ndefu kuliko herufi {limit:,}; je, ni faili sahihi?</translation>
        </message>
        <message>
            <source>{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).</source>
            <translation>{file}, mstari {row}: {id} iko ngazi {depth:,} chini ya mfumo; SkillAssess inachukua zisizozidi {limit} (vipengele, sehemu, vigezo na ngazi zilizo chini yake).</translation>
        </message>
        <message>
            <source>{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.</source>
            <translation>{file}: mfumo hauwezi kuingizwa (matatizo {count}); hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.</source>
            <translation>{file}: mfumo una ngazi {levels}; vipengele vinaweza kuwa ngazi ya 1 hadi {levels}, si {level}.</translation>
        </message>
        <message>
            <source>The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them.</source>
            <translation>Kichwa cha mstari wa 1 hakitaji safu za Moodle; zilisomwa kwa nafasi yake, kama Moodle inavyozisoma.</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).</source>
            <translation>Upangaji: mfumo {code} → sifa; umahiri wake {units} wa ngazi {u} → vipengele (ID number → msimbo wa kipengele), kila kimoja na sehemu moja na kigezo kimoja cha utendaji chenye jina lilelile (jina fupi, kisha maelezo).</translation>
        </message>
        <message>
            <source>{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.</source>
            <translation>Namba za ID {count} za vipengele zilizo ndefu kuliko herufi 40 zimepewa misimbo iliyotengenezwa: {ids}.</translation>
        </message>
        <message>
            <source>the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent.</source>
            <translation>kipimo cha mfumo ({scale}): SkillAssess huamua kila kigezo kuwa mahiri au bado si mahiri.</translation>
        </message>
        <message>
            <source>the framework's scale configuration (which values are proficient).</source>
            <translation>usanidi wa kipimo cha mfumo (thamani zipi ni za umahiri).</translation>
        </message>
        <message>
            <source>the framework's taxonomy (names of its levels): {taxonomy}.</source>
            <translation>uainishaji wa mfumo (majina ya ngazi zake): {taxonomy}.</translation>
        </message>
        <message>
            <source>the own scales of {count} competencies: {ids}.</source>
            <translation>vipimo binafsi vya umahiri {count}: {ids}.</translation>
        </message>
        <message>
            <source>the completion rules of {count} competencies: {rules}.</source>
            <translation>kanuni za ukamilishaji za umahiri {count}: {rules}.</translation>
        </message>
        <message>
            <source>the cross-references of {count} competencies: {refs}.</source>
            <translation>marejeo mtambuka ya umahiri {count}: {refs}.</translation>
        </message>
        <message>
            <source>the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.</source>
            <translation>maelezo ya vipengele na sehemu {count} (SkillAssess haihifadhi maelezo yoyote kwa ajili yake): {ids}.</translation>
        </message>
        <message>
            <source>the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.</source>
            <translation>namba za ID za sehemu, vigezo na umahiri wa ngazi za chini {count} (SkillAssess huzipa namba 1, 1.1, ...): {ids}.</translation>
        </message>
        <message>
            <source>Not imported (no place in SkillAssess):</source>
            <translation>Havikuingizwa (havina nafasi katika SkillAssess):</translation>
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.</source>
            <translation>{file}, mstari wa faili {line}: faili si maandishi ya UTF-8; hifadhi CSV kama UTF-8 (katika Excel: CSV UTF-8; katika LibreOffice: seti ya herufi Unicode (UTF-8)) na ujaribu tena.</translation>
        </message>
        <message>
            <source>{file}: the file is empty; choose a Moodle competency framework CSV.</source>
            <translation>{file}: faili ni tupu; chagua CSV ya mfumo wa umahiri wa Moodle.</translation>
        </message>
        <message>
            <source>{where}, column ID number: the ID number is empty.</source>
            <translation>{where}, safu ID number: namba ya ID ni tupu.</translation>
        </message>
        <message>
            <source>{where}: the ID number {id} appears twice (also row {other}).</source>
            <translation>{where}: namba ya ID {id} inaonekana mara mbili (pia mstari {other}).</translation>
        </message>
        <message>
            <source>{where}, column Short name: the short name of {id} is empty.</source>
            <translation>{where}, safu Short name: jina fupi la {id} ni tupu.</translation>
        </message>
        <message>
            <source>{file}: the column Is framework is missing from row 1.</source>
            <translation>{file}: safu Is framework haipo kwenye mstari wa 1.</translation>
        </message>
        <message>
            <source>{file}: no framework row (a row with Is framework = 1).</source>
            <translation>{file}: hakuna mstari wa mfumo (mstari wenye Is framework = 1).</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parent {parent} of {id} is not in the file.</source>
            <translation>{file}, mstari {row}: mzazi {parent} wa {id} hayupo kwenye faili.</translation>
        </message>
        <message>
            <source>Level 1 is above the units and has no place: {count} competencies ({ids}).</source>
            <translation>Ngazi ya 1 iko juu ya vipengele na haina nafasi: umahiri {count} ({ids}).</translation>
        </message>
        <message>
            <source>Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).</source>
            <translation>Ngazi za 1 hadi {last} ziko juu ya vipengele na hazina nafasi: umahiri {count} ({ids}).</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).</source>
            <translation>Upangaji: mfumo {code} → sifa; ngazi {u} → vipengele {units} (ID number → msimbo wa kipengele), kila kimoja na sehemu moja yenye jina lilelile; ngazi {e} → vigezo vya utendaji {criteria} vya sehemu hiyo (jina fupi, kisha maelezo).</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).</source>
            <translation>Upangaji: mfumo {code} → sifa; ngazi {u} → vipengele {units} (ID number → msimbo wa kipengele); ngazi {e} → sehemu {elements}; ngazi {c} → vigezo vya utendaji {criteria} (jina fupi, kisha maelezo); umahiri {deeper} wa ngazi {f} na chini zaidi → vimeunganishwa kwenye maandishi ya kigezo chao, mstari mmoja kila kimoja (- jina fupi: maelezo).</translation>
        </message>
        <message>
            <source>- {what}</source>
            <translation>- {what}</translation>
        </message>
        <message>
            <source>{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).</source>
            <translation>{file}, mstari {row}: zaidi ya mistari {limit:,}; mfumo mkubwa hivi si kiwango cha umahiri (je, ni faili sahihi?).</translation>
        </message>
        <message>
            <source>{where}: a second framework (the first is on row {first}); import one framework per file.</source>
            <translation>{where}: mfumo wa pili (wa kwanza uko kwenye mstari {first}); ingiza mfumo mmoja kwa kila faili.</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parents of {id} form a cycle ({cycle}).</source>
            <translation>{file}, mstari {row}: wazazi wa {id} wanaunda mzunguko ({cycle}).</translation>
        </message>
        <message>
            <source>This file is far too large to be a badge ({size} bytes).</source>
            <translation>Faili hii ni kubwa mno kuwa beji (baiti {size}).</translation>
        </message>
        <message>
            <source>The badge is empty.</source>
            <translation>Beji ni tupu.</translation>
        </message>
        <message>
            <source>This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.</source>
            <translation>Hii si beji ya muundo wa JWT (sehemu tatu za base64url zilizounganishwa kwa nukta) wala hati ya JSON; huenda imebadilishwa.</translation>
        </message>
        <message>
            <source>it has no @context</source>
            <translation>haina @context</translation>
        </message>
        <message>
            <source>its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)</source>
            <translation>aina yake ni {types}, si OpenBadgeCredential (wala AchievementCredential)</translation>
        </message>
        <message>
            <source>it names no issuer</source>
            <translation>haitaji mtoaji</translation>
        </message>
        <message>
            <source>it has no credentialSubject</source>
            <translation>haina credentialSubject</translation>
        </message>
        <message>
            <source>This file is not text: a badge is a .jwt file or a JSON credential.</source>
            <translation>Faili hii si maandishi: beji ni faili .jwt au hati ya JSON.</translation>
        </message>
        <message>
            <source>The badge's JWT is not valid base64url: it was changed or damaged.</source>
            <translation>JWT ya beji si base64url halali: imebadilishwa au kuharibika.</translation>
        </message>
        <message>
            <source>the type of its subject is {types}, not {wanted}</source>
            <translation>aina ya mhusika wake ni {types}, si {wanted}</translation>
        </message>
        <message>
            <source>evidence {n} is of type {types}, not Evidence</source>
            <translation>ushahidi {n} ni wa aina {types}, si Evidence</translation>
        </message>
        <message>
            <source>it has no validFrom (nor issuanceDate)</source>
            <translation>haina validFrom (wala issuanceDate)</translation>
        </message>
        <message>
            <source>it expired on {date}</source>
            <translation>muda wake uliisha tarehe {date}</translation>
        </message>
        <message>
            <source>its JWT jti differs from its id</source>
            <translation>jti ya JWT yake inatofautiana na id yake</translation>
        </message>
        <message>
            <source>its JWT iss differs from its issuer</source>
            <translation>iss ya JWT yake inatofautiana na mtoaji wake</translation>
        </message>
        <message>
            <source>it is not valid before {date}</source>
            <translation>si halali kabla ya tarehe {date}</translation>
        </message>
        <message>
            <source>Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.</source>
            <translation>Soma kila kauli na uweke alama kwenye kisanduku kimoja tu: Naweza kufanya hili (peke yangu, kwa kiwango kinachotakiwa), Kwa msaada (nimefanya hivyo nikiongozwa na mtu), au Bado. Hakuna jibu lisilo sahihi: majibu yako yanamsaidia mtathmini kupanga atakachoangalia pamoja nawe.</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>Naweza kufanya hili</translation>
        </message>
        <message>
            <source>With help</source>
            <translation>Kwa msaada</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Bado</translation>
        </message>
        <message>
            <source>{regno} · {qualification} · self-assessment</source>
            <translation>{regno} · {qualification} · kujitathmini</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>the Open Badges of certificates (.jwt)</source>
            <translation>Open Badges za vyeti (.jwt)</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} haiwezi kusomwa: {reason}</translation>
        </message>
        <message>
            <source>Self-assessment checklist</source>
            <translation>Orodha hakiki ya kujitathmini</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Candidate's signature</source>
            <translation>Saini ya mtahiniwa</translation>
        </message>
        <message>
            <source>Assessor's signature</source>
            <translation>Saini ya mtathmini</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file}: kitabu cha kazi kimeharibika ({where} haiwezi kufunguliwa); hakuna kilichobadilishwa. Kifungue kwenye Excel au LibreOffice, kihifadhi tena na ujaribu upya.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).</source>
            <translation>{file} si kitabu cha kazi cha Excel (.xlsx) kinachoweza kusomwa: hakina sehemu ya kitabu cha kazi (je, ni hati ya aina nyingine iliyopewa jina .xlsx?).</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.</source>
            <translation>{file}: kitabu cha kazi kimeharibika au si faili la kawaida la Excel (orodha ya laha zake haisomeki); hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).</source>
            <translation>{file} si kitabu cha kazi cha Excel (.xlsx) kinachoweza kusomwa: si kifurushi cha ZIP; kihifadhi kutoka Excel au LibreOffice kama kitabu cha kazi cha Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.</source>
            <translation>{file}: kitabu cha kazi kina sehemu {count:,}, zaidi ya lahajedwali yoyote huwa nazo; kimekataliwa na hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.</source>
            <translation>{file}: kitabu cha kazi kinapanuka hadi MB {size} kinapofunguliwa, zaidi ya MB {limit} zinazokubaliwa kwa uingizaji; hakuna kilichobadilishwa. Je, ni faili sahihi? Gawa orodha kubwa sana katika faili kadhaa.</translation>
        </message>
        <message>
            <source>{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.</source>
            <translation>{file}: sehemu ya kitabu cha kazi ({part}) imebanwa {ratio:,} kwa 1, zaidi sana ya lahajedwali yoyote; faili limekataliwa kama bomu la zip linalowezekana na hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.</source>
            <translation>{file}: maandishi ya kitabu cha kazi yanapanuka hadi MB {size}, zaidi ya MB {limit} zinazokubaliwa kwa uingizaji; hakuna kilichobadilishwa. Gawa orodha kubwa sana katika faili kadhaa.</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.</source>
            <translation>{file}: laha {sheet} ina mistari zaidi ya {limit:,} (mistari tupu inahesabiwa pia); mistari isiyozidi {limit:,} inaweza kuingizwa kwa mara moja, na hakuna kilichobadilishwa. Futa mistari tupu chini ya orodha, au gawa orodha katika faili kadhaa.</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file}: kitabu cha kazi kimeharibika: {where} kina herufi ya udhibiti {code} (baiti {offset:,}), ambayo lahajedwali haiandiki kamwe; hakuna kilichobadilishwa. Kifungue kwenye Excel au LibreOffice, kihifadhi tena na ujaribu upya.</translation>
        </message>
        <message>
            <source>{values}</source>
            <translation>{values}</translation>
        </message>
        <message>
            <source>Information and counselling</source>
            <translation>Taarifa na ushauri</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Kustahili</translation>
        </message>
        <message>
            <source>Portfolio of evidence</source>
            <translation>Jalada la ushahidi</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Utoaji wa cheti</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mwanamke</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Mwanamume</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ndiyo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hapana</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Haijaelezwa</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pasipoti</translation>
        </message>
        <message>
            <source>Refugee ID</source>
            <translation>Kitambulisho cha mkimbizi</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Hati nyingine</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Hakuna hati</translation>
        </message>
        <message>
            <source>RPL</source>
            <translation>RPL</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Msimamizi</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Msajili</translation>
        </message>
        <message>
            <source>Qualification certificate</source>
            <translation>Cheti cha sifa</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>Hati ya ufaulu wa vipengele</translation>
        </message>
        <message>
            <source>{text}</source>
            <translation>{text}</translation>
        </message>
        <message>
            <source>A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.</source>
            <translation>Badiliko kwenye {tables} halikusajiliwa kwenye kumbukumbu ya ukaguzi, kwa hiyo halikuhifadhiwa. Hii ni kasoro ya SkillAssess: tafadhali iripoti.</translation>
        </message>
        <message>
            <source>A change to {table} could not be followed for the audit log; nothing was saved.</source>
            <translation>Badiliko kwenye {table} halikuweza kufuatiliwa kwa kumbukumbu ya ukaguzi; hakuna kilichohifadhiwa.</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.</source>
            <translation>{table} ({record}): kumbukumbu ya ukaguzi (ingizo {entry}) inasajili kufutwa kwake, lakini iko kwenye hifadhidata.</translation>
        </message>
        <message>
            <source>The audit log is intact: {count} entries checked, and {records} records match it.</source>
            <translation>Kumbukumbu ya ukaguzi iko salama: maingizo {count} yamekaguliwa, na rekodi {records} zinalingana nayo.</translation>
        </message>
        <message>
            <source>{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.</source>
            <translation>{table} ({record}), {field}: kumbukumbu ya ukaguzi (ingizo {entry}) inasema {audited}, hifadhidata ina {found}.</translation>
        </message>
        <message>
            <source>{table} ({record}): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>{table} ({record}): hakuna ingizo la ukaguzi linalosajili rekodi hii; iliongezwa nje ya SkillAssess.</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.</source>
            <translation>{table} ({record}): kumbukumbu ya ukaguzi (ingizo {entry}) inaisajili, lakini haipo tena kwenye hifadhidata; ilifutwa nje ya SkillAssess.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry {entry}: {problem}.</source>
            <translation>Kumbukumbu ya ukaguzi imevunjika kwenye ingizo {entry}: {problem}.</translation>
        </message>
        <message>
            <source>{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.</source>
            <translation>Rekodi {count} zinatofautiana na kile kumbukumbu ya ukaguzi inasema: zilibadilishwa nje ya SkillAssess.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… na {count} zaidi.</translation>
        </message>
        <message>
            <source>The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).</source>
            <translation>Ukaguzi ni kwa faili za hifadhidata za SQLite; kwa {name}, tumia zana za seva yenyewe (pg_amcheck).</translation>
        </message>
        <message>
            <source>{path} is not a SkillAssess database (it is not a SQLite file).</source>
            <translation>{path} si hifadhidata ya SkillAssess (si faili la SQLite).</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({reason}); nothing was kept of it.</source>
            <translation>Nakala rudufu haikuweza kuandikwa kwenye {folder} ({reason}); hakuna kilichobakizwa.</translation>
        </message>
        <message>
            <source>The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.</source>
            <translation>Nakala rudufu haikuweza kuwekwa mahali pake ({reason}). Funga SkillAssess kila mahali ambapo hifadhidata imefunguliwa na ujaribu tena.</translation>
        </message>
        <message>
            <source>The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.</source>
            <translation>Nakala rudufu haikuweza kunakiliwa kwenye folda ya pili {folder} ({reason}); iko kwenye folda ya data tu.</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.</source>
            <translation>{archive} haiwezi kurejeshwa: kumbukumbu yake ya ukaguzi imevunjika ({problem}). Hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.</source>
            <translation>Beji hii haikutolewa na kituo ambacho hifadhidata hii inakijua (mtoaji: {issuer}); {why} Muombe mtoaji wake, au mkaguzi anayemwamini, aithibitishe.</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is genuine and in force.</source>
            <translation>Beji ya cheti {serial} ni halisi na inatumika.</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it gets no badge.</source>
            <translation>Cheti {serial} kimefutwa ({reason}); hakipati beji.</translation>
        </message>
        <message>
            <source>Choose at least one certificate.</source>
            <translation>Chagua angalau cheti kimoja.</translation>
        </message>
        <message>
            <source>No badge was written:</source>
            <translation>Hakuna beji iliyoandikwa:</translation>
        </message>
        <message>
            <source>{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.</source>
            <translation>{path}: beji huandikwa kama faili .jwt (hati iliyotiwa sahihi, kama pochi za kidijitali zinavyoiingiza); faili .json ingebeba hati bila sahihi yake. Toa FILE.jwt, FILE.zip au folda.</translation>
        </message>
        <message>
            <source>{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).</source>
            <translation>{path}: toa FILE.jwt (cheti kimoja), FILE.zip au folda (.jwt moja kwa kila cheti).</translation>
        </message>
        <message>
            <source>The badge is signed with a registered centre's key but names no certificate.</source>
            <translation>Beji imetiwa sahihi kwa ufunguo wa kituo kilichosajiliwa lakini haitaji cheti chochote.</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states something else than the certificate {serial} it carries.</source>
            <translation>Sahihi ya beji ni halali, lakini inaeleza kitu tofauti na cheti {serial} inachobeba.</translation>
        </message>
        <message>
            <source>This badge is not valid: {problems}.</source>
            <translation>Beji hii si halali: {problems}.</translation>
        </message>
        <message>
            <source>its proof ({kinds}) cannot be checked here.</source>
            <translation>uthibitisho wake ({kinds}) hauwezi kukaguliwa hapa.</translation>
        </message>
        <message>
            <source>it carries no proof at all.</source>
            <translation>haina uthibitisho wowote.</translation>
        </message>
        <message>
            <source>it is signed with {alg}, and no key here can check it.</source>
            <translation>imetiwa sahihi kwa {alg}, na hakuna ufunguo hapa unaoweza kuikagua.</translation>
        </message>
        <message>
            <source>its JWT names no Ed25519 key.</source>
            <translation>JWT yake haitaji ufunguo wowote wa Ed25519.</translation>
        </message>
        <message>
            <source>its key {key} is not one of this centre's keys.</source>
            <translation>ufunguo wake {key} si mmoja wa funguo za kituo hiki.</translation>
        </message>
        <message>
            <source>The badge's signature does not match its content: it was changed or forged.</source>
            <translation>Sahihi ya beji hailingani na maudhui yake: imebadilishwa au kughushiwa.</translation>
        </message>
        <message>
            <source>The badge is signed with this centre's key but names no certificate.</source>
            <translation>Beji imetiwa sahihi kwa ufunguo wa kituo hiki lakini haitaji cheti chochote.</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states another {fields} than the register entry of {serial}.</source>
            <translation>Sahihi ya beji ni halali, lakini inaeleza {fields} tofauti na ingizo la rejista la {serial}.</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is revoked: {reason}</source>
            <translation>Beji ya cheti {serial} imefutwa: {reason}</translation>
        </message>
        <message>
            <source>{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.</source>
            <translation>{path}: faili moja .jwt hubeba beji moja; kwa vyeti {count} toa folda au faili .zip.</translation>
        </message>
        <message>
            <source>This is not a readable badge: {problem}</source>
            <translation>Hii si beji inayosomeka: {problem}</translation>
        </message>
        <message>
            <source>This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.</source>
            <translation>Hati hii inataja cheti cha SkillAssess lakini haina sahihi: faili .jwt iliyoandikwa na kituo pekee ndiyo inayoweza kukaguliwa.</translation>
        </message>
        <message>
            <source>The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.</source>
            <translation>Beji ilitiwa sahihi kwa ufunguo {key}, ambao si ufunguo unaoaminika wa kituo hiki: {problem}. Usikubali beji hii.</translation>
        </message>
        <message>
            <source>Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.</source>
            <translation>Cheti kisichojulikana: sahihi ya beji ni halisi (ufunguo {key}), lakini cheti {serial} hakimo kwenye rejista ya hifadhidata hii.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.</source>
            <translation>Hakuna kilichoingizwa kutoka {file}: sifa {code} ilipitwa na toleo jipya wakati faili likikaguliwa; ingiza faili tena.</translation>
        </message>
        <message>
            <source>it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.</source>
            <translation>ina herufi {length}; tumia anwani isiyozidi herufi {limit}, ili misimbo ya QR ibaki inasomeka.</translation>
        </message>
        <message>
            <source>use a web address without spaces or accented letters, for example {example}</source>
            <translation>tumia anwani ya wavuti isiyo na nafasi wala herufi zenye alama, kwa mfano {example}</translation>
        </message>
        <message>
            <source>this is not a web address; write it as {example}</source>
            <translation>hii si anwani ya wavuti; iandike kama {example}</translation>
        </message>
        <message>
            <source>the host name {host} is not a public web address, for example {example}</source>
            <translation>jina la seva {host} si anwani ya wavuti ya umma, kwa mfano {example}</translation>
        </message>
        <message>
            <source>the address may not contain ? or # (the certificate is added after #).</source>
            <translation>anwani haiwezi kuwa na ? wala # (cheti kinaongezwa baada ya #).</translation>
        </message>
        <message>
            <source>the address must end with / (for example {example})</source>
            <translation>anwani lazima iishe kwa / (kwa mfano {example})</translation>
        </message>
        <message>
            <source>The centre is not set up yet (name, code, country); an administrator sets it up first.</source>
            <translation>Kituo bado hakijawekwa (jina, msimbo, nchi); msimamizi akiweke kwanza.</translation>
        </message>
        <message>
            <source>the address must start with https:// (http:// only for localhost), for example {example}</source>
            <translation>anwani lazima ianze na https:// (http:// kwa localhost tu), kwa mfano {example}</translation>
        </message>
        <message>
            <source>Centre name</source>
            <translation>Jina la kituo</translation>
        </message>
        <message>
            <source>enter the centre's name.</source>
            <translation>weka jina la kituo.</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>Msimbo wa kituo</translation>
        </message>
        <message>
            <source>1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.</source>
            <translation>herufi, tarakimu au vistari 1 hadi 20 (kwa mfano ACC); huanza kila namba ya mfululizo ya cheti.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Nchi</translation>
        </message>
        <message>
            <source>the two-letter ISO code, for example GH, ET or LB.</source>
            <translation>msimbo wa ISO wa herufi mbili, kwa mfano GH, ET au LB.</translation>
        </message>
        <message>
            <source>Verification address</source>
            <translation>Anwani ya uthibitishaji</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Watia saini</translation>
        </message>
        <message>
            <source>a certificate has room for {limit} signatories; remove {extra}.</source>
            <translation>cheti kina nafasi ya watia saini {limit}; ondoa {extra}.</translation>
        </message>
        <message>
            <source>The centre settings were not saved:</source>
            <translation>Mipangilio ya kituo haikuhifadhiwa:</translation>
        </message>
        <message>
            <source>There is no signatory {n}; the centre has {count}.</source>
            <translation>Hakuna mtia saini {n}; kituo kina {count}.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Nembo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anwani</translation>
        </message>
        <message>
            <source>Signatory {n}</source>
            <translation>Mtia saini {n}</translation>
        </message>
        <message>
            <source>enter the name, or remove the signatory.</source>
            <translation>weka jina, au ondoa mtia saini.</translation>
        </message>
        <message>
            <source>{lang} is not a certificate language.</source>
            <translation>{lang} si lugha ya cheti.</translation>
        </message>
        <message>
            <source>Signatory {n}, signature</source>
            <translation>Mtia saini {n}, saini</translation>
        </message>
        <message>
            <source>Signatory {n}, title ({lang})</source>
            <translation>Mtia saini {n}, cheo ({lang})</translation>
        </message>
        <message>
            <source>{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).</source>
            <translation>{path}: faili lazima liishe kwa .pdf (PDF moja) au .zip (PDF moja kwa kila cheti).</translation>
        </message>
        <message>
            <source>No certificate was reprinted.</source>
            <translation>Hakuna cheti kilichochapishwa upya.</translation>
        </message>
        <message>
            <source>No certificate was issued.</source>
            <translation>Hakuna cheti kilichotolewa.</translation>
        </message>
        <message>
            <source>{problem} {nothing}</source>
            <translation>{problem} {nothing}</translation>
        </message>
        <message>
            <source>Certificate {serial} is genuine and in force (issued by the registered centre {centre}).</source>
            <translation>Cheti {serial} ni halisi na kinatumika (kimetolewa na kituo kilichosajiliwa {centre}).</translation>
        </message>
        <message>
            <source>Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it.</source>
            <translation>Cheti kisichojulikana: saini ni halisi (ufunguo {key}), lakini cheti {serial} hakimo kwenye rejista ya hifadhidata hii. Ni rejista ya kituo kilichokitoa tu inayoweza kukithibitisha.</translation>
        </message>
        <message>
            <source>The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.</source>
            <translation>Ingizo la rejista la cheti {serial} lilibadilishwa nje ya SkillAssess ({problem}); haliwezi kuthibitishwa. Msimamizi aendeshe skillassess audit verify.</translation>
        </message>
        <message>
            <source>The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.</source>
            <translation>Ufunguo wa beji si ufunguo halali wa Ed25519 (jwk au did:key): umebadilishwa au kuharibika.</translation>
        </message>
        <message>
            <source>The badge is not a JSON object in UTF-8: it was changed or damaged.</source>
            <translation>Beji si kitu cha JSON katika UTF-8: imebadilishwa au kuharibika.</translation>
        </message>
        <message>
            <source>a date in it is not a date and time ({date})</source>
            <translation>tarehe ndani yake si tarehe na saa halali ({date})</translation>
        </message>
        <message>
            <source>The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.</source>
            <translation>Saini ni halisi (ufunguo {key} wa kituo {centre}), lakini cheti {serial} hakijafika kwenye rejista ya taifa: hakuna kifurushi cha {centre} kilichoingizwa hapa kinachokiorodhesha.</translation>
        </message>
        <message>
            <source>Certificate {serial} of the centre {centre} was revoked: {reason}</source>
            <translation>Cheti {serial} cha kituo {centre} kimebatilishwa: {reason}</translation>
        </message>
        <message>
            <source>The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.</source>
            <translation>Taarifa ilisainiwa kwa ufunguo {key}, ambao si ufunguo unaoaminika wa kituo hiki: {problem}. Usikubali cheti hiki.</translation>
        </message>
        <message>
            <source>Choose at least one candidate to certify.</source>
            <translation>Chagua angalau mtahiniwa mmoja wa kupewa cheti.</translation>
        </message>
        <message>
            <source>No certificate was issued:</source>
            <translation>Hakuna cheti kilichotolewa:</translation>
        </message>
        <message>
            <source>No certificate was printed:</source>
            <translation>Hakuna cheti kilichochapishwa:</translation>
        </message>
        <message>
            <source>{regno}: {code} is chosen twice.</source>
            <translation>{regno}: {code} imechaguliwa mara mbili.</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it cannot be printed.</source>
            <translation>Cheti {serial} kimebatilishwa ({reason}); hakiwezi kuchapishwa.</translation>
        </message>
        <message>
            <source>Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.</source>
            <translation>Rejesha nakala rudufu ya karibuni (skillassess restore FILE), au msimamizi asajili upotevu (skillassess audit accept-loss, au Kagua kumbukumbu kwenye ukurasa wa Kumbukumbu ya ukaguzi); mpaka hapo hakuna kinachoweza kuhifadhiwa.</translation>
        </message>
        <message>
            <source>The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.</source>
            <translation>Kituo cha ukaguzi cha {at} (maingizo {expected}, kimesainiwa kwa ufunguo {key}) kimo kwenye kumbukumbu; maingizo {added} yameongezwa tangu hapo.</translation>
        </message>
        <message>
            <source>The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}</source>
            <translation>Kituo cha ukaguzi kilichoandikwa {at} kinasajili maingizo {expected} ya ukaguzi, lakini hifadhidata ina {found}: mabadiliko ya karibuni hayapo (faili -wal lililopotea baada ya hitilafu, nakala ya hifadhidata iliyotengenezwa wakati ikiandikwa, au maingizo yaliyofutwa). {hint}</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}</source>
            <translation>Kumbukumbu ya ukaguzi haina tena maingizo ambayo kituo chake cha ukaguzi cha {at} kinasajili (ingizo {entry} linatofautiana): kumbukumbu iliandikwa upya au ilibadilishwa. {hint}</translation>
        </message>
        <message>
            <source>The audit log holds its checkpoint.</source>
            <translation>Kumbukumbu ya ukaguzi ina kituo chake cha ukaguzi.</translation>
        </message>
        <message>
            <source>There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.</source>
            <translation>Hakuna kituo cha ukaguzi ({path}), kwa hiyo kuondolewa kwa maingizo ya karibuni ya kumbukumbu hakungeweza kugunduliwa. SkillAssess hukiandika baada ya kila badiliko; ukinakili hifadhidata, nakili pia faili lake la .checkpoint.</translation>
        </message>
        <message>
            <source>The audit log holds every entry its checkpoint records: there is no loss to record.</source>
            <translation>Kumbukumbu ya ukaguzi ina kila ingizo ambalo kituo chake cha ukaguzi kinasajili: hakuna upotevu wa kusajili.</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>Kumbukumbu ya ukaguzi ni tupu; bado hakuna kituo cha ukaguzi.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.</source>
            <translation>Kituo cha ukaguzi {path} hakisomeki; hakikutumika. Badiliko linalofuata linaandika kipya.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one.</source>
            <translation>Kituo cha ukaguzi {path} kimesainiwa kwa ufunguo ambao kompyuta hii haiujui (ufunguo wa kituo cha ukaguzi wa kompyuta nyingine, au faili lilibadilishwa); hakikutumika. Badiliko linalofuata linaandika kipya.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.</source>
            <translation>Kituo cha ukaguzi {path} hakilingani na saini yake: kilibadilishwa nje ya SkillAssess.</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}; see skillassess exchange partners.</source>
            <translation>Hakuna kituo kilichosajiliwa chenye msimbo {code}; angalia skillassess exchange partners.</translation>
        </message>
        <message>
            <source>An exchange bundle's file name ends in .sabundle: {file}</source>
            <translation>Jina la faili la kifurushi cha kubadilishana huishia kwa .sabundle: {file}</translation>
        </message>
        <message>
            <source>The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.</source>
            <translation>Kiwango cha sampuli ni sehemu iliyo juu ya 0 na isiyozidi 1, k.m. 0.1 kwa 10 %.</translation>
        </message>
        <message>
            <source>The minimum sample size cannot be negative.</source>
            <translation>Ukubwa wa chini wa sampuli hauwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>A moderation outcome is confirmed or not_confirmed, not {outcome}.</source>
            <translation>Matokeo ya udhibiti ni confirmed au not_confirmed, si {outcome}.</translation>
        </message>
        <message>
            <source>There is no sampled result {id} to moderate.</source>
            <translation>Hakuna tokeo la sampuli {id} la kudhibiti.</translation>
        </message>
        <message>
            <source>Say why the result is not confirmed (the notes travel back to the centre).</source>
            <translation>Eleza kwa nini matokeo hayajathibitishwa (maelezo yanarudi kwa kituo).</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}.</source>
            <translation>Hakuna kituo kilichosajiliwa chenye msimbo {code}.</translation>
        </message>
        <message>
            <source>{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.</source>
            <translation>{file}: funguo zake hazina ufunguo {key} uliolisaini, au zinao chini ya kitambulisho kisicho sahihi; hakuna kilichoingizwa.</translation>
        </message>
        <message>
            <source>{file} has no keys member; nothing was imported.</source>
            <translation>{file} halina sehemu ya keys; hakuna kilichoingizwa.</translation>
        </message>
        <message>
            <source>{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.</source>
            <translation>{file}: funguo zake ni za {owner}, si za mtumaji wake {code}; hakuna kilichoingizwa.</translation>
        </message>
        <message>
            <source>{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.</source>
            <translation>{file}: saini ya manifesti yake si sahihi: kifurushi kilibadilishwa baada ya kusainiwa; hakuna kilichoingizwa.</translation>
        </message>
        <message>
            <source>The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.</source>
            <translation>Alama bainifu uliyoandika hailingani na ufunguo {key} uliosaini {file} ({fingerprint}). Usiusajili: muulize {name} alama bainifu yake tena.</translation>
        </message>
        <message>
            <source>{file} was made by this database's own centre ({code}); there is nothing to register.</source>
            <translation>{file} kilitengenezwa na kituo cha hifadhidata hii yenyewe ({code}); hakuna cha kusajili.</translation>
        </message>
        <message>
            <source>{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.</source>
            <translation>{code} imesajiliwa hapa kama {role}, lakini {file} kilitumwa nayo kama {other}; hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>The key {key} of {file} is registered here for another partner; nothing was changed.</source>
            <translation>Ufunguo {key} wa {file} umesajiliwa hapa kwa mshirika mwingine; hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>No centre {code} is registered in this database.</source>
            <translation>Hakuna kituo {code} kilichosajiliwa kwenye hifadhidata hii.</translation>
        </message>
        <message>
            <source>The register holds no candidate {reg} of the centre {code}.</source>
            <translation>Rejista haina mtahiniwa {reg} wa kituo {code}.</translation>
        </message>
        <message>
            <source>No candidate with the id {id} is in the register.</source>
            <translation>Hakuna mtahiniwa mwenye kitambulisho {id} kwenye rejista.</translation>
        </message>
        <message>
            <source>Sign in first: every export and read of personal data names who made it.</source>
            <translation>Ingia kwanza: kila uhamishaji na usomaji wa taarifa binafsi unamtaja aliyeufanya.</translation>
        </message>
        <message>
            <source>no audit entry records key {key}: it was added outside SkillAssess</source>
            <translation>hakuna ingizo la ukaguzi linalosajili ufunguo {key}: uliongezwa nje ya SkillAssess</translation>
        </message>
        <message>
            <source>its audit entry {entry} was changed</source>
            <translation>ingizo lake la ukaguzi {entry} lilibadilishwa</translation>
        </message>
        <message>
            <source>it was not made trusted by an administrator (audit entry {entry})</source>
            <translation>haukufanywa kuaminika na msimamizi (ingizo la ukaguzi {entry})</translation>
        </message>
        <message>
            <source>its record differs from audit entry {entry} ({problem})</source>
            <translation>rekodi yake inatofautiana na ingizo la ukaguzi {entry} ({problem})</translation>
        </message>
        <message>
            <source>This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.</source>
            <translation>Kituo hiki bado hakina ufunguo wa kusaini vyeti, kwa hiyo hakuna kinachoweza kusainiwa. Msimamizi atengeneze mmoja: kwenye ukurasa wa Watumiaji, Funguo za kusaini…, kisha Tengeneza ufunguo; au skillassess keys create --user JINA.</translation>
        </message>
        <message>
            <source>The checkpoint key {path} cannot be read.</source>
            <translation>Ufunguo wa kituo cha ukaguzi {path} hausomeki.</translation>
        </message>
        <message>
            <source>The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate).</source>
            <translation>Ufunguo binafsi wa ufunguo wa kusaini wa kituo {key} haupo kwenye kompyuta hii (unapaswa kuwa {file}). Nakili faili hilo kutoka kompyuta ambapo ufunguo ulitengenezwa, au msimamizi abadilishe ufunguo hapa (skillassess keys rotate).</translation>
        </message>
        <message>
            <source>The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).</source>
            <translation>Kituo tayari kina ufunguo wa kusaini ({key}); ili kuubadilisha, uzungushe (skillassess keys rotate).</translation>
        </message>
        <message>
            <source>There is no trusted signing key to rotate; create one (skillassess keys create).</source>
            <translation>Hakuna ufunguo wa kusaini unaoaminika wa kuzungusha; tengeneza mmoja (skillassess keys create).</translation>
        </message>
        <message>
            <source>its public key is damaged</source>
            <translation>ufunguo wake wa umma umeharibika</translation>
        </message>
        <message>
            <source>There is no such assessment (it may have been deleted meanwhile).</source>
            <translation>Hakuna tathmini kama hiyo (huenda imefutwa wakati huo).</translation>
        </message>
        <message>
            <source>There is no such assessment or performance criterion (it may have been deleted meanwhile).</source>
            <translation>Hakuna tathmini au kigezo cha utendaji kama hicho (huenda kimefutwa wakati huo).</translation>
        </message>
        <message>
            <source>Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.</source>
            <translation>Kigezo {number} si kigezo cha toleo la kipengele la {candidate} katika {unit}.</translation>
        </message>
        <message>
            <source>Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.</source>
            <translation>Kigezo {number} cha tathmini {assessment} kilibadilishwa na mtu mwingine tangu ulipokifungua: sasa ni {now}. Thamani yako haikuhifadhiwa; angalia kisanduku tena na uandike thamani yako mara nyingine kama inapaswa kuichukua nafasi.</translation>
        </message>
        <message>
            <source>Nothing was saved in assessment {id}:</source>
            <translation>Hakuna kilichohifadhiwa kwenye tathmini {id}:</translation>
        </message>
        <message>
            <source>{unit} has no criterion {number}.</source>
            <translation>{unit} haina kigezo {number}.</translation>
        </message>
        <message>
            <source>Criterion {number} is given twice with different results.</source>
            <translation>Kigezo {number} kimetolewa mara mbili na matokeo tofauti.</translation>
        </message>
        <message>
            <source>The {what} code: {problem}</source>
            <translation>Msimbo wa {what}: {problem}</translation>
        </message>
        <message>
            <source>The {what} title: {problem}</source>
            <translation>Jina la {what}: {problem}</translation>
        </message>
        <message>
            <source>This item cannot be removed: {kind}.</source>
            <translation>Kipengee hiki hakiwezi kuondolewa: {kind}.</translation>
        </message>
        <message>
            <source>This item cannot be moved: {kind}.</source>
            <translation>Kipengee hiki hakiwezi kuhamishwa: {kind}.</translation>
        </message>
        <message>
            <source>Only a qualification or a unit has versions, not a {kind}.</source>
            <translation>Ni sifa au kipengele tu kilicho na matoleo, si {kind}.</translation>
        </message>
        <message>
            <source>Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.</source>
            <translation>Jina la mtumiaji au nenosiri si sahihi, au akaunti imefungwa baada ya manenosiri {attempts} yasiyo sahihi. Akaunti iliyofungwa hufunguka tena baada ya dakika {minutes}; msimamizi anaweza kuifungua mapema kwa kuweka nenosiri jipya.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be made: {reason}</source>
            <translation>Folda {folder} haiwezi kuundwa: {reason}</translation>
        </message>
        <message>
            <source>{field}: {path}: {problem}</source>
            <translation>{field}: {path}: {problem}</translation>
        </message>
        <message>
            <source>{field}: {path} cannot be read ({reason}).</source>
            <translation>{field}: {path} haiwezi kusomwa ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>NewItemDialog</name>
        <message>
            <source>To add a unit that exists already, give its code; the title is then not needed.</source>
            <translation>Ili kuongeza kipengele kilichopo tayari, toa msimbo wake; jina halihitajiki wakati huo.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Msimbo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Jina</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Kundi</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>Manenosiri mawili yanatofautiana; yaandike tena.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Nenosiri linahitaji angalau herufi %1.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Progress: %1</source>
            <translation>Maendeleo: %1</translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message>
            <source>Packaging rules met: a full qualification certificate can be issued.</source>
            <translation>Kanuni za mpangilio zimetimizwa: cheti kamili cha sifa kinaweza kutolewa.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved: a statement of attainment can be issued.</source>
            <translation>
                <numerusform>Kipengele %n kimefaulu: hati ya ufaulu wa vipengele inaweza kutolewa.</numerusform>
                <numerusform>Vipengele %n vimefaulu: hati ya ufaulu wa vipengele inaweza kutolewa.</numerusform>
            </translation>
        </message>
        <message>
            <source>No unit achieved yet.</source>
            <translation>Bado hakuna kipengele kilichofaulu.</translation>
        </message>
        <message>
            <source>The candidate is not enrolled for any qualification.</source>
            <translation>Mtahiniwa hajadahiliwa kwa sifa yoyote.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipengele</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Mikopo</translation>
        </message>
        <message>
            <source>Latest outcome</source>
            <translation>Matokeo ya karibuni</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Majaribio</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Kimefaulu</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ndiyo</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Diski</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folda</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Jina la faili:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Tafuta ndani ya:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Faili za &amp;aina:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folda:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Fungua</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Hifadhi</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chagua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Hifadhi kama</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Tafuta folda</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Faili zote (*)</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Orodha ya maeneo na alamisho</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Rudi nyuma</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Nenda mbele</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Nenda kwenye folda mzazi</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Tengeneza folda mpya</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Badilisha kwa mwonekano wa orodha</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Badilisha kwa mwonekano wa kina</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Nyuma</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Mbele</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folda mzazi</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Tengeneza folda mpya</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folda mpya</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folda &amp;mpya</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Mwonekano wa orodha</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Mwonekano wa kina</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Maeneo ya karibuni</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Upau wa pembeni</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Onyesha faili &amp;zilizofichwa</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Futa</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Badilisha jina</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukubwa</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompyuta</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tarehe ya kubadilishwa</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Tendua</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rudia</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kata</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Nakili</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Bandika</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chagua zote</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Onyesha maelezo…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ficha maelezo…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Sawa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Hifadhi</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ndiyo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Hapana</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ndiyo kwa &amp;zote</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hapana kwa z&amp;ote</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tekeleza</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Weka upya</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Msaada</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Tupa</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Jaribu tena</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Puuza</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Sitisha</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hifadhi zote</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Rejesha chaguo-msingi</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Tendua</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rudia</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kata</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Nakili</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Bandika</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chagua zote</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Nyuma</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Endelea &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Endelea</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Maliza</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Msaada</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Rudi nyuma</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Endelea</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Thibitisha</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Imekamilika</translation>
        </message>
    </context>
    <context>
        <name>QualificationForm</name>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Toleo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Jina</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Ngazi</translation>
        </message>
        <message>
            <source>Sec&amp;tor</source>
            <translation>Se&amp;kta</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Maelezo</translation>
        </message>
        <message>
            <source>&amp;Packaging rules</source>
            <translation>Kanuni za &amp;mpangilio</translation>
        </message>
        <message>
            <source>&amp;Electives required</source>
            <translation>Vipengele vya &amp;hiari vinavyohitajika</translation>
        </message>
        <message>
            <source>C&amp;redits required</source>
            <translation>Mi&amp;kopo inayohitajika</translation>
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
            <translation>Rekodi tathmini</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Kipengele:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Onyesha:</translation>
        </message>
        <message>
            <source>Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once.</source>
            <translation>Vitufe: S = Inaridhisha, N = Bado hairidhishi, Nafasi = futa; mishale na Tab vinasogeza. Kubofya kunabadilisha kisanduku kwa mzunguko. Kila badiliko linahifadhiwa papo hapo.</translation>
        </message>
        <message>
            <source>Evidence and self-assessment…</source>
            <translation>Ushahidi na kujitathmini…</translation>
        </message>
        <message>
            <source>Find a candidate (Ctrl+F)</source>
            <translation>Tafuta mtahiniwa (Ctrl+F)</translation>
        </message>
        <message>
            <source>Session of %1, %2, assessor %3</source>
            <translation>Kikao cha %1, %2, mtathmini %3</translation>
        </message>
        <message>
            <source>%1, attempt %2</source>
            <translation>%1, jaribio %2</translation>
        </message>
        <message>
            <source>All candidates</source>
            <translation>Watahiniwa wote</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>imefutwa</translation>
        </message>
        <message>
            <source>Saved %1 %2 = %3 at %4</source>
            <translation>Imehifadhiwa %1 %2 = %3 saa %4</translation>
        </message>
        <message>
            <source>The database was busy (another user or an import was writing) for longer than a change waits.</source>
            <translation>Hifadhidata ilikuwa na shughuli (mtumiaji mwingine au uingizaji ulikuwa ukiandika) kwa muda mrefu kuliko badiliko linavyosubiri.</translation>
        </message>
        <message>
            <source>The database did not accept the change (the details are in the log file).</source>
            <translation>Hifadhidata haikukubali badiliko (maelezo yako kwenye faili la kumbukumbu).</translation>
        </message>
        <message>
            <source>Not saved: %1 The cell is marked with !; type the value again to retry.</source>
            <translation>Haijahifadhiwa: %1 Kisanduku kimewekwa alama !; andika thamani tena ili kujaribu upya.</translation>
        </message>
        <message>
            <source>Read only: only the assessor of a result records its judgements, until it is submitted.</source>
            <translation>Kusoma tu: ni mtathmini wa matokeo tu anayerekodi maamuzi yake, hadi yatakapowasilishwa.</translation>
        </message>
        <message>
            <source>Read only: only the assessor of %1 records these judgements.</source>
            <translation>Kusoma tu: ni mtathmini wa %1 tu anayerekodi maamuzi haya.</translation>
        </message>
        <message>
            <source>%1 is submitted and waits for verification: a verifier must return it before it can change.</source>
            <translation>%1 imewasilishwa na inasubiri uhakiki: mhakiki lazima airudishe kabla haijaweza kubadilika.</translation>
        </message>
        <message>
            <source>%1 is verified and locked: correct it with an amendment or record a new attempt.</source>
            <translation>%1 imehakikiwa na kufungwa: isahihishe kwa marekebisho au rekodi jaribio jipya.</translation>
        </message>
        <message>
            <source>%1 cannot be changed now.</source>
            <translation>%1 haiwezi kubadilishwa sasa.</translation>
        </message>
        <message>
            <source>Hide panel</source>
            <translation>Ficha paneli</translation>
        </message>
        <message>
            <source>Show panel</source>
            <translation>Onyesha paneli</translation>
        </message>
        <message>
            <source>Hide the candidate's panel, so that more candidates fit (F9)</source>
            <translation>Ficha paneli ya mtahiniwa, ili watahiniwa wengi zaidi waonekane (F9)</translation>
        </message>
        <message>
            <source>Show the candidate's panel: methods, comments, outcome, Submit (F9)</source>
            <translation>Onyesha paneli ya mtahiniwa: mbinu, maoni, matokeo, Wasilisha (F9)</translation>
        </message>
        <message>
            <source>No candidate matches %1.</source>
            <translation>Hakuna mtahiniwa anayelingana na %1.</translation>
        </message>
    </context>
    <context>
        <name>RegisterBrowserDialog</name>
        <message>
            <source>National register</source>
            <translation>Rejista ya taifa</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Vituo vyote</translation>
        </message>
        <message>
            <source>Search by name, registration number or certificate serial</source>
            <translation>Tafuta kwa jina, namba ya usajili au namba ya mfululizo ya cheti</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Watahiniwa</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Vyeti</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Kituo</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Namba ya usajili</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Jina la ukoo</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Majina ya kwanza</translation>
        </message>
        <message>
            <source>Name (local script)</source>
            <translation>Jina (hati ya kienyeji)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Namba ya mfululizo</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Kimetolewa tarehe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Revoked because</source>
            <translation>Kimebatilishwa kwa sababu</translation>
        </message>
        <message>
            <source>Open candidate</source>
            <translation>Fungua mtahiniwa</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>Kituo:</translation>
        </message>
        <message>
            <source>%1 shown; more as you scroll.</source>
            <translation>%1 zimeonyeshwa; zaidi unaposogeza chini.</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s).</source>
            <translation>
                <numerusform>Mtahiniwa %n.</numerusform>
                <numerusform>Watahiniwa %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s).</source>
            <translation>
                <numerusform>Cheti %n.</numerusform>
                <numerusform>Vyeti %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterCandidateDialog</name>
        <message>
            <source>Register candidate %1</source>
            <translation>Mtahiniwa wa rejista %1</translation>
        </message>
        <message>
            <source>Registration number %1 at %2 (%3)</source>
            <translation>Namba ya usajili %1 katika %2 (%3)</translation>
        </message>
        <message>
            <source>Sex: %1. Date of birth: %2. Nationality: %3.</source>
            <translation>Jinsia: %1. Tarehe ya kuzaliwa: %2. Uraia: %3.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>haijarekodiwa</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Sifa</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Toleo</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>Njia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Tarehe ya udahili</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipengele</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Jaribio</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Date assessed</source>
            <translation>Tarehe ya tathmini</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>Mtathmini</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Usimamizi wa ubora</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Namba ya mfululizo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Kimetolewa tarehe</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Nakala zilizochapishwa upya</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>Kimebatilishwa: %1</translation>
        </message>
        <message>
            <source>Results (%1)</source>
            <translation>Matokeo (%1)</translation>
        </message>
        <message>
            <source>Certificates (%1)</source>
            <translation>Vyeti (%1)</translation>
        </message>
        <message>
            <source>Enrolments (%1)</source>
            <translation>Udahili (%1)</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>Imechaguliwa kwenye sampuli</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Imethibitishwa</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Haijathibitishwa</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartnerDialog</name>
        <message>
            <source>Register a partner</source>
            <translation>Sajili mshirika</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>kituo</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>chombo cha utoaji tuzo</translation>
        </message>
        <message>
            <source>%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, for the fingerprint of their key and compare it with the one below. Register them only if it is the same: after that, their bundles import without questions.</source>
            <translation>%1 (%2, %3) bado hajasajiliwa kwenye hifadhidata hii. Waombe, kwa simu au barua, alama bainifu ya ufunguo wao na uilinganishe na iliyo hapa chini. Wasajili tu ikiwa ni ileile: baada ya hapo, vifurushi vyao vitaingizwa bila maswali.</translation>
        </message>
        <message>
            <source>At least the first 16 digits</source>
            <translation>Angalau tarakimu 16 za kwanza</translation>
        </message>
        <message>
            <source>Fingerprint in the file:</source>
            <translation>Alama bainifu iliyo kwenye faili:</translation>
        </message>
        <message>
            <source>Fingerprint they gave you:</source>
            <translation>Alama bainifu waliyokupa:</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Sajili</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Only a period:</source>
            <translation>Kipindi tu:</translation>
        </message>
        <message>
            <source>This centre</source>
            <translation>Kituo hiki</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Hamisha matokeo…</translation>
        </message>
        <message>
            <source>Export certificate register…</source>
            <translation>Hamisha rejista ya vyeti…</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>Hamisha takwimu…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
        <message>
            <source>Summary by sex</source>
            <translation>Muhtasari kwa jinsia</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Wanawake</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Wanaume</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>Candidates registered (all dates)</source>
            <translation>Watahiniwa waliosajiliwa (tarehe zote)</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>Watahiniwa waliotathminiwa (matokeo yaliyohakikiwa)</translation>
        </message>
        <message>
            <source>Candidates competent in at least one unit</source>
            <translation>Watahiniwa mahiri katika angalau kipengele kimoja</translation>
        </message>
        <message>
            <source>Candidates certified</source>
            <translation>Watahiniwa waliopewa vyeti</translation>
        </message>
        <message>
            <source>Candidates assessed</source>
            <translation>Watahiniwa waliotathminiwa</translation>
        </message>
        <message>
            <source>Candidates competent</source>
            <translation>Watahiniwa mahiri</translation>
        </message>
        <message>
            <source>Charts show:</source>
            <translation>Chati zinaonyesha:</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Ripoti</translation>
        </message>
        <message>
            <source>All registered centres</source>
            <translation>Vituo vyote vilivyosajiliwa</translation>
        </message>
        <message>
            <source>Centre %1</source>
            <translation>Kituo %1</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>Tarehe ya kuanza iko baada ya tarehe ya mwisho.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Inahesabu…</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Wanawake na wanaume</translation>
        </message>
        <message>
            <source>Recognition of Prior Learning</source>
            <translation>Utambuzi wa Mafunzo ya Awali</translation>
        </message>
        <message>
            <source>RPL enrolments</source>
            <translation>Udahili wa RPL</translation>
        </message>
        <message>
            <source>Completed (certificate or statement)</source>
            <translation>Waliokamilisha (cheti au hati)</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Kiwango cha ukamilishaji</translation>
        </message>
        <message>
            <source>Referred to gap training</source>
            <translation>Waliopelekwa kwenye mafunzo ya kuziba pengo</translation>
        </message>
        <message>
            <source>Median days from enrolment to certificate</source>
            <translation>Siku za wastani wa kati kutoka udahili hadi cheti</translation>
        </message>
        <message>
            <source>Now at it
women</source>
            <translation>Walioko sasa
wanawake</translation>
        </message>
        <message>
            <source>Now at it
men</source>
            <translation>Walioko sasa
wanaume</translation>
        </message>
        <message>
            <source>Now at it
total</source>
            <translation>Walioko sasa
jumla</translation>
        </message>
        <message>
            <source>Median days
women</source>
            <translation>Siku (wastani wa kati)
wanawake</translation>
        </message>
        <message>
            <source>Median days
men</source>
            <translation>Siku (wastani wa kati)
wanaume</translation>
        </message>
        <message>
            <source>Median days
total</source>
            <translation>Siku (wastani wa kati)
jumla</translation>
        </message>
        <message>
            <source>Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one).</source>
            <translation>Kwa kila hatua ya RPL: udahili ulioko kwenye hatua hiyo sasa, na siku za wastani wa kati walizokaa humo wale waliosonga mbele (kutoka hatua ya kwanza kwenye hatua hiyo hadi hatua ya kwanza kwenye hatua inayofuata).</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Waliotathminiwa</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>Mahiri</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>Waliopewa vyeti</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>Kwa sifa</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>Kwa kundi la umri</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>Kwa ulemavu</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>Kwa uraia</translation>
        </message>
        <message>
            <source>No qualification</source>
            <translation>Hakuna sifa</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Haijarekodiwa</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Chini ya 18</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>18 hadi 24</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>25 hadi 34</translation>
        </message>
        <message>
            <source>35 to 44</source>
            <translation>35 hadi 44</translation>
        </message>
        <message>
            <source>45 to 54</source>
            <translation>45 hadi 54</translation>
        </message>
        <message>
            <source>55 and over</source>
            <translation>55 na zaidi</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>Wenye ulemavu</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>Wasio na ulemavu</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Haijaelezwa</translation>
        </message>
        <message>
            <source>Exports hold personal data: they need the administrator, registrar or verifier role.</source>
            <translation>Uhamishaji una taarifa binafsi: unahitaji jukumu la msimamizi, msajili au mhakiki.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Kitabu cha kazi cha Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Uhamishaji umesitishwa; hakuna faili lililoandikwa.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Inaandika %1…</translation>
        </message>
        <message>
            <source>Exported statistics to %1</source>
            <translation>Takwimu zimehamishwa kwenda %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Mstari %n umehamishwa kwenda %1</numerusform>
                <numerusform>Mistari %n imehamishwa kwenda %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Hamisha matokeo</translation>
        </message>
        <message>
            <source>Export certificate register</source>
            <translation>Hamisha rejista ya vyeti</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Hamisha takwimu</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for %1</source>
            <translation>Nenosiri jipya la %1</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Nenosiri &amp;jipya:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Nenosiri jipya t&amp;ena:</translation>
        </message>
        <message>
            <source>Tell the user the new password in person; it also unlocks a locked account.</source>
            <translation>Mwambie mtumiaji nenosiri jipya ana kwa ana; pia linafungua akaunti iliyofungwa.</translation>
        </message>
    </context>
    <context>
        <name>ResultsExportDialog</name>
        <message>
            <source>Export results</source>
            <translation>Hamisha matokeo</translation>
        </message>
        <message>
            <source>All qualifications</source>
            <translation>Sifa zote</translation>
        </message>
        <message>
            <source>Only results assessed in a period</source>
            <translation>Matokeo yaliyotathminiwa katika kipindi fulani tu</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Hali zote</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>Sifa:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kipindi:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Hali:</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Chagua faili…</translation>
        </message>
    </context>
    <context>
        <name>RplStepDialog</name>
        <message>
            <source>Record RPL step</source>
            <translation>Sajili hatua ya RPL</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Haijaamuliwa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Mtahiniwa</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Udahili</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Eligibility decision</source>
            <translation>Uamuzi wa kustahili</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Sababu *</translation>
        </message>
        <message>
            <source>Enrol the candidate first.</source>
            <translation>Dahili mtahiniwa kwanza.</translation>
        </message>
    </context>
    <context>
        <name>SelfAssessmentDialog</name>
        <message>
            <source>Self-assessment — %1</source>
            <translation>Kujitathmini — %1</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kigezo</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Jibu</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Remarks: where, when, with whom</source>
            <translation>Maelezo: wapi, lini, pamoja na nani</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Halijajibiwa</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>Chapisha orodha hakiki (PDF)…</translation>
        </message>
        <message>
            <source>Prints the answers as shown, saved or not</source>
            <translation>Huchapisha majibu kama yanavyoonyeshwa, yamehifadhiwa au la</translation>
        </message>
        <message>
            <source>For each criterion, record what the candidate says: I can do this, with help, or not yet.</source>
            <translation>Kwa kila kigezo, rekodi anachosema mtahiniwa: naweza kufanya hili, kwa msaada, au bado.</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(kusoma tu)</translation>
        </message>
        <message>
            <source>Answer all…</source>
            <translation>Jibu yote…</translation>
        </message>
        <message>
            <source>Give every criterion below this answer</source>
            <translation>Vipe vigezo vyote vilivyo hapa chini jibu hili</translation>
        </message>
        <message>
            <source>Save checklist</source>
            <translation>Hifadhi orodha hakiki</translation>
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
            <translation>Panga kikao cha tathmini</translation>
        </message>
        <message>
            <source>For example: Practical assessment, November</source>
            <translation>Kwa mfano: Tathmini ya vitendo, Novemba</translation>
        </message>
        <message>
            <source>Search candidates by name, registration number or ID</source>
            <translation>Tafuta watahiniwa kwa jina, namba ya usajili au kitambulisho</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ongeza</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Jina:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Tarehe:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Mahali:</translation>
        </message>
        <message>
            <source>Assessor:</source>
            <translation>Mtathmini:</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>Sifa:</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>Vipengele:</translation>
        </message>
        <message>
            <source>Plan session</source>
            <translation>Panga kikao</translation>
        </message>
        <message>
            <source>Candidates:</source>
            <translation>Watahiniwa:</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) chosen</source>
            <translation>
                <numerusform>Mtahiniwa %n amechaguliwa</numerusform>
                <numerusform>Watahiniwa %n wamechaguliwa</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to plan a session.</source>
            <translation>Ingia ili kupanga kikao.</translation>
        </message>
    </context>
    <context>
        <name>SexBarChartWidget</name>
        <message>
            <source>Women</source>
            <translation>Wanawake</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Wanaume</translation>
        </message>
        <message>
            <source>No data for this period</source>
            <translation>Hakuna data kwa kipindi hiki</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — %1</source>
            <translation>Ingia — %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Hifadhidata: %1</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Jina la mtumiaji:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Ingia</translation>
        </message>
        <message>
            <source>This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.</source>
            <translation>Hii ni hifadhidata ya mfano. Watumiaji: %1. Kila nenosiri ni demo- likifuatiwa na jina la mtumiaji, kwa mfano %2.</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Andika jina lako la mtumiaji na nenosiri.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Inaingia…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.</source>
            <translation>
                <numerusform>Jina la mtumiaji au nenosiri si sahihi, au akaunti imefungwa baada ya manenosiri %1 yasiyo sahihi. Akaunti iliyofungwa hufunguka tena baada ya dakika %n; msimamizi anaweza kuifungua mapema kwa kuweka nenosiri jipya.</numerusform>
                <numerusform>Jina la mtumiaji au nenosiri si sahihi, au akaunti imefungwa baada ya manenosiri %1 yasiyo sahihi. Akaunti iliyofungwa hufunguka tena baada ya dakika %n; msimamizi anaweza kuifungua mapema kwa kuweka nenosiri jipya.</numerusform>
            </translation>
        </message>
        <message>
            <source>The account %1 is deactivated; ask an administrator.</source>
            <translation>Akaunti %1 imezimwa; muulize msimamizi.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>Funguo za kusaini</translation>
        </message>
        <message>
            <source>Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since.</source>
            <translation>Vyeti vinasainiwa kwa ufunguo wa kituo; yeyote mwenye ufunguo wake wa umma anaweza kuvikagua. Wasimamizi tu ndio hutengeneza au kuzungusha funguo, na kila badiliko linaandikwa kwenye kumbukumbu ya ukaguzi. Ufunguo unaaminika tu pale kumbukumbu ya ukaguzi ina utengenezaji wake na rekodi yake haijabadilika tangu hapo.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ufunguo</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Imeundwa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Unaaminika</translation>
        </message>
        <message>
            <source>Private key on this computer</source>
            <translation>Ufunguo binafsi kwenye kompyuta hii</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>&amp;Tengeneza ufunguo</translation>
        </message>
        <message>
            <source>Make the centre's first signing key.</source>
            <translation>Tengeneza ufunguo wa kwanza wa kusaini wa kituo.</translation>
        </message>
        <message>
            <source>&amp;Rotate key…</source>
            <translation>&amp;Zungusha ufunguo…</translation>
        </message>
        <message>
            <source>A new key signs new certificates; the old one is retired and still verifies the certificates it signed.</source>
            <translation>Ufunguo mpya unasaini vyeti vipya; wa zamani unastaafishwa na bado unathibitisha vyeti ulivyosaini.</translation>
        </message>
        <message>
            <source>&amp;Export public key…</source>
            <translation>&amp;Hamisha ufunguo wa umma…</translation>
        </message>
        <message>
            <source>Save the current public key (PEM) for those who verify certificates.</source>
            <translation>Hifadhi ufunguo wa umma wa sasa (PEM) kwa wanaothibitisha vyeti.</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Wa sasa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Umestaafishwa</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ndiyo</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>Hapana: %1</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hapana</translation>
        </message>
        <message>
            <source>This centre has no signing key yet: certificates cannot be issued until you create one.</source>
            <translation>Kituo hiki bado hakina ufunguo wa kusaini: vyeti haviwezi kutolewa mpaka utengeneze mmoja.</translation>
        </message>
        <message>
            <source>The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here.</source>
            <translation>Ufunguo binafsi wa %1 haupo kwenye kompyuta hii: vyeti vinaweza kutolewa pale tu ulipo. Unakili kutoka kompyuta ulipotengenezwa, au zungusha ufunguo hapa.</translation>
        </message>
        <message>
            <source>New certificates are signed with key %1.</source>
            <translation>Vyeti vipya vinasainiwa kwa ufunguo %1.</translation>
        </message>
        <message>
            <source>Rotate the signing key</source>
            <translation>Zungusha ufunguo wa kusaini</translation>
        </message>
        <message>
            <source>Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key.</source>
            <translation>Tengeneza ufunguo mpya wa kusaini kwa vyeti vipya? Ufunguo wa sasa unastaafishwa: vyeti ulivyosaini bado vinathibitishwa. Wanaothibitisha vyeti bila mtandao wanahitaji ufunguo mpya wa umma.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Hamisha ufunguo wa umma</translation>
        </message>
        <message>
            <source>Public key (*.pem)</source>
            <translation>Ufunguo wa umma (*.pem)</translation>
        </message>
        <message>
            <source>Public key %1 written to %2.</source>
            <translation>Ufunguo wa umma %1 umeandikwa kwenye %2.</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Search by code or title</source>
            <translation>Tafuta kwa msimbo au jina</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ongeza</translation>
        </message>
        <message>
            <source>Add under the selected item (Ins)</source>
            <translation>Ongeza chini ya kipengee kilichochaguliwa (Ins)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Ondoa</translation>
        </message>
        <message>
            <source>Remove the selected item (Del)</source>
            <translation>Ondoa kipengee kilichochaguliwa (Del)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Sogeza &amp;juu</translation>
        </message>
        <message>
            <source>Move the selected item up (Ctrl+Up)</source>
            <translation>Sogeza kipengee kilichochaguliwa juu (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Sogeza &amp;chini</translation>
        </message>
        <message>
            <source>Move the selected item down (Ctrl+Down)</source>
            <translation>Sogeza kipengee kilichochaguliwa chini (Ctrl+Down)</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>Toleo &amp;jipya</translation>
        </message>
        <message>
            <source>Copy the selected qualification or unit as a draft with the next version number</source>
            <translation>Nakili sifa au kipengele kilichochaguliwa kama rasimu yenye namba ya toleo inayofuata</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;Chapisha</translation>
        </message>
        <message>
            <source>Make the selected draft current; the current version becomes superseded</source>
            <translation>Fanya rasimu iliyochaguliwa kuwa ya sasa; toleo la sasa linapitwa</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Ingiza…</translation>
        </message>
        <message>
            <source>Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)</source>
            <translation>Ingiza kiwango kutoka Excel (.xlsx), CASE (.json) au Moodle (.csv)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Hamisha…</translation>
        </message>
        <message>
            <source>Export the selected qualification to Excel or CASE JSON</source>
            <translation>Hamisha sifa iliyochaguliwa kwenda Excel au CASE JSON</translation>
        </message>
        <message>
            <source>&amp;Template…</source>
            <translation>&amp;Kiolezo…</translation>
        </message>
        <message>
            <source>Save an empty, documented Excel workbook to fill in</source>
            <translation>Hifadhi kitabu cha kazi cha Excel kitupu chenye maelezo ili kujaza</translation>
        </message>
        <message>
            <source>&amp;Element</source>
            <translation>&amp;Sehemu</translation>
        </message>
        <message>
            <source>&amp;Performance criterion</source>
            <translation>&amp;Kigezo cha utendaji</translation>
        </message>
        <message>
            <source>Select an item in the tree to see and edit it.</source>
            <translation>Chagua kipengee kwenye mti ili kukiona na kukihariri.</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Viwango</translation>
        </message>
        <message>
            <source>Units in no qualification</source>
            <translation>Vipengele visivyo kwenye sifa yoyote</translation>
        </message>
        <message>
            <source>New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up.</source>
            <translation>Matoleo mapya ya vipengele yanasubiri hapa mpaka toleo la sifa liyajumuishe: tengeneza toleo jipya la sifa ili kuyachukua.</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Toleo %1 · %2</translation>
        </message>
        <message>
            <source>Level %1 · version %2 · %3</source>
            <translation>Ngazi %1 · toleo %2 · %3</translation>
        </message>
        <message>
            <source>version %1 · %2</source>
            <translation>toleo %1 · %2</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3 credits · %4</source>
            <translation>%1 · toleo %2 · mikopo %3 · %4</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>Sehemu %1 ya %2</translation>
        </message>
        <message>
            <source>Performance criterion %1 of %2</source>
            <translation>Kigezo cha utendaji %1 cha %2</translation>
        </message>
        <message>
            <source>Only an administrator can change, import or export standards; you can look at them here.</source>
            <translation>Msimamizi tu ndiye anaweza kubadilisha, kuingiza au kuhamisha viwango; unaweza kuviangalia hapa.</translation>
        </message>
        <message>
            <source>Needs the administrator role</source>
            <translation>Inahitaji jukumu la msimamizi</translation>
        </message>
        <message>
            <source>New awarding body</source>
            <translation>Chombo kipya cha utoaji tuzo</translation>
        </message>
        <message>
            <source>New qualification</source>
            <translation>Sifa mpya</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>Kipengele kipya</translation>
        </message>
        <message>
            <source>Title of the new element:</source>
            <translation>Jina la sehemu mpya:</translation>
        </message>
        <message>
            <source>Text of the new performance criterion:</source>
            <translation>Maandishi ya kigezo kipya cha utendaji:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ongeza</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Remove the draft qualification %1? Its units stay.</source>
            <translation>Ondoa rasimu ya sifa %1? Vipengele vyake vinabaki.</translation>
        </message>
        <message>
            <source>Take unit %1 out of this qualification? The unit itself stays.</source>
            <translation>Toa kipengele %1 kwenye sifa hii? Kipengele chenyewe kinabaki.</translation>
        </message>
        <message>
            <source>Remove element %1 and its performance criteria?</source>
            <translation>Ondoa sehemu %1 na vigezo vyake vya utendaji?</translation>
        </message>
        <message>
            <source>Remove performance criterion %1?</source>
            <translation>Ondoa kigezo cha utendaji %1?</translation>
        </message>
        <message>
            <source>Import a standard</source>
            <translation>Ingiza kiwango</translation>
        </message>
        <message>
            <source>Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</source>
            <translation>Viwango (*.xlsx *.json *.csv);;Kitabu cha kazi cha Excel (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Ingiza</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Inasoma %1…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Inaingiza %1…</translation>
        </message>
        <message>
            <source>%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?</source>
            <translation>%1 ina sifa %2 (%3): vipengele %4, sehemu %5, vigezo vya utendaji %6. Iingize?</translation>
        </message>
        <message>
            <source>%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next two become elements and performance criteria, deeper ones fold into the criteria's text, and levels above the units are listed as having no place.</source>
            <translation>%1 ni mfumo wa ngazi %2. Ngazi ipi iwe vipengele? Ngazi ya 1 ni ya juu kabisa; mbili zinazofuata zinakuwa sehemu na vigezo vya utendaji, zilizo chini zaidi zinaunganishwa kwenye maandishi ya vigezo, na ngazi zilizo juu ya vipengele zinaorodheshwa kama hazina nafasi.</translation>
        </message>
        <message>
            <source>Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.</source>
            <translation>Imeingizwa %1 toleo %2: vipengele %3, sehemu %4, vigezo vya utendaji %5.</translation>
        </message>
        <message>
            <source>Export a standard</source>
            <translation>Hamisha kiwango</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)</source>
            <translation>Kitabu cha kazi cha Excel (*.xlsx);;CASE 1.1 JSON (*.json);;CSV ya mfumo wa umahiri wa Moodle (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Hamisha</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Inaandika %1…</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Imeandika %1</translation>
        </message>
        <message>
            <source>Save the standards template</source>
            <translation>Hifadhi kiolezo cha viwango</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Kitabu cha kazi cha Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
    <context>
        <name>UnitForm</name>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Msimbo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Toleo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Jina</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Kundi</translation>
        </message>
        <message>
            <source>C&amp;redits</source>
            <translation>Mi&amp;kopo</translation>
        </message>
        <message>
            <source>&amp;Nominal hours</source>
            <translation>&amp;Saa za kawaida</translation>
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
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>Change user %1</source>
            <translation>Badilisha mtumiaji %1</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Jina la mtumiaji:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Jina &amp;kamili:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Majukumu:</translation>
        </message>
        <message>
            <source>for assessors</source>
            <translation>kwa watathmini</translation>
        </message>
        <message>
            <source>Assessor &amp;registration no.:</source>
            <translation>Namba ya &amp;usajili ya mtathmini:</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Inaisha tarehe</translation>
        </message>
        <message>
            <source>Registration:</source>
            <translation>Usajili:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Nenosiri t&amp;ena:</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>Mpe mtumiaji angalau jukumu moja.</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (imeisha)</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Amezimwa</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Amefungiwa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Hai</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Jina kamili</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Majukumu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Assessor registration no.</source>
            <translation>Namba ya usajili ya mtathmini</translation>
        </message>
        <message>
            <source>Registration expires</source>
            <translation>Usajili unaisha</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ongeza mtumiaji…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Badilisha…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Weka nenosiri jipya…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Zima</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>Funguo za &amp;kusaini…</translation>
        </message>
        <message>
            <source>The centre's certificate signing keys: create, rotate, export the public key.</source>
            <translation>Funguo za kusaini vyeti za kituo: tengeneza, zungusha, hamisha ufunguo wa umma.</translation>
        </message>
        <message>
            <source>Users who have records are never deleted: deactivate them, and they can no longer sign in.</source>
            <translation>Watumiaji wenye rekodi hawafutwi kamwe: wazime, na hawataweza kuingia tena.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Watumiaji</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>Mtumiaji %n</numerusform>
                <numerusform>Watumiaji %n</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Washa</translation>
        </message>
    </context>
    <context>
        <name>VerifierExport</name>
        <message>
            <source>Verification site</source>
            <translation>Tovuti ya uhakiki</translation>
        </message>
        <message>
            <source>Export the verification site into a folder</source>
            <translation>Hamisha tovuti ya uhakiki kwenye folda</translation>
        </message>
        <message>
            <source>The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days.</source>
            <translation>Tovuti ya uhakiki iko katika %1 (faili %2). Nakili folda kwenye anwani ya wavuti iliyo katika mipangilio ya kituo, au kwenye diski ya kumbukumbu: index.html hufunguka pia kama faili. Ihamishe tena baada ya kubatilisha cheti, na angalau kila siku %3.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>Thibitisha cheti</translation>
        </message>
        <message>
            <source>Paste the text of the QR code: SA1.… or a link https://…/#SA1.…</source>
            <translation>Bandika maandishi ya msimbo wa QR: SA1.… au kiungo https://…/#SA1.…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Hakiki</translation>
        </message>
        <message>
            <source>Open a certificate</source>
            <translation>Fungua cheti</translation>
        </message>
        <message>
            <source>Open image, PDF or badge…</source>
            <translation>Fungua picha, PDF au beji…</translation>
        </message>
        <message>
            <source>Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)</source>
            <translation>Vyeti na beji (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;Faili zote (*)</translation>
        </message>
        <message>
            <source>No QR code was found in %1.</source>
            <translation>Hakuna msimbo wa QR uliopatikana kwenye %1.</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>HALALI</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>SI HALALI</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>KIMEBATILISHWA</translation>
        </message>
        <message>
            <source>UNKNOWN KEY</source>
            <translation>UFUNGUO USIOJULIKANA</translation>
        </message>
        <message>
            <source>UNTRUSTED KEY</source>
            <translation>UFUNGUO USIOAMINIKA</translation>
        </message>
        <message>
            <source>UNKNOWN CERTIFICATE</source>
            <translation>CHETI KISICHOJULIKANA</translation>
        </message>
        <message>
            <source>Serial: %1</source>
            <translation>Namba ya mfululizo: %1</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Jina: %1</translation>
        </message>
        <message>
            <source>Qualification: %1</source>
            <translation>Sifa: %1</translation>
        </message>
        <message>
            <source>Units: %1</source>
            <translation>Vipengele: %1</translation>
        </message>
        <message>
            <source>Issued on: %1</source>
            <translation>Kimetolewa tarehe: %1</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Ufunguo: %1</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Hifadhi</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>Hifadhi mabadiliko (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Rudisha</translation>
        </message>
    </context>
</TS>

"""Swahili (Kiswahili) translations of the interface and of the services' sentences (the reference:
tools/update_translations.py writes them into resources/translations/skillassess_sw.ts).

Keys: "source" (any context), ("Context", "source") or ("Context", "source", "disambiguation").
Plural (%n) messages: [one, other].
Terms (Tanzania, VETA competence-based education and training):
mahiri competent, bado si mahiri not yet competent, mtathmini assessor, mhakiki verifier,
mtahiniwa candidate, tathmini assessment, sifa qualification, kiwango standard, kipengele unit
(of competence), sehemu element, kigezo cha utendaji performance criterion, inaridhisha / bado
hairidhishi satisfactory / not yet, Utambuzi wa Mafunzo ya Awali (RPL) Recognition of Prior Learning,
jalada la ushahidi portfolio of evidence, cheti certificate, hati ya ufaulu wa vipengele statement of
attainment, msajili registrar, udahili enrolment, hifadhidata database, nakala rudufu backup,
kumbukumbu ya ukaguzi audit log, ufunguo wa kusaini signing key, mikopo credits.
"""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    # AboutDialog -------------------------------------------------------------------------------------
    'About SkillAssess': 'Kuhusu SkillAssess',
    'Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.':
        'Viwango vya umahiri, tathmini za vitendo, Utambuzi wa Mafunzo ya Awali na vyeti kwa vituo vya ufundi stadi, bila mtandao.',
    'Data folder: %1': 'Folda ya data: %1',
    'Database: %1': 'Hifadhidata: %1',
    'Built with Python %1 and Qt %2.': 'Imejengwa kwa Python %1 na Qt %2.',
    'SkillAssess is free software under the GNU General Public License, version 3 or later. It bundles the software below, each under its own licence: select one to read its licence.':
        'SkillAssess ni programu huria chini ya GNU General Public License, toleo la 3 au jipya zaidi. Inabeba programu zilizo hapa chini, kila moja chini ya leseni yake: chagua moja kusoma leseni yake.',
    'Software': 'Programu',
    'Version': 'Toleo',
    'Licence': 'Leseni',
    'Open data folder': 'Fungua folda ya data',
    'The licence text %1 is missing: reinstall SkillAssess.':
        'Maandishi ya leseni %1 hayapo: sakinisha SkillAssess upya.',
    # AddEvidenceDialog -------------------------------------------------------------------------------
    'Add evidence': 'Ongeza ushahidi',
    'File': 'Faili',
    'Type': 'Aina',
    'Description': 'Maelezo',
    'Date of the evidence': 'Tarehe ya ushahidi',
    'Criteria it supports': 'Vigezo unavyounga mkono',
    # AdminPage ---------------------------------------------------------------------------------------
    'The first administrator': 'Msimamizi wa kwanza',
    'This person adds the other users. Choose a password of at least %1 characters.':
        'Mtu huyu anaongeza watumiaji wengine. Chagua nenosiri lenye angalau herufi %1.',
    '&User name:': '&Jina la mtumiaji:',
    '&Full name:': 'Jina &kamili:',
    '&Password:': '&Nenosiri:',
    'Password &again:': 'Nenosiri t&ena:',
    'The two passwords differ; type them again.': 'Manenosiri mawili yanatofautiana; yaandike tena.',
    'The password needs at least %1 characters.': 'Nenosiri linahitaji angalau herufi %1.',
    # AmendDialog -------------------------------------------------------------------------------------
    'Amend a verified result': 'Rekebisha matokeo yaliyohakikiwa',
    'Why the verified result is corrected (required)': 'Kwa nini matokeo yaliyohakikiwa yanarekebishwa (lazima)',
    'Criterion': 'Kigezo',
    'Judgement': 'Uamuzi',
    'Not assessed': 'Haijatathminiwa',
    'Outcome:': 'Matokeo:',
    'Methods:': 'Mbinu:',
    'Criteria:': 'Vigezo:',
    'Date:': 'Tarehe:',
    'Venue:': 'Mahali:',
    'Comments:': 'Maoni:',
    'Feedback:': 'Mrejesho:',
    'Reason:': 'Sababu:',
    # App ---------------------------------------------------------------------------------------------
    'Database missing': 'Hifadhidata haipo',
    "The centre's database %1 is missing, but there is a backup of it made %2.":
        'Hifadhidata ya kituo %1 haipo, lakini kuna nakala rudufu yake iliyotengenezwa %2.',
    'Restore the backup, or start a new, empty database?': 'Rejesha nakala rudufu, au anza hifadhidata mpya tupu?',
    'Restore the backup': 'Rejesha nakala rudufu',
    'Start a new database': 'Anza hifadhidata mpya',
    'Cannot open database': 'Haiwezekani kufungua hifadhidata',
    # AppealDialog ------------------------------------------------------------------------------------
    'Record an appeal': 'Sajili rufaa',
    'Lodged on:': 'Imewasilishwa tarehe:',
    'Grounds:': 'Sababu za rufaa:',
    'Independent reviewer:': 'Mpitiaji huru:',
    'Decide the appeal': 'Amua rufaa',
    'Open a new attempt': 'Fungua jaribio jipya',
    'Decision:': 'Uamuzi:',
    'Notes:': 'Maelezo:',
    # AssessmentGridTableModel ------------------------------------------------------------------------
    'Element %1: %2': 'Sehemu %1: %2',
    ('AssessmentGridTableModel', 'S', 'Satisfactory, in a grid cell'): 'S',
    ('AssessmentGridTableModel', 'N', 'Not yet satisfactory, in a grid cell'): 'N',
    ('AssessmentGridTableModel', 'S!', 'Satisfactory typed but not saved, in a grid cell'): 'S!',
    ('AssessmentGridTableModel', 'N!', 'Not yet satisfactory typed but not saved, in a grid cell'): 'N!',
    'Not saved: %1 Type the value again to retry.': 'Haijahifadhiwa: %1 Andika thamani tena ili kujaribu upya.',
    'Performance criterion': 'Kigezo cha utendaji',
    'attempt %1': 'jaribio %1',
    '%1, attempt %2: %3': '%1, jaribio %2: %3',
    # AssessmentTableModel ----------------------------------------------------------------------------
    'Date': 'Tarehe',
    'Registration no.': 'Namba ya usajili',
    'Candidate': 'Mtahiniwa',
    'Unit': 'Kipengele',
    'Unit title': 'Jina la kipengele',
    'Attempt': 'Jaribio',
    'Status': 'Hali',
    'Outcome': 'Matokeo',
    'Assessor': 'Mtathmini',
    'Verifier': 'Mhakiki',
    # AssessmentsPage ---------------------------------------------------------------------------------
    'All statuses': 'Hali zote',
    'Plan session…': 'Panga kikao…',
    'Record…': 'Rekodi…',
    'Progress…': 'Maendeleo…',
    'Print record…': 'Chapisha rekodi…',
    'Status:': 'Hali:',
    'Assessments': 'Tathmini',
    '%n assessment(s)': ['Tathmini %n', 'Tathmini %n'],
    'Save assessment record': 'Hifadhi rekodi ya tathmini',
    'PDF (*.pdf)': 'PDF (*.pdf)',
    # AuditPage ---------------------------------------------------------------------------------------
    'From': 'Kuanzia',
    'to': 'hadi',
    '&Check the log': '&Kagua kumbukumbu',
    'Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows.':
        'Kokotoa upya mnyororo wa hashi, linganisha kila rekodi na kile kumbukumbu inasema, na linganisha kumbukumbu na kituo chake cha ukaguzi: ingizo lolote lililobadilishwa au kuondolewa, na rekodi yoyote iliyobadilishwa nje ya SkillAssess, vinaonekana.',
    '&Record the loss…': '&Sajili upotevu…',
    'When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on.':
        'Kumbukumbu inapopoteza maingizo ambayo kituo chake cha ukaguzi kinayaorodhesha na hakuna nakala rudufu inayoweza kurejeshwa: andika upotevu huo kwenye kumbukumbu, ili kazi iendelee.',
    'Record type:': 'Aina ya rekodi:',
    'User:': 'Mtumiaji:',
    'Select an entry to see the values before and after.': 'Chagua ingizo kuona thamani kabla na baada.',
    'Audit log': 'Kumbukumbu ya ukaguzi',
    'All record types': 'Aina zote za rekodi',
    'All users': 'Watumiaji wote',
    '%n entry(ies)': ['Ingizo %n', 'Maingizo %n'],
    'Entry %1: %2 %3 %4 by %5': 'Ingizo %1: %2 %3 %4 na %5',
    'Changes:': 'Mabadiliko:',
    'Before': 'Kabla',
    'After': 'Baada',
    'Checking the audit log…': 'Inakagua kumbukumbu ya ukaguzi…',
    'Record in the audit log that entries it held are lost?\n\n%1\n\nRestore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on.':
        'Sajili kwenye kumbukumbu ya ukaguzi kwamba maingizo iliyokuwa nayo yamepotea?\n\n%1\n\nRejesha nakala rudufu ya karibuni badala yake ukiweza. Kusajili upotevu kunahifadhi kile kituo cha ukaguzi kilichosema, kunasajili rekodi ambazo maingizo yake yalipotea kama zilivyo sasa, na kunaruhusu kazi iendelee.',
    'Record the loss': 'Sajili upotevu',
    # AuditTableModel ---------------------------------------------------------------------------------
    'No.': 'Na.',
    'When': 'Lini',
    'User': 'Mtumiaji',
    'Action': 'Kitendo',
    'Record type': 'Aina ya rekodi',
    'Record': 'Rekodi',
    'Fields': 'Sehemu',
    # AuditTexts --------------------------------------------------------------------------------------
    '%n record(s) differ from the audit log: changed outside SkillAssess.':
        ['Rekodi %n inatofautiana na kumbukumbu ya ukaguzi: ilibadilishwa nje ya SkillAssess.', 'Rekodi %n zinatofautiana na kumbukumbu ya ukaguzi: zilibadilishwa nje ya SkillAssess.'],
    'The audit log is intact: %n entry(ies) checked; every record matches it.':
        ['Kumbukumbu ya ukaguzi iko salama: ingizo %n limekaguliwa; kila rekodi inalingana nayo.', 'Kumbukumbu ya ukaguzi iko salama: maingizo %n yamekaguliwa; kila rekodi inalingana nayo.'],
    '… and %n more.': ['… na %n zaidi.', '… na %n zaidi.'],
    '%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.':
        '%1 (%2), %3: kumbukumbu ya ukaguzi (ingizo %4) inasema %5, hifadhidata ina %6.',
    '%1 (%2): no audit entry records this record; it was added outside SkillAssess.':
        '%1 (%2): hakuna ingizo la ukaguzi linalosajili rekodi hii; iliongezwa nje ya SkillAssess.',
    '%1 (%2): the audit log (entry %3) records it, but it is no longer in the database.':
        '%1 (%2): kumbukumbu ya ukaguzi (ingizo %3) inaisajili, lakini haipo tena kwenye hifadhidata.',
    '%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.':
        '%1 (%2): kumbukumbu ya ukaguzi (ingizo %3) inasajili kufutwa kwake, lakini iko kwenye hifadhidata.',
    'The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.':
        'Kituo cha ukaguzi kilichoandikwa %1 kinasajili maingizo %2, lakini hifadhidata ina %3: mabadiliko ya karibuni hayapo (faili -wal lililopotea baada ya hitilafu, au maingizo yaliyofutwa). Rejesha nakala rudufu ya karibuni, au msimamizi asajili upotevu kwenye ukurasa wa Kumbukumbu ya ukaguzi; mpaka hapo hakuna kinachoweza kuhifadhiwa.',
    'The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.':
        'Kumbukumbu ya ukaguzi haina tena maingizo ambayo kituo chake cha ukaguzi cha %1 kinasajili: iliandikwa upya au ilibadilishwa. Rejesha nakala rudufu ya karibuni, au msimamizi asajili upotevu kwenye ukurasa wa Kumbukumbu ya ukaguzi; mpaka hapo hakuna kinachoweza kuhifadhiwa.',
    'The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess.':
        'Kituo cha ukaguzi %1 hakilingani na saini yake: kilibadilishwa nje ya SkillAssess.',
    'There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it.':
        'Hakuna kituo cha ukaguzi (%1), kwa hiyo kuondolewa kwa maingizo ya karibuni ya kumbukumbu hakungeweza kugunduliwa. Ukinakili hifadhidata, nakili pia faili lake la .checkpoint.',
    'The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one.':
        'Kituo cha ukaguzi %1 hakikutumika: kimesainiwa kwa ufunguo ambao kompyuta hii haiujui, au hakisomeki. Badiliko linalofuata linaandika kipya.',
    'The audit log is empty; there is no checkpoint yet.':
        'Kumbukumbu ya ukaguzi ni tupu; bado hakuna kituo cha ukaguzi.',
    'The audit checkpoint of %1 (%2 entries) is contained in the log.':
        'Kituo cha ukaguzi cha %1 (maingizo %2) kimo kwenye kumbukumbu.',
    'The audit log is broken at entry %1: %2.': 'Kumbukumbu ya ukaguzi imevunjika kwenye ingizo %1: %2.',
    'The audit log has lost entries': 'Kumbukumbu ya ukaguzi imepoteza maingizo',
    # BackupSettingsDialog ----------------------------------------------------------------------------
    'Backup settings': 'Mipangilio ya nakala rudufu',
    'On the first start of each day SkillAssess writes a backup of the database, its evidence files, the audit checkpoint and the signing keys. These settings belong to this computer.':
        'Katika kuanza kwa kwanza kwa kila siku SkillAssess huandika nakala rudufu ya hifadhidata, faili zake za ushahidi, kituo cha ukaguzi na funguo za kusaini. Mipangilio hii ni ya kompyuta hii.',
    'No daily backup': 'Hakuna nakala rudufu ya kila siku',
    'None (for example a USB stick)': 'Hakuna (kwa mfano diski ya USB)',
    '&Browse…': '&Vinjari…',
    'C&lear': '&Futa',
    '%1, made %2': '%1, imetengenezwa %2',
    'None yet': 'Bado hakuna',
    '&Daily backups to keep:': 'Nakala rudufu za &kila siku za kuhifadhi:',
    '&Second folder:': 'Folda ya &pili:',
    'Backup folder:': 'Folda ya nakala rudufu:',
    'Newest backup:': 'Nakala rudufu ya karibuni:',
    'Second backup folder': 'Folda ya pili ya nakala rudufu',
    'There is no folder %1; plug the USB stick in or choose another folder.':
        'Hakuna folda %1; chomeka diski ya USB au chagua folda nyingine.',
    # Backups -----------------------------------------------------------------------------------------
    'SkillAssess backup (%1);;All files (*)': 'Nakala rudufu ya SkillAssess (%1);;Faili zote (*)',
    'Damaged database': 'Hifadhidata iliyoharibika',
    'The database file %1 is damaged, so SkillAssess will not write to it.':
        'Faili la hifadhidata %1 limeharibika, kwa hiyo SkillAssess haitaandika ndani yake.',
    'The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside the restored one.':
        'Nakala rudufu ya karibuni ni %1, iliyotengenezwa %2. Irejeshe ili kuendelea kufanya kazi; faili lililoharibika linahifadhiwa kando ya lililorejeshwa.',
    'Restore the newest backup': 'Rejesha nakala rudufu ya karibuni',
    'No backup of it was found on this computer. If you have one (on a USB stick, for example), restore it; the damaged file is kept beside the restored one.':
        'Hakuna nakala rudufu yake iliyopatikana kwenye kompyuta hii. Kama unayo (kwenye diski ya USB, kwa mfano), irejeshe; faili lililoharibika linahifadhiwa kando ya lililorejeshwa.',
    'Restore from a file…': 'Rejesha kutoka faili…',
    'Restore from backup': 'Rejesha kutoka nakala rudufu',
    'Replace the database %1 (last changed %2) with the backup made %3?':
        'Badilisha hifadhidata %1 (ilibadilishwa mwisho %2) kwa nakala rudufu iliyotengenezwa %3?',
    'Put the backup made %1 in place as the database %2?': 'Weka nakala rudufu iliyotengenezwa %1 kama hifadhidata %2?',
    'The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is replaced is kept beside the database as a copy, so nothing is lost.':
        'Nakala rudufu imepita kila ukaguzi. Inatoka %1 na ina watahiniwa %2, tathmini %3 na vyeti %4. Faili za ushahidi, kituo cha ukaguzi na funguo za kusaini zinabadilishwa pia; kinachobadilishwa kinahifadhiwa kando ya hifadhidata kama nakala, kwa hiyo hakuna kinachopotea.',
    'Replace the database': 'Badilisha hifadhidata',
    'Checking %1…': 'Inakagua %1…',
    'Putting the backup in place…': 'Inaweka nakala rudufu mahali pake…',
    'The database was restored from %1.': 'Hifadhidata imerejeshwa kutoka %1.',
    'The database it replaced is kept as %1.': 'Hifadhidata iliyobadilishwa imehifadhiwa kama %1.',
    'Backup written to %1.': 'Nakala rudufu imeandikwa kwenye %1.',
    'Copied to %1.': 'Imenakiliwa kwenye %1.',
    'Back up now': 'Tengeneza nakala rudufu sasa',
    'The PostgreSQL database itself is not in the archive; back it up with: %1':
        'Hifadhidata ya PostgreSQL yenyewe haimo kwenye kumbukumbu; itengenezee nakala rudufu kwa: %1',
    'Writing the backup…': 'Inaandika nakala rudufu…',
    'Check database': 'Kagua hifadhidata',
    "The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).":
        'Faili la hifadhidata %1 ni zima: ukaguzi kamili wa SQLite haukupata tatizo (sekunde %2).',
    'Checking every page, table and index of %1…': 'Inakagua kila ukurasa, jedwali na faharasa ya %1…',
    'The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the data folder only.':
        'Folda ya pili ya nakala rudufu %1 haipo (je, diski ya USB imechomekwa?); nakala rudufu iko kwenye folda ya data tu.',
    'Daily backup': 'Nakala rudufu ya kila siku',
    "Today's backup was written to %1.": 'Nakala rudufu ya leo imeandikwa kwenye %1.',
    'Daily backup written to %1': 'Nakala rudufu ya kila siku imeandikwa kwenye %1',
    'The daily backup could not be written: %1': 'Nakala rudufu ya kila siku haikuweza kuandikwa: %1',
    # BodyForm ----------------------------------------------------------------------------------------
    'Code': 'Msimbo',
    '&Name': '&Jina',
    'Co&untry': '&Nchi',
    '&Level scale': 'Kipimo cha &ngazi',
    # CandidateDialog ---------------------------------------------------------------------------------
    'Not given': 'Haijatolewa',
    'New candidate': 'Mtahiniwa mpya',
    'Given when saved': 'Inatolewa inapohifadhiwa',
    'The full name in Amharic, Arabic or another script, as the candidate writes it':
        'Jina kamili kwa Kiamhari, Kiarabu au hati nyingine, kama mtahiniwa anavyoliandika',
    'Choose…': 'Chagua…',
    'Choose photo…': 'Chagua picha…',
    'Remove photo': 'Ondoa picha',
    'Family name *': 'Jina la ukoo *',
    'Given names *': 'Majina ya kwanza *',
    'Name in local script': 'Jina kwa hati ya kienyeji',
    'Sex *': 'Jinsia *',
    'Date of birth': 'Tarehe ya kuzaliwa',
    'ID document': 'Hati ya utambulisho',
    'ID number': 'Namba ya utambulisho',
    'Nationality': 'Uraia',
    'Disability': 'Ulemavu',
    'Disability details': 'Maelezo ya ulemavu',
    'Phone': 'Simu',
    'E-mail': 'Barua pepe',
    'Address': 'Anwani',
    'Education': 'Elimu',
    'Occupation': 'Kazi',
    'Years of experience': 'Miaka ya uzoefu',
    'Notes': 'Maelezo',
    'Candidate %1': 'Mtahiniwa %1',
    'Choose photo': 'Chagua picha',
    'Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)': 'Picha (*.png *.jpg *.jpeg *.bmp *.gif *.webp)',
    'Cannot read %1: %2': 'Haiwezekani kusoma %1: %2',
    '%1 is not a picture this application can read.': '%1 si picha ambayo programu hii inaweza kusoma.',
    'No photo': 'Hakuna picha',
    'Open %1': 'Fungua %1',
    'Not saved: correct the fields marked in red.': 'Haijahifadhiwa: sahihisha sehemu zilizowekwa alama nyekundu.',
    'Check the warning above; press Save again to save anyway.':
        'Angalia onyo hapo juu; bonyeza Hifadhi tena ili kuhifadhi hata hivyo.',
    'Sign in to register candidates.': 'Ingia ili kusajili watahiniwa.',
    # CandidatePanel ----------------------------------------------------------------------------------
    'Methods used': 'Mbinu zilizotumika',
    'Not declared yet': 'Bado haijatangazwa',
    'No conflict of interest': 'Hakuna mgongano wa maslahi',
    'Conflict of interest (describe)': 'Mgongano wa maslahi (eleza)',
    'For example: the candidate is a relative': 'Kwa mfano: mtahiniwa ni ndugu',
    "Assessor's comments": 'Maoni ya mtathmini',
    'Feedback given to the candidate': 'Mrejesho aliopewa mtahiniwa',
    'No outcome yet': 'Bado hakuna matokeo',
    'Credit transfer: earlier qualification and who issued it': 'Uhamisho wa mikopo: sifa ya awali na aliyeitoa',
    'Conflict of interest:': 'Mgongano wa maslahi:',
    'Submit': 'Wasilisha',
    'Verify': 'Hakiki',
    'Return…': 'Rudisha…',
    'Amend…': 'Rekebisha…',
    'New attempt': 'Jaribio jipya',
    'Appeal…': 'Rufaa…',
    'History': 'Historia',
    "Choose a candidate's column in the grid.": 'Chagua safu ya mtahiniwa kwenye gridi.',
    'Attempt %1 · %2': 'Jaribio %1 · %2',
    'verified by %1': 'imehakikiwa na %1',
    'assessor: %1': 'mtathmini: %1',
    'Returned: %1': 'Imerudishwa: %1',
    'Decide appeal…': 'Amua rufaa…',
    'Not yet Satisfactory or not assessed: %1': 'Bado hairidhishi au haijatathminiwa: %1',
    'No method recorded.': 'Hakuna mbinu iliyorekodiwa.',
    'Competent is blocked. ': 'Mahiri imezuiwa. ',
    'Every criterion is Satisfactory: Competent can be recorded.':
        'Kila kigezo kinaridhisha: Mahiri inaweza kurekodiwa.',
    'Attempt %1, %2: %3, %4': 'Jaribio %1, %2: %3, %4',
    'no outcome': 'hakuna matokeo',
    'Amended by %1: %2': 'Imerekebishwa na %1: %2',
    'Appeal of %1: %2 (%3)': 'Rufaa ya %1: %2 (%3)',
    'Saved: %1': 'Imehifadhiwa: %1',
    'methods': 'mbinu',
    'Describe the conflict of interest, then press Enter.': 'Eleza mgongano wa maslahi, kisha bonyeza Enter.',
    'conflict of interest': 'mgongano wa maslahi',
    'comments and feedback': 'maoni na mrejesho',
    'Type the source of the credit transfer, then press Enter.':
        'Andika chanzo cha uhamisho wa mikopo, kisha bonyeza Enter.',
    'outcome': 'matokeo',
    'submitted for verification': 'imewasilishwa kwa uhakiki',
    'verified and locked': 'imehakikiwa na kufungwa',
    'Return to the assessor': 'Rudisha kwa mtathmini',
    'What must the assessor fix?': 'Mtathmini arekebishe nini?',
    'returned to the assessor': 'imerudishwa kwa mtathmini',
    'amendment': 'marekebisho',
    'new attempt opened': 'jaribio jipya limefunguliwa',
    'appeal decided': 'rufaa imeamuliwa',
    'appeal recorded': 'rufaa imesajiliwa',
    'Wrote %1': 'Imeandika %1',
    # CandidateTableModel -----------------------------------------------------------------------------
    'Family name': 'Jina la ukoo',
    'Given names': 'Majina ya kwanza',
    'Sex': 'Jinsia',
    'Qualification': 'Sifa',
    'Stage': 'Hatua',
    # CandidatesPage ----------------------------------------------------------------------------------
    'Search by name (any script), registration number or ID':
        'Tafuta kwa jina (hati yoyote), namba ya usajili au kitambulisho',
    'Any sex': 'Jinsia yoyote',
    'Any stage': 'Hatua yoyote',
    'New candidate…': 'Mtahiniwa mpya…',
    'Edit…': 'Hariri…',
    'Enrol…': 'Dahili…',
    'RPL step…': 'Hatua ya RPL…',
    'Self-assessment…': 'Kujitathmini…',
    'Evidence…': 'Ushahidi…',
    'Import from Excel…': 'Ingiza kutoka Excel…',
    'Excel template…': 'Kiolezo cha Excel…',
    'Candidates': 'Watahiniwa',
    'Any qualification': 'Sifa yoyote',
    '%n candidate(s)': ['Mtahiniwa %n', 'Watahiniwa %n'],
    'Not enrolled yet.': 'Bado hajadahiliwa.',
    'stage: %1': 'hatua: %1',
    'Enrol the candidate in a qualification first.': 'Dahili mtahiniwa kwenye sifa kwanza.',
    'Self-assessment': 'Kujitathmini',
    'Enrolment': 'Udahili',
    'Save Excel template': 'Hifadhi kiolezo cha Excel',
    'Excel workbook (*.xlsx)': 'Kitabu cha kazi cha Excel (*.xlsx)',
    'Import candidates': 'Ingiza watahiniwa',
    'Importing %1…': 'Inaingiza %1…',
    '%n candidate(s) imported.': ['Mtahiniwa %n ameingizwa.', 'Watahiniwa %n wameingizwa.'],
    '%n already registered, not imported again:':
        ['%n alikuwa amesajiliwa tayari, hakuingizwa tena:', '%n walikuwa wamesajiliwa tayari, hawakuingizwa tena:'],
    'Row %1: %2': 'Mstari %1: %2',
    # CentrePage --------------------------------------------------------------------------------------
    'Your centre': 'Kituo chako',
    'These appear on certificates and reports. An administrator can change them later.':
        'Haya yanaonekana kwenye vyeti na ripoti. Msimamizi anaweza kuyabadilisha baadaye.',
    'e.g. ACC': 'k.m. VTC',
    'No logo': 'Hakuna nembo',
    'Choose &logo…': 'Chagua &nembo…',
    'Centre &name:': '&Jina la kituo:',
    'Centre &code:': '&Msimbo wa kituo:',
    'C&ountry:': 'N&chi:',
    '&Address:': '&Anwani:',
    'Logo:': 'Nembo:',
    'The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number.':
        'Msimbo wa kituo unaweza kuwa na hadi herufi, tarakimu au vistari 20 (kwa mfano VTC); unaanza kila namba ya mfululizo ya cheti.',
    'Centre logo': 'Nembo ya kituo',
    'Images (*.png *.jpg *.jpeg)': 'Picha (*.png *.jpg *.jpeg)',
    '%1 is not an image that can be read.': '%1 si picha inayoweza kusomwa.',
    # CertificateTableModel ---------------------------------------------------------------------------
    'Serial': 'Namba ya mfululizo',
    'Issued': 'Kimetolewa',
    'Reprints': 'Nakala zilizochapishwa upya',
    # CertificatesPage --------------------------------------------------------------------------------
    'Search by serial, registration number or name': 'Tafuta kwa namba ya mfululizo, namba ya usajili au jina',
    'Any status': 'Hali yoyote',
    'Any type': 'Aina yoyote',
    'Any year': 'Mwaka wowote',
    'Issue…': 'Toa…',
    'Preview': 'Onyesho la awali',
    'Reprint…': 'Chapisha upya…',
    'Reprint to PDF or ZIP…': 'Chapisha upya kwenye PDF au ZIP…',
    'Revoke…': 'Batilisha…',
    'Reissue…': 'Toa upya…',
    'Verify…': 'Hakiki…',
    'Certificates': 'Vyeti',
    '%n certificate(s) in the register': ['Cheti %n kwenye rejista', 'Vyeti %n kwenye rejista'],
    'Issuing, printing and revoking need the registrar role.':
        'Kutoa, kuchapisha na kubatilisha kunahitaji jukumu la msajili.',
    'Printed again, marked "Reprint" and counted in the register.':
        'Kimechapishwa tena, kimewekwa alama "Nakala" na kuhesabiwa kwenye rejista.',
    'Issued: %1': 'Kimetolewa: %1',
    'Print…': 'Chapisha…',
    'Save PDF…': 'Hifadhi PDF…',
    'Save certificates': 'Hifadhi vyeti',
    'Certificate %1': 'Cheti %1',
    'One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)':
        'PDF moja (*.pdf);;ZIP ya PDF moja kwa kila cheti (*.zip)',
    '%n certificate(s) saved': ['Cheti %n kimehifadhiwa', 'Vyeti %n vimehifadhiwa'],
    'Preparing %n certificate(s)…': ['Inaandaa cheti %n…', 'Inaandaa vyeti %n…'],
    'Print': 'Chapisha',
    'Printing %n certificate(s)…': ['Inachapisha cheti %n…', 'Inachapisha vyeti %n…'],
    'Revoke certificate': 'Batilisha cheti',
    'Why is certificate %1 revoked? It stays in the register, marked revoked.':
        'Kwa nini cheti %1 kinabatilishwa? Kinabaki kwenye rejista, kikiwa na alama ya kubatilishwa.',
    'Reissue certificate': 'Toa cheti upya',
    'What was corrected? Certificate %1 will be revoked and a new serial issued in its place.':
        'Nini kilisahihishwa? Cheti %1 kitabatilishwa na namba mpya ya mfululizo itatolewa badala yake.',
    # ChangePasswordDialog ----------------------------------------------------------------------------
    'Change my password': 'Badilisha nenosiri langu',
    '&Current password:': 'Nenosiri la &sasa:',
    '&New password:': 'Nenosiri &jipya:',
    'New password &again:': 'Nenosiri jipya t&ena:',
    # EnrolmentDialog ---------------------------------------------------------------------------------
    'Enrol candidate': 'Dahili mtahiniwa',
    'The whole qualification': 'Sifa nzima',
    'Chosen units only': 'Vipengele vilivyochaguliwa tu',
    'Pathway': 'Njia',
    'Enrolled on': 'Tarehe ya udahili',
    'Choose a qualification (and sign in) to enrol.': 'Chagua sifa (na uingie) ili kudahili.',
    'Tick at least one unit, or choose the whole qualification.':
        'Weka alama kwenye angalau kipengele kimoja, au chagua sifa nzima.',
    # Errors ------------------------------------------------------------------------------------------
    'The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.':
        'Hifadhidata ina shughuli: mtumiaji au programu nyingine inahifadhi ndani yake. Hakuna kilichobadilishwa; jaribu tena baada ya muda mfupi.',
    'The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.':
        'Hifadhidata haiwezi kubadilishwa: faili au folda yake ni ya kusoma tu. Hakuna kilichobadilishwa; ruhusu kuandika hapo, au nakili hifadhidata kwenye folda unayoweza kuandika.',
    'The disk that holds the database is full. Nothing was changed; free some space and try again.':
        'Diski yenye hifadhidata imejaa. Hakuna kilichobadilishwa; ondoa baadhi ya vitu ili kupata nafasi na ujaribu tena.',
    'The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.':
        'Faili la hifadhidata halikuweza kusomwa au kuandikwa (tatizo la diski, diski ya USB au mtandao). Hakuna kilichobadilishwa; hakikisha diski imeunganishwa na ujaribu tena.',
    'The database file is damaged. Nothing was changed; stop using it and restore the newest backup.':
        'Faili la hifadhidata limeharibika. Hakuna kilichobadilishwa; acha kulitumia na urejeshe nakala rudufu ya karibuni.',
    'The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.':
        'Seva ya hifadhidata haifikiki: imesimamishwa, au mtandao haupo. Kagua muunganisho au muulize anayeendesha seva, kisha jaribu tena.',
    'The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.':
        'Badiliko linagongana na jingine lililohifadhiwa wakati huo huo, labda na mtumiaji mwingine. Hakuna kilichobadilishwa; angalia rekodi tena na urudie badiliko.',
    'The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.':
        'Hifadhidata iliripoti tatizo. Hakuna kilichobadilishwa; jaribu tena, na likitokea tena liripoti pamoja na faili la kumbukumbu.',
    'Something went wrong: %1\nPlease report this with the log file.':
        'Kuna kitu kimeharibika: %1\nTafadhali ripoti hili pamoja na faili la kumbukumbu.',
    'SkillAssess': 'SkillAssess',
    # EvidenceDialog ----------------------------------------------------------------------------------
    'Portfolio of evidence — %1': 'Jalada la ushahidi — %1',
    'Criteria': 'Vigezo',
    'Add file…': 'Ongeza faili…',
    'Open': 'Fungua',
    'Withdraw': 'Ondoa',
    'Show withdrawn': 'Onyesha vilivyoondolewa',
    "Rules of evidence (assessor's judgement)": 'Kanuni za ushahidi (uamuzi wa mtathmini)',
    'Valid': 'Halali',
    'Sufficient': 'Unatosha',
    'Authentic': 'Halisi',
    'Current': 'Wa sasa',
    'Save judgement': 'Hifadhi uamuzi',
    '%n item(s) in the portfolio': ['Kipengee %n kwenye jalada', 'Vipengee %n kwenye jalada'],
    '%1, SHA-256 %2': '%1, SHA-256 %2',
    'Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)':
        'Ushahidi (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;Faili zote (*)',
    'This file is already in the portfolio; it was not added twice.':
        'Faili hili tayari liko kwenye jalada; halikuongezwa mara mbili.',
    'Withdraw evidence': 'Ondoa ushahidi',
    'Withdraw %1 from the portfolio? The file is kept and stays in the record.':
        'Ondoa %1 kwenye jalada? Faili linahifadhiwa na linabaki kwenye rekodi.',
    # FirstStartWizard --------------------------------------------------------------------------------
    'Welcome to %1': 'Karibu %1',
    '&Start': '&Anza',
    'This database (%1) has no users yet. Record your centre and its first administrator to start.':
        'Hifadhidata hii (%1) bado haina watumiaji. Sajili kituo chako na msimamizi wake wa kwanza ili kuanza.',
    # IssueDialog -------------------------------------------------------------------------------------
    '(none)': '(hakuna)',
    'Issue certificates': 'Toa vyeti',
    'Certificate': 'Cheti',
    'Units achieved': 'Vipengele vilivyofaulu',
    'Full certificate': 'Cheti kamili',
    'Statement of attainment': 'Hati ya ufaulu wa vipengele',
    'A4 landscape': 'A4 mlalo',
    'A4 portrait': 'A4 wima',
    'Language': 'Lugha',
    'Second language': 'Lugha ya pili',
    'Page': 'Ukurasa',
    'Issue': 'Toa',
    'No candidate is eligible: certificates need verified results.':
        'Hakuna mtahiniwa anayestahili: vyeti vinahitaji matokeo yaliyohakikiwa.',
    'Choose two different languages, or no second language.': 'Chagua lugha mbili tofauti, au usichague lugha ya pili.',
    # Labels ------------------------------------------------------------------------------------------
    'Administrator': 'Msimamizi',
    'Registrar': 'Msajili',
    ('Labels', 'Draft', 'standard'): 'Rasimu',
    'Superseded': 'Imepitwa na toleo jipya',
    'All core units plus electives': 'Vipengele vyote vya msingi pamoja na vya hiari',
    'All core units and a minimum of credits': 'Vipengele vyote vya msingi na kiwango cha chini cha mikopo',
    'Core': 'Msingi',
    'Elective': 'Hiari',
    'Range statement': 'Wigo wa utekelezaji',
    'Required knowledge': 'Maarifa yanayohitajika',
    'Required skills': 'Ujuzi unaohitajika',
    'Evidence guide': 'Mwongozo wa ushahidi',
    'Assessment conditions': 'Masharti ya tathmini',
    'Female': 'Mwanamke',
    'Male': 'Mwanamume',
    'Yes': 'Ndiyo',
    'No': 'Hapana',
    'Not stated': 'Haijaelezwa',
    'National ID': 'Kitambulisho cha taifa',
    'Passport': 'Pasipoti',
    'Refugee ID': 'Kitambulisho cha mkimbizi',
    'Other document': 'Hati nyingine',
    'No document': 'Hakuna hati',
    'RPL': 'RPL',
    'Training': 'Mafunzo',
    ('Labels', 'Active', 'enrolment'): 'Hai',
    'Completed': 'Imekamilika',
    ('Labels', 'Withdrawn', 'enrolment'): 'Amejiondoa',
    'Information and counselling': 'Taarifa na ushauri',
    'Eligibility': 'Kustahili',
    'Portfolio of evidence': 'Jalada la ushahidi',
    ('Labels', 'Assessment', 'RPL stage'): 'Tathmini',
    'Certification': 'Utoaji wa cheti',
    ('Labels', 'Appeal', 'RPL stage'): 'Rufaa',
    'Eligible': 'Anastahili',
    'Not eligible': 'Hastahili',
    'I can do this': 'Naweza kufanya hili',
    'With help': 'Kwa msaada',
    'Not yet': 'Bado',
    ('Labels', 'Certificate', 'evidence'): 'Cheti',
    'Photo of work': 'Picha ya kazi',
    'Video': 'Video',
    'Reference letter': 'Barua ya utambulisho',
    'Work sample': 'Sampuli ya kazi',
    ('Labels', 'Third-party report', 'evidence'): 'Ripoti ya mtu wa tatu',
    ('Labels', 'Other', 'evidence'): 'Nyingine',
    ('Labels', 'Active', 'evidence'): 'Hai',
    ('Labels', 'Withdrawn', 'evidence'): 'Umeondolewa',
    'Observation': 'Uchunguzi',
    'Questioning': 'Maswali',
    'Product': 'Bidhaa',
    ('Labels', 'Third-party report', 'assessment method'): 'Ripoti ya mtu wa tatu',
    'Portfolio': 'Jalada',
    ('Labels', 'Draft', 'assessment'): 'Rasimu',
    'Submitted': 'Imewasilishwa',
    'Verified': 'Imehakikiwa',
    'Returned': 'Imerudishwa',
    'Competent': 'Mahiri',
    'Not Yet Competent': 'Bado si mahiri',
    'RPL granted': 'RPL imetolewa',
    'Credit transfer': 'Uhamisho wa mikopo',
    ('Labels', 'Withdrawn', 'outcome'): 'Amejiondoa',
    'Satisfactory': 'Inaridhisha',
    'Not yet satisfactory': 'Bado hairidhishi',
    'Pending': 'Inasubiri',
    'Upheld': 'Imekubaliwa',
    'Dismissed': 'Imekataliwa',
    'Qualification certificate': 'Cheti cha sifa',
    ('Labels', 'Issued', 'certificate'): 'Kimetolewa',
    'Revoked': 'Kimebatilishwa',
    'Created': 'Imeundwa',
    'Changed': 'Imebadilishwa',
    'Deleted': 'Imefutwa',
    # LanguagePage ------------------------------------------------------------------------------------
    'The language of SkillAssess on this computer. You can change it later in View → Language.':
        'Lugha ya SkillAssess kwenye kompyuta hii. Unaweza kuibadilisha baadaye kwenye Mwonekano → Lugha.',
    '&Language:': '&Lugha:',
    # MainWindow --------------------------------------------------------------------------------------
    '&File': '&Faili',
    'SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.':
        'SkillAssess itaonyeshwa kwa %1 baada ya kuanza upya. Hakuna ulichohifadhi kinachopotea.',
    'Restart now?': 'Anza upya sasa?',
    'Restart now': 'Anza upya sasa',
    'Later': 'Baadaye',
    '&Language': '&Lugha',
    'Not signed in': 'Hujaingia',
    'Signed in: %1': 'Umeingia: %1',
    '&New database…': 'Hifadhidata &mpya…',
    '&Open database…': '&Fungua hifadhidata…',
    '&Quit': '&Toka',
    '&Change my password…': '&Badilisha nenosiri langu…',
    'S&witch user…': 'B&adilisha mtumiaji…',
    'Sign &out': 'T&oka kwenye akaunti',
    '&Back up now…': 'Tengeneza &nakala rudufu sasa…',
    '&Restore from backup…': '&Rejesha kutoka nakala rudufu…',
    '&Export': '&Hamisha',
    '&Results…': '&Matokeo…',
    'Certificate &register…': '&Rejista ya vyeti…',
    '&Statistics…': '&Takwimu…',
    '&View': '&Mwonekano',
    '&Refresh': '&Onyesha upya',
    '&Tools': '&Zana',
    '&Check database…': '&Kagua hifadhidata…',
    '&Backup settings…': 'Mipangilio ya &nakala rudufu…',
    '&Help': '&Msaada',
    '&About SkillAssess': '&Kuhusu SkillAssess',
    'Signed in as %1': 'Umeingia kama %1',
    'Open database': 'Fungua hifadhidata',
    'SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)':
        'Hifadhidata ya SkillAssess (*.sqlite3 *.sqlite *.db);;Faili zote (*)',
    'New database': 'Hifadhidata mpya',
    '%1 already exists; choose a new file name.': '%1 tayari ipo; chagua jina jipya la faili.',
    'Opened %1': 'Imefunguliwa %1',
    'The database file is damaged: changes are refused.': 'Faili la hifadhidata limeharibika: mabadiliko yanakataliwa.',
    # Messages ----------------------------------------------------------------------------------------
    'Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.':
        'Sifa {code} toleo {version} imepitwa na toleo jipya na inabaki kama ilivyokuwa; badilisha toleo la sasa au tengeneza toleo jipya.',
    'Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'Sifa {code} toleo {version} inatumika (udahili {enrolments}, vyeti {certificates}), kwa hiyo haiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.',
    'Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.':
        'Kipengele {code} toleo {version} kimepitwa na toleo jipya na kinabaki kama kilivyokuwa; badilisha toleo la sasa au tengeneza toleo jipya.',
    'Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'Kipengele {code} toleo {version} kinatumiwa na tathmini {count}, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.',
    'Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'Kipengele {code} toleo {version} kinatumiwa na vyeti {count}, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.',
    'Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'Kipengele {code} toleo {version} kinatumiwa na majibu {count} ya kujitathmini, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.',
    'Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'Kipengele {code} toleo {version} kinatumiwa na viungo {count} vya ushahidi, kwa hiyo hakiwezi kuhaririwa papo hapo; tengeneza toleo jipya kwa "Toleo jipya", lihariri na ulichapishe.',
    '{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.':
        '{cells} si NAMBA=S, NAMBA=N wala NAMBA=clear (kwa mfano 1.2=S); hakuna kilichohifadhiwa.',
    'This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).':
        'Amri hii inaonyesha taarifa binafsi: jitaje kwa --user JINA (nenosiri kutoka SKILLASSESS_PASSWORD au litaulizwa).',
    'the disk is full': 'diski imejaa',
    'permission denied; choose another folder': 'ruhusa imekataliwa; chagua folda nyingine',
    'the disk is read-only': 'diski ni ya kusoma tu',
    'the name is too long': 'jina ni refu mno',
    'Cannot write {path}: {reason}.': 'Haiwezekani kuandika {path}: {reason}.',
    'Cannot write {path}: the folder {folder} does not exist; choose another folder.':
        'Haiwezekani kuandika {path}: folda {folder} haipo; chagua folda nyingine.',
    'the folder does not exist': 'folda haipo',
    '{value} is too large (at most {limit:,}).': '{value} ni kubwa mno (isizidi {limit:,}).',
    '{field}: {problem}': '{field}: {problem}',
    '{length:,} characters, more than the {limit:,} it can hold; shorten it.':
        'herufi {length:,}, zaidi ya {limit:,} zinazoweza kuhifadhiwa; lifupishe.',
    'contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).':
        'lina herufi ya udhibiti isiyoonekana {code} kwenye nafasi {position}, ambayo haiwezi kuhifadhiwa; ifute (mara nyingi huja kwa kunakili na kubandika).',
    'Nothing was saved: correct the text named below.':
        'Hakuna kilichohifadhiwa: sahihisha maandishi yaliyotajwa hapa chini.',
    'contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.':
        'lina alama ya mwelekeo isiyoonekana {code} ({name}) kwenye nafasi {position}, ambayo inaweza kufanya jina lichapishwe kinyume; ifute.',
    '{record}, {field}: {problem}': '{record}, {field}: {problem}',
    'The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.':
        'Folda ya pili ya nakala rudufu {folder} haipo (je, diski ya USB imechomekwa?); nakala rudufu iko kwenye folda ya data tu.',
    'Keep between 0 and {most} daily backups.': 'Hifadhi kati ya 0 na {most} ya nakala rudufu za kila siku.',
    '{archive} cannot be restored: {reason} Nothing was changed.':
        '{archive} haiwezi kurejeshwa: {reason} Hakuna kilichobadilishwa.',
    'it is not a SkillAssess backup.': 'si nakala rudufu ya SkillAssess.',
    'its manifest is damaged.': 'orodha yake ya yaliyomo imeharibika.',
    'it was made by a newer version of SkillAssess; install that version.':
        'ilitengenezwa na toleo jipya zaidi la SkillAssess; sakinisha toleo hilo.',
    'restoring it needs {need} MB free in {folder}, and there are {free} MB.':
        'kuirejesha kunahitaji MB {need} zilizo wazi kwenye {folder}, na zipo MB {free}.',
    '{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.':
        '{path} imefunguliwa kwenye SkillAssess au programu nyingine: ifunge huko, kisha rejesha tena. Hakuna kilichobadilishwa.',
    'There is no file {archive}.': 'Hakuna faili {archive}.',
    'it is not a SkillAssess backup (not a zip archive).': 'si nakala rudufu ya SkillAssess (si kumbukumbu ya zip).',
    'its manifest is too large.': 'orodha yake ya yaliyomo ni kubwa mno.',
    'it names a file outside its own folders ({name}).': 'inataja faili nje ya folda zake yenyewe ({name}).',
    '{name} is too large for a key file.': '{name} ni kubwa mno kwa faili la ufunguo.',
    'it holds the same file twice.': 'ina faili moja mara mbili.',
    'it holds files its manifest does not list ({name}).':
        'ina faili ambazo orodha yake ya yaliyomo haiziorodheshi ({name}).',
    'files listed in its manifest are missing ({name}).':
        'faili zilizoorodheshwa kwenye orodha yake ya yaliyomo hazipo ({name}).',
    'it holds no database (it was made from a PostgreSQL database).':
        'haina hifadhidata (ilitengenezwa kutoka hifadhidata ya PostgreSQL).',
    'The folder {folder} does not exist.': 'Folda {folder} haipo.',
    'it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.':
        'ina hifadhidata ya SQLite; irejeshe kwenye faili kwa: skillassess --db FILE restore ARCHIVE.',
    'it is not a SkillAssess backup (it has no manifest).':
        'si nakala rudufu ya SkillAssess (haina orodha ya yaliyomo).',
    "the database in it is damaged (SQLite's integrity check failed).":
        'hifadhidata iliyomo imeharibika (ukaguzi wa uadilifu wa SQLite umeshindwa).',
    'the database in it is empty.': 'hifadhidata iliyomo ni tupu.',
    '{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).':
        '{name} iliyomo ilibadilishwa baada ya nakala rudufu kutengenezwa (SHA-256 yake inatofautiana na orodha ya yaliyomo).',
    '{name} in it is damaged (the zip check failed).': '{name} iliyomo imeharibika (ukaguzi wa zip umeshindwa).',
    '{name} is larger than its manifest says.': '{name} ni kubwa kuliko orodha yake ya yaliyomo inavyosema.',
    'There is no database file at {path} to back up.':
        'Hakuna faili la hifadhidata kwenye {path} la kutengenezea nakala rudufu.',
    'The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File > Restore from backup… in the application).':
        'Faili la hifadhidata {path} limeharibika, kwa hiyo SkillAssess haitaandika ndani yake. Rejesha nakala rudufu ya karibuni ({backup}, iliyotengenezwa {made}) kwa: {command} (au Faili > Rejesha kutoka nakala rudufu… kwenye programu).',
    'The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File > Restore from backup… in the application).':
        'Faili la hifadhidata {path} limeharibika, kwa hiyo SkillAssess haitaandika ndani yake. Hakuna nakala rudufu yake iliyopatikana kwenye {folder}; kama unayo mahali pengine (diski ya USB, kwa mfano), irejeshe kwa: {command} (au Faili > Rejesha kutoka nakala rudufu… kwenye programu).',
    'There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File > New database in the application).':
        'Hakuna hifadhidata ya SkillAssess kwenye {path}: kagua jina, au tengeneza moja kwa: {command} (au Faili > Hifadhidata mpya kwenye programu).',
    '{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File > New database in the application).':
        '{path} ni faili tupu, si hifadhidata ya SkillAssess: kagua jina, au tengeneza hifadhidata hapo kwa: {command} (au Faili > Hifadhidata mpya kwenye programu).',
    '{path} cannot be opened: it is in use or cannot be read. This file was left untouched.':
        '{path} haiwezi kufunguliwa: inatumika au haisomeki. Faili hili halikuguswa.',
    'Cannot open the database {name}. {reason}': 'Haiwezekani kufungua hifadhidata {name}. {reason}',
    'The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.':
        'Hifadhidata {name} ni tupu (haina majedwali ya SkillAssess): kagua anwani, au tengeneza majedwali kwa: skillassess --db ADDRESS setup.',
    'The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner\'s account (see "Several users on a PostgreSQL server" in the README), then again with this one.':
        'Hifadhidata {name} inahitaji majedwali yake kutengenezwa au kusasishwa kwa toleo hili la SkillAssess, na akaunti {user} haiwezi kufanya hivyo. Ifungue mara moja kwa akaunti ya mmiliki wa hifadhidata (tazama "Several users on a PostgreSQL server" kwenye README), kisha tena kwa akaunti hii.',
    'the system refused it': 'mfumo umekataa',
    'a part of its path is a file, not a folder': 'sehemu ya njia yake ni faili, si folda',
    'you may not write there': 'huruhusiwi kuandika hapo',
    "The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator.":
        'Folda ya data {folder} haiwezi kutengenezwa: {reason}. Chagua folda nyingine kwa SKILLASSESS_DATA_DIR, au muulize msimamizi wa kompyuta.',
    '{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.':
        '{file}: kitabu cha kazi kimeharibika au si faili la kawaida la Excel; hakuna kilichobadilishwa. Kifungue kwenye Excel au LibreOffice, kihifadhi tena na ujaribu upya.',
    '{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.':
        '{file}: JSON imefungamana kwa kina mno (zaidi ya ngazi elfu moja); kifurushi cha CASE kina ngazi chache tu. Hakuna kilichobadilishwa.',
    '{file}: not valid JSON ({problem}).': '{file}: si JSON halali ({problem}).',
    '{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.':
        '{file}: kitabu cha kazi kimeharibika ({where} haiwezi kufunguliwa); hakuna kilichobadilishwa. Kifungue kwenye Excel au LibreOffice, kihifadhi tena na ujaribu upya.',
    '{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).':
        '{file} si kitabu cha kazi cha Excel (.xlsx) kinachoweza kusomwa: hakina sehemu ya kitabu cha kazi (je, ni hati ya aina nyingine iliyopewa jina .xlsx?).',
    '{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.':
        '{file}: kitabu cha kazi kimeharibika au si faili la kawaida la Excel (orodha ya laha zake haisomeki); hakuna kilichobadilishwa.',
    '{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).':
        '{file} si kitabu cha kazi cha Excel (.xlsx) kinachoweza kusomwa: si kifurushi cha ZIP; kihifadhi kutoka Excel au LibreOffice kama kitabu cha kazi cha Excel (.xlsx).',
    '{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.':
        '{file}: kitabu cha kazi kina sehemu {count:,}, zaidi ya lahajedwali yoyote huwa nazo; kimekataliwa na hakuna kilichobadilishwa.',
    '{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.':
        '{file}: kitabu cha kazi kinapanuka hadi MB {size} kinapofunguliwa, zaidi ya MB {limit} zinazokubaliwa kwa uingizaji; hakuna kilichobadilishwa. Je, ni faili sahihi? Gawa orodha kubwa sana katika faili kadhaa.',
    '{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.':
        '{file}: sehemu ya kitabu cha kazi ({part}) imebanwa {ratio:,} kwa 1, zaidi sana ya lahajedwali yoyote; faili limekataliwa kama bomu la zip linalowezekana na hakuna kilichobadilishwa.',
    '{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.':
        '{file}: maandishi ya kitabu cha kazi yanapanuka hadi MB {size}, zaidi ya MB {limit} zinazokubaliwa kwa uingizaji; hakuna kilichobadilishwa. Gawa orodha kubwa sana katika faili kadhaa.',
    '{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.':
        '{file}: laha {sheet} ina mistari zaidi ya {limit:,} (mistari tupu inahesabiwa pia); mistari isiyozidi {limit:,} inaweza kuingizwa kwa mara moja, na hakuna kilichobadilishwa. Futa mistari tupu chini ya orodha, au gawa orodha katika faili kadhaa.',
    '{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.':
        '{file}: kitabu cha kazi kimeharibika: {where} kina herufi ya udhibiti {code} (baiti {offset:,}), ambayo lahajedwali haiandiki kamwe; hakuna kilichobadilishwa. Kifungue kwenye Excel au LibreOffice, kihifadhi tena na ujaribu upya.',
    'A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.':
        'Badiliko kwenye {tables} halikusajiliwa kwenye kumbukumbu ya ukaguzi, kwa hiyo halikuhifadhiwa. Hii ni kasoro ya SkillAssess: tafadhali iripoti.',
    'A change to {table} could not be followed for the audit log; nothing was saved.':
        'Badiliko kwenye {table} halikuweza kufuatiliwa kwa kumbukumbu ya ukaguzi; hakuna kilichohifadhiwa.',
    '{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.':
        '{table} ({record}): kumbukumbu ya ukaguzi (ingizo {entry}) inasajili kufutwa kwake, lakini iko kwenye hifadhidata.',
    'The audit log is intact: {count} entries checked, and {records} records match it.':
        'Kumbukumbu ya ukaguzi iko salama: maingizo {count} yamekaguliwa, na rekodi {records} zinalingana nayo.',
    '{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.':
        '{table} ({record}), {field}: kumbukumbu ya ukaguzi (ingizo {entry}) inasema {audited}, hifadhidata ina {found}.',
    '{table} ({record}): no audit entry records this record; it was added outside SkillAssess.':
        '{table} ({record}): hakuna ingizo la ukaguzi linalosajili rekodi hii; iliongezwa nje ya SkillAssess.',
    '{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.':
        '{table} ({record}): kumbukumbu ya ukaguzi (ingizo {entry}) inaisajili, lakini haipo tena kwenye hifadhidata; ilifutwa nje ya SkillAssess.',
    'The audit log is broken at entry {entry}: {problem}.':
        'Kumbukumbu ya ukaguzi imevunjika kwenye ingizo {entry}: {problem}.',
    '{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.':
        'Rekodi {count} zinatofautiana na kile kumbukumbu ya ukaguzi inasema: zilibadilishwa nje ya SkillAssess.',
    '… and {count} more.': '… na {count} zaidi.',
    "The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).":
        'Ukaguzi ni kwa faili za hifadhidata za SQLite; kwa {name}, tumia zana za seva yenyewe (pg_amcheck).',
    '{path} is not a SkillAssess database (it is not a SQLite file).':
        '{path} si hifadhidata ya SkillAssess (si faili la SQLite).',
    'The backup could not be written to {folder} ({reason}); nothing was kept of it.':
        'Nakala rudufu haikuweza kuandikwa kwenye {folder} ({reason}); hakuna kilichobakizwa.',
    'The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.':
        'Nakala rudufu haikuweza kuwekwa mahali pake ({reason}). Funga SkillAssess kila mahali ambapo hifadhidata imefunguliwa na ujaribu tena.',
    'The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.':
        'Nakala rudufu haikuweza kunakiliwa kwenye folda ya pili {folder} ({reason}); iko kwenye folda ya data tu.',
    '{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.':
        '{archive} haiwezi kurejeshwa: kumbukumbu yake ya ukaguzi imevunjika ({problem}). Hakuna kilichobadilishwa.',
    'Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.':
        'Hakuna kilichoingizwa kutoka {file}: sifa {code} ilipitwa na toleo jipya wakati faili likikaguliwa; ingiza faili tena.',
    'The centre is not set up yet (name, code, country); an administrator sets it up first.':
        'Kituo bado hakijawekwa (jina, msimbo, nchi); msimamizi akiweke kwanza.',
    '{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).':
        '{path}: faili lazima liishe kwa .pdf (PDF moja) au .zip (PDF moja kwa kila cheti).',
    'No certificate was reprinted.': 'Hakuna cheti kilichochapishwa upya.',
    'No certificate was issued.': 'Hakuna cheti kilichotolewa.',
    '{problem} {nothing}': '{problem} {nothing}',
    "Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it.":
        'Cheti kisichojulikana: saini ni halisi (ufunguo {key}), lakini cheti {serial} hakimo kwenye rejista ya hifadhidata hii. Ni rejista ya kituo kilichokitoa tu inayoweza kukithibitisha.',
    'The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.':
        'Ingizo la rejista la cheti {serial} lilibadilishwa nje ya SkillAssess ({problem}); haliwezi kuthibitishwa. Msimamizi aendeshe skillassess audit verify.',
    'The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.':
        'Taarifa ilisainiwa kwa ufunguo {key}, ambao si ufunguo unaoaminika wa kituo hiki: {problem}. Usikubali cheti hiki.',
    'Choose at least one candidate to certify.': 'Chagua angalau mtahiniwa mmoja wa kupewa cheti.',
    'No certificate was issued:': 'Hakuna cheti kilichotolewa:',
    'No certificate was printed:': 'Hakuna cheti kilichochapishwa:',
    '{regno}: {code} is chosen twice.': '{regno}: {code} imechaguliwa mara mbili.',
    'Certificate {serial} is revoked ({reason}); it cannot be printed.':
        'Cheti {serial} kimebatilishwa ({reason}); hakiwezi kuchapishwa.',
    'Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.':
        'Rejesha nakala rudufu ya karibuni (skillassess restore FILE), au msimamizi asajili upotevu (skillassess audit accept-loss, au Kagua kumbukumbu kwenye ukurasa wa Kumbukumbu ya ukaguzi); mpaka hapo hakuna kinachoweza kuhifadhiwa.',
    'The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.':
        'Kituo cha ukaguzi cha {at} (maingizo {expected}, kimesainiwa kwa ufunguo {key}) kimo kwenye kumbukumbu; maingizo {added} yameongezwa tangu hapo.',
    'The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}':
        'Kituo cha ukaguzi kilichoandikwa {at} kinasajili maingizo {expected} ya ukaguzi, lakini hifadhidata ina {found}: mabadiliko ya karibuni hayapo (faili -wal lililopotea baada ya hitilafu, nakala ya hifadhidata iliyotengenezwa wakati ikiandikwa, au maingizo yaliyofutwa). {hint}',
    'The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}':
        'Kumbukumbu ya ukaguzi haina tena maingizo ambayo kituo chake cha ukaguzi cha {at} kinasajili (ingizo {entry} linatofautiana): kumbukumbu iliandikwa upya au ilibadilishwa. {hint}',
    'The audit log holds its checkpoint.': 'Kumbukumbu ya ukaguzi ina kituo chake cha ukaguzi.',
    'There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.':
        'Hakuna kituo cha ukaguzi ({path}), kwa hiyo kuondolewa kwa maingizo ya karibuni ya kumbukumbu hakungeweza kugunduliwa. SkillAssess hukiandika baada ya kila badiliko; ukinakili hifadhidata, nakili pia faili lake la .checkpoint.',
    'The audit log holds every entry its checkpoint records: there is no loss to record.':
        'Kumbukumbu ya ukaguzi ina kila ingizo ambalo kituo chake cha ukaguzi kinasajili: hakuna upotevu wa kusajili.',
    'The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.':
        'Kituo cha ukaguzi {path} hakisomeki; hakikutumika. Badiliko linalofuata linaandika kipya.',
    "The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one.":
        'Kituo cha ukaguzi {path} kimesainiwa kwa ufunguo ambao kompyuta hii haiujui (ufunguo wa kituo cha ukaguzi wa kompyuta nyingine, au faili lilibadilishwa); hakikutumika. Badiliko linalofuata linaandika kipya.',
    'The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.':
        'Kituo cha ukaguzi {path} hakilingani na saini yake: kilibadilishwa nje ya SkillAssess.',
    'Sign in first: every export and read of personal data names who made it.':
        'Ingia kwanza: kila uhamishaji na usomaji wa taarifa binafsi unamtaja aliyeufanya.',
    'no audit entry records key {key}: it was added outside SkillAssess':
        'hakuna ingizo la ukaguzi linalosajili ufunguo {key}: uliongezwa nje ya SkillAssess',
    'its audit entry {entry} was changed': 'ingizo lake la ukaguzi {entry} lilibadilishwa',
    'it was not made trusted by an administrator (audit entry {entry})':
        'haukufanywa kuaminika na msimamizi (ingizo la ukaguzi {entry})',
    'its record differs from audit entry {entry} ({problem})':
        'rekodi yake inatofautiana na ingizo la ukaguzi {entry} ({problem})',
    'This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.':
        'Kituo hiki bado hakina ufunguo wa kusaini vyeti, kwa hiyo hakuna kinachoweza kusainiwa. Msimamizi atengeneze mmoja: kwenye ukurasa wa Watumiaji, Funguo za kusaini…, kisha Tengeneza ufunguo; au skillassess keys create --user JINA.',
    'The checkpoint key {path} cannot be read.': 'Ufunguo wa kituo cha ukaguzi {path} hausomeki.',
    "The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate).":
        'Ufunguo binafsi wa ufunguo wa kusaini wa kituo {key} haupo kwenye kompyuta hii (unapaswa kuwa {file}). Nakili faili hilo kutoka kompyuta ambapo ufunguo ulitengenezwa, au msimamizi abadilishe ufunguo hapa (skillassess keys rotate).',
    'The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).':
        'Kituo tayari kina ufunguo wa kusaini ({key}); ili kuubadilisha, uzungushe (skillassess keys rotate).',
    'There is no trusted signing key to rotate; create one (skillassess keys create).':
        'Hakuna ufunguo wa kusaini unaoaminika wa kuzungusha; tengeneza mmoja (skillassess keys create).',
    'its public key is damaged': 'ufunguo wake wa umma umeharibika',
    'Nothing was saved in assessment {id}:': 'Hakuna kilichohifadhiwa kwenye tathmini {id}:',
    '{unit} has no criterion {number}.': '{unit} haina kigezo {number}.',
    'Criterion {number} is given twice with different results.':
        'Kigezo {number} kimetolewa mara mbili na matokeo tofauti.',
    'The {what} code: {problem}': 'Msimbo wa {what}: {problem}',
    'The {what} title: {problem}': 'Jina la {what}: {problem}',
    'This item cannot be removed: {kind}.': 'Kipengee hiki hakiwezi kuondolewa: {kind}.',
    'This item cannot be moved: {kind}.': 'Kipengee hiki hakiwezi kuhamishwa: {kind}.',
    'Only a qualification or a unit has versions, not a {kind}.':
        'Ni sifa au kipengele tu kilicho na matoleo, si {kind}.',
    'Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.':
        'Jina la mtumiaji au nenosiri si sahihi, au akaunti imefungwa baada ya manenosiri {attempts} yasiyo sahihi. Akaunti iliyofungwa hufunguka tena baada ya dakika {minutes}; msimamizi anaweza kuifungua mapema kwa kuweka nenosiri jipya.',
    # NewItemDialog -----------------------------------------------------------------------------------
    'To add a unit that exists already, give its code; the title is then not needed.':
        'Ili kuongeza kipengele kilichopo tayari, toa msimbo wake; jina halihitajiki wakati huo.',
    '&Code': '&Msimbo',
    '&Title': '&Jina',
    'C&ategory': '&Kundi',
    # ProgressDialog ----------------------------------------------------------------------------------
    'Progress: %1': 'Maendeleo: %1',
    # ProgressWidget ----------------------------------------------------------------------------------
    'Packaging rules met: a full qualification certificate can be issued.':
        'Kanuni za mpangilio zimetimizwa: cheti kamili cha sifa kinaweza kutolewa.',
    '%n unit(s) achieved: a statement of attainment can be issued.':
        ['Kipengele %n kimefaulu: hati ya ufaulu wa vipengele inaweza kutolewa.', 'Vipengele %n vimefaulu: hati ya ufaulu wa vipengele inaweza kutolewa.'],
    'No unit achieved yet.': 'Bado hakuna kipengele kilichofaulu.',
    'The candidate is not enrolled for any qualification.': 'Mtahiniwa hajadahiliwa kwa sifa yoyote.',
    'Title': 'Jina',
    'Category': 'Kundi',
    'Credits': 'Mikopo',
    'Latest outcome': 'Matokeo ya karibuni',
    'Attempts': 'Majaribio',
    'Achieved': 'Kimefaulu',
    # QualificationForm -------------------------------------------------------------------------------
    '&Level': '&Ngazi',
    'Sec&tor': 'Se&kta',
    '&Description': '&Maelezo',
    '&Packaging rules': 'Kanuni za &mpangilio',
    '&Electives required': 'Vipengele vya &hiari vinavyohitajika',
    'C&redits required': 'Mi&kopo inayohitajika',
    '%1 (%2)': '%1 (%2)',
    # RecordingDialog ---------------------------------------------------------------------------------
    'Record assessments': 'Rekodi tathmini',
    'Unit:': 'Kipengele:',
    'Show:': 'Onyesha:',
    'Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once.':
        'Vitufe: S = Inaridhisha, N = Bado hairidhishi, Nafasi = futa; mishale na Tab vinasogeza. Kubofya kunabadilisha kisanduku kwa mzunguko. Kila badiliko linahifadhiwa papo hapo.',
    'Session of %1, %2, assessor %3': 'Kikao cha %1, %2, mtathmini %3',
    '%1, attempt %2': '%1, jaribio %2',
    'All candidates': 'Watahiniwa wote',
    'cleared': 'imefutwa',
    'Saved %1 %2 = %3 at %4': 'Imehifadhiwa %1 %2 = %3 saa %4',
    'The database was busy (another user or an import was writing) for longer than a change waits.':
        'Hifadhidata ilikuwa na shughuli (mtumiaji mwingine au uingizaji ulikuwa ukiandika) kwa muda mrefu kuliko badiliko linavyosubiri.',
    'The database did not accept the change (the details are in the log file).':
        'Hifadhidata haikukubali badiliko (maelezo yako kwenye faili la kumbukumbu).',
    'Not saved: %1 The cell is marked with !; type the value again to retry.':
        'Haijahifadhiwa: %1 Kisanduku kimewekwa alama !; andika thamani tena ili kujaribu upya.',
    # ReportsPage -------------------------------------------------------------------------------------
    'Only a period:': 'Kipindi tu:',
    'Export results…': 'Hamisha matokeo…',
    'Export certificate register…': 'Hamisha rejista ya vyeti…',
    'Export statistics…': 'Hamisha takwimu…',
    'Summary by sex': 'Muhtasari kwa jinsia',
    'Women': 'Wanawake',
    'Men': 'Wanaume',
    'Total': 'Jumla',
    'Candidates registered (all dates)': 'Watahiniwa waliosajiliwa (tarehe zote)',
    'Candidates assessed (verified results)': 'Watahiniwa waliotathminiwa (matokeo yaliyohakikiwa)',
    'Candidates competent in at least one unit': 'Watahiniwa mahiri katika angalau kipengele kimoja',
    'Candidates certified': 'Watahiniwa waliopewa vyeti',
    'Candidates assessed': 'Watahiniwa waliotathminiwa',
    'Candidates competent': 'Watahiniwa mahiri',
    'Charts show:': 'Chati zinaonyesha:',
    'Reports': 'Ripoti',
    'The start date is after the end date.': 'Tarehe ya kuanza iko baada ya tarehe ya mwisho.',
    'Counting…': 'Inahesabu…',
    'Women and men': 'Wanawake na wanaume',
    'Assessed': 'Waliotathminiwa',
    'Certified': 'Waliopewa vyeti',
    'By qualification': 'Kwa sifa',
    'By age group': 'Kwa kundi la umri',
    'By disability': 'Kwa ulemavu',
    'By nationality': 'Kwa uraia',
    'No qualification': 'Hakuna sifa',
    'Not recorded': 'Haijarekodiwa',
    'Under 18': 'Chini ya 18',
    '18 to 24': '18 hadi 24',
    '25 to 34': '25 hadi 34',
    '35 to 44': '35 hadi 44',
    '45 to 54': '45 hadi 54',
    '55 and over': '55 na zaidi',
    'With a disability': 'Wenye ulemavu',
    'Without a disability': 'Wasio na ulemavu',
    'Exports hold personal data: they need the administrator, registrar or verifier role.':
        'Uhamishaji una taarifa binafsi: unahitaji jukumu la msimamizi, msajili au mhakiki.',
    'Export cancelled; no file was written.': 'Uhamishaji umesitishwa; hakuna faili lililoandikwa.',
    'Writing %1…': 'Inaandika %1…',
    'Exported statistics to %1': 'Takwimu zimehamishwa kwenda %1',
    'Exported %n row(s) to %1': ['Mstari %n umehamishwa kwenda %1', 'Mistari %n imehamishwa kwenda %1'],
    'Export results': 'Hamisha matokeo',
    'Export certificate register': 'Hamisha rejista ya vyeti',
    'Export statistics': 'Hamisha takwimu',
    # ResetPasswordDialog -----------------------------------------------------------------------------
    'New password for %1': 'Nenosiri jipya la %1',
    'Tell the user the new password in person; it also unlocks a locked account.':
        'Mwambie mtumiaji nenosiri jipya ana kwa ana; pia linafungua akaunti iliyofungwa.',
    # ResultsExportDialog -----------------------------------------------------------------------------
    'All qualifications': 'Sifa zote',
    'Only results assessed in a period': 'Matokeo yaliyotathminiwa katika kipindi fulani tu',
    'Qualification:': 'Sifa:',
    'Period:': 'Kipindi:',
    'Choose file…': 'Chagua faili…',
    # RplStepDialog -----------------------------------------------------------------------------------
    'Record RPL step': 'Sajili hatua ya RPL',
    'Not decided': 'Haijaamuliwa',
    'Eligibility decision': 'Uamuzi wa kustahili',
    'Reason *': 'Sababu *',
    'Enrol the candidate first.': 'Dahili mtahiniwa kwanza.',
    # SelfAssessmentDialog ----------------------------------------------------------------------------
    'Self-assessment — %1': 'Kujitathmini — %1',
    'Answer': 'Jibu',
    'Not answered': 'Halijajibiwa',
    'Print checklist (PDF)…': 'Chapisha orodha hakiki (PDF)…',
    'For each criterion, record what the candidate says: I can do this, with help, or not yet.':
        'Kwa kila kigezo, rekodi anachosema mtahiniwa: naweza kufanya hili, kwa msaada, au bado.',
    'Save checklist': 'Hifadhi orodha hakiki',
    # SessionPlannerDialog ----------------------------------------------------------------------------
    'Plan an assessment session': 'Panga kikao cha tathmini',
    'For example: Practical assessment, November': 'Kwa mfano: Tathmini ya vitendo, Novemba',
    'Search candidates by name, registration number or ID':
        'Tafuta watahiniwa kwa jina, namba ya usajili au kitambulisho',
    'Add': 'Ongeza',
    'Remove': 'Ondoa',
    'Title:': 'Jina:',
    'Assessor:': 'Mtathmini:',
    'Units:': 'Vipengele:',
    'Plan session': 'Panga kikao',
    'Candidates:': 'Watahiniwa:',
    '%n candidate(s) chosen': ['Mtahiniwa %n amechaguliwa', 'Watahiniwa %n wamechaguliwa'],
    'Sign in to plan a session.': 'Ingia ili kupanga kikao.',
    # SexBarChartWidget -------------------------------------------------------------------------------
    'No data for this period': 'Hakuna data kwa kipindi hiki',
    # SignInDialog ------------------------------------------------------------------------------------
    'Sign in — %1': 'Ingia — %1',
    '&Sign in': '&Ingia',
    'This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.':
        'Hii ni hifadhidata ya mfano. Watumiaji: %1. Kila nenosiri ni demo- likifuatiwa na jina la mtumiaji, kwa mfano %2.',
    'Enter your user name and password.': 'Andika jina lako la mtumiaji na nenosiri.',
    'Signing in…': 'Inaingia…',
    'Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.':
        ['Jina la mtumiaji au nenosiri si sahihi, au akaunti imefungwa baada ya manenosiri %1 yasiyo sahihi. Akaunti iliyofungwa hufunguka tena baada ya dakika %n; msimamizi anaweza kuifungua mapema kwa kuweka nenosiri jipya.', 'Jina la mtumiaji au nenosiri si sahihi, au akaunti imefungwa baada ya manenosiri %1 yasiyo sahihi. Akaunti iliyofungwa hufunguka tena baada ya dakika %n; msimamizi anaweza kuifungua mapema kwa kuweka nenosiri jipya.'],
    'The account %1 is deactivated; ask an administrator.': 'Akaunti %1 imezimwa; muulize msimamizi.',
    # SigningKeysDialog -------------------------------------------------------------------------------
    'Signing keys': 'Funguo za kusaini',
    "Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since.":
        'Vyeti vinasainiwa kwa ufunguo wa kituo; yeyote mwenye ufunguo wake wa umma anaweza kuvikagua. Wasimamizi tu ndio hutengeneza au kuzungusha funguo, na kila badiliko linaandikwa kwenye kumbukumbu ya ukaguzi. Ufunguo unaaminika tu pale kumbukumbu ya ukaguzi ina utengenezaji wake na rekodi yake haijabadilika tangu hapo.',
    'Key': 'Ufunguo',
    'Trusted': 'Unaaminika',
    'Private key on this computer': 'Ufunguo binafsi kwenye kompyuta hii',
    '&Create key': '&Tengeneza ufunguo',
    "Make the centre's first signing key.": 'Tengeneza ufunguo wa kwanza wa kusaini wa kituo.',
    '&Rotate key…': '&Zungusha ufunguo…',
    'A new key signs new certificates; the old one is retired and still verifies the certificates it signed.':
        'Ufunguo mpya unasaini vyeti vipya; wa zamani unastaafishwa na bado unathibitisha vyeti ulivyosaini.',
    '&Export public key…': '&Hamisha ufunguo wa umma…',
    'Save the current public key (PEM) for those who verify certificates.':
        'Hifadhi ufunguo wa umma wa sasa (PEM) kwa wanaothibitisha vyeti.',
    'Active': 'Hai',
    'Retired': 'Umestaafishwa',
    'No: %1': 'Hapana: %1',
    'This centre has no signing key yet: certificates cannot be issued until you create one.':
        'Kituo hiki bado hakina ufunguo wa kusaini: vyeti haviwezi kutolewa mpaka utengeneze mmoja.',
    'The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here.':
        'Ufunguo binafsi wa %1 haupo kwenye kompyuta hii: vyeti vinaweza kutolewa pale tu ulipo. Unakili kutoka kompyuta ulipotengenezwa, au zungusha ufunguo hapa.',
    'New certificates are signed with key %1.': 'Vyeti vipya vinasainiwa kwa ufunguo %1.',
    'Rotate the signing key': 'Zungusha ufunguo wa kusaini',
    'Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key.':
        'Tengeneza ufunguo mpya wa kusaini kwa vyeti vipya? Ufunguo wa sasa unastaafishwa: vyeti ulivyosaini bado vinathibitishwa. Wanaothibitisha vyeti bila mtandao wanahitaji ufunguo mpya wa umma.',
    'Export public key': 'Hamisha ufunguo wa umma',
    'Public key (*.pem)': 'Ufunguo wa umma (*.pem)',
    'Public key %1 written to %2.': 'Ufunguo wa umma %1 umeandikwa kwenye %2.',
    # StandardsPage -----------------------------------------------------------------------------------
    'Search by code or title': 'Tafuta kwa msimbo au jina',
    'Details': 'Maelezo',
    '&Add': '&Ongeza',
    'Add under the selected item (Ins)': 'Ongeza chini ya kipengee kilichochaguliwa (Ins)',
    'Remo&ve': '&Ondoa',
    'Remove the selected item (Del)': 'Ondoa kipengee kilichochaguliwa (Del)',
    'Move &up': 'Sogeza &juu',
    'Move the selected item up (Ctrl+Up)': 'Sogeza kipengee kilichochaguliwa juu (Ctrl+Up)',
    'Move do&wn': 'Sogeza &chini',
    'Move the selected item down (Ctrl+Down)': 'Sogeza kipengee kilichochaguliwa chini (Ctrl+Down)',
    'New &version': 'Toleo &jipya',
    'Copy the selected qualification or unit as a draft with the next version number':
        'Nakili sifa au kipengele kilichochaguliwa kama rasimu yenye namba ya toleo inayofuata',
    '&Publish': '&Chapisha',
    'Make the selected draft current; the current version becomes superseded':
        'Fanya rasimu iliyochaguliwa kuwa ya sasa; toleo la sasa linapitwa',
    '&Import…': '&Ingiza…',
    'Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)':
        'Ingiza kiwango kutoka Excel (.xlsx), CASE (.json) au Moodle (.csv)',
    'E&xport…': '&Hamisha…',
    'Export the selected qualification to Excel or CASE JSON': 'Hamisha sifa iliyochaguliwa kwenda Excel au CASE JSON',
    '&Template…': '&Kiolezo…',
    'Save an empty, documented Excel workbook to fill in':
        'Hifadhi kitabu cha kazi cha Excel kitupu chenye maelezo ili kujaza',
    '&Element': '&Sehemu',
    '&Performance criterion': '&Kigezo cha utendaji',
    'Select an item in the tree to see and edit it.': 'Chagua kipengee kwenye mti ili kukiona na kukihariri.',
    'Standards': 'Viwango',
    'Units in no qualification': 'Vipengele visivyo kwenye sifa yoyote',
    'New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up.':
        'Matoleo mapya ya vipengele yanasubiri hapa mpaka toleo la sifa liyajumuishe: tengeneza toleo jipya la sifa ili kuyachukua.',
    'Version %1 · %2': 'Toleo %1 · %2',
    'Level %1 · version %2 · %3': 'Ngazi %1 · toleo %2 · %3',
    'version %1 · %2': 'toleo %1 · %2',
    '%1 · version %2 · %3 credits · %4': '%1 · toleo %2 · mikopo %3 · %4',
    'Element %1 of %2': 'Sehemu %1 ya %2',
    'Performance criterion %1 of %2': 'Kigezo cha utendaji %1 cha %2',
    'Only an administrator can change, import or export standards; you can look at them here.':
        'Msimamizi tu ndiye anaweza kubadilisha, kuingiza au kuhamisha viwango; unaweza kuviangalia hapa.',
    'Needs the administrator role': 'Inahitaji jukumu la msimamizi',
    'New awarding body': 'Chombo kipya cha utoaji tuzo',
    'New qualification': 'Sifa mpya',
    'New unit': 'Kipengele kipya',
    'Title of the new element:': 'Jina la sehemu mpya:',
    'Text of the new performance criterion:': 'Maandishi ya kigezo kipya cha utendaji:',
    'Remove the draft qualification %1? Its units stay.': 'Ondoa rasimu ya sifa %1? Vipengele vyake vinabaki.',
    'Take unit %1 out of this qualification? The unit itself stays.':
        'Toa kipengele %1 kwenye sifa hii? Kipengele chenyewe kinabaki.',
    'Remove element %1 and its performance criteria?': 'Ondoa sehemu %1 na vigezo vyake vya utendaji?',
    'Remove performance criterion %1?': 'Ondoa kigezo cha utendaji %1?',
    'Import a standard': 'Ingiza kiwango',
    'Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)':
        'Viwango (*.xlsx *.json *.csv);;Kitabu cha kazi cha Excel (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)',
    'Import': 'Ingiza',
    'Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.':
        'Imeingizwa %1 toleo %2: vipengele %3, sehemu %4, vigezo vya utendaji %5.',
    'Export a standard': 'Hamisha kiwango',
    'Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)': 'Kitabu cha kazi cha Excel (*.xlsx);;CASE 1.1 JSON (*.json)',
    'Export': 'Hamisha',
    'Save the standards template': 'Hifadhi kiolezo cha viwango',
    # Task --------------------------------------------------------------------------------------------
    'Cancel': 'Ghairi',
    # UnitForm ----------------------------------------------------------------------------------------
    'C&redits': 'Mi&kopo',
    '&Nominal hours': '&Saa za kawaida',
    # UserDialog --------------------------------------------------------------------------------------
    'Add user': 'Ongeza mtumiaji',
    'Change user %1': 'Badilisha mtumiaji %1',
    'Roles:': 'Majukumu:',
    'for assessors': 'kwa watathmini',
    'Assessor &registration no.:': 'Namba ya &usajili ya mtathmini:',
    'Expires on': 'Inaisha tarehe',
    'Registration:': 'Usajili:',
    'Give the user at least one role.': 'Mpe mtumiaji angalau jukumu moja.',
    # UserTableModel ----------------------------------------------------------------------------------
    '%1 (expired)': '%1 (imeisha)',
    'Deactivated': 'Amezimwa',
    'Locked': 'Amefungiwa',
    'User name': 'Jina la mtumiaji',
    'Full name': 'Jina kamili',
    'Roles': 'Majukumu',
    'Assessor registration no.': 'Namba ya usajili ya mtathmini',
    'Registration expires': 'Usajili unaisha',
    # UsersPage ---------------------------------------------------------------------------------------
    '&Add user…': '&Ongeza mtumiaji…',
    '&Change…': '&Badilisha…',
    '&Reset password…': '&Weka nenosiri jipya…',
    '&Deactivate': '&Zima',
    'Signing &keys…': 'Funguo za &kusaini…',
    "The centre's certificate signing keys: create, rotate, export the public key.":
        'Funguo za kusaini vyeti za kituo: tengeneza, zungusha, hamisha ufunguo wa umma.',
    'Users who have records are never deleted: deactivate them, and they can no longer sign in.':
        'Watumiaji wenye rekodi hawafutwi kamwe: wazime, na hawataweza kuingia tena.',
    'Users': 'Watumiaji',
    '%n user(s)': ['Mtumiaji %n', 'Watumiaji %n'],
    '&Activate': '&Washa',
    # VerifyDialog ------------------------------------------------------------------------------------
    'Verify a certificate': 'Thibitisha cheti',
    'Paste the text of the QR code (it starts with SA1.)': 'Bandika maandishi ya msimbo wa QR (yanaanza na SA1.)',
    'Open image or PDF…': 'Fungua picha au PDF…',
    'Open a certificate': 'Fungua cheti',
    'Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)': 'Vyeti (*.pdf *.png *.jpg *.jpeg);;Faili zote (*)',
    'No QR code was found in %1.': 'Hakuna msimbo wa QR uliopatikana kwenye %1.',
    'VALID': 'HALALI',
    'INVALID': 'SI HALALI',
    'REVOKED': 'KIMEBATILISHWA',
    'UNKNOWN KEY': 'UFUNGUO USIOJULIKANA',
    'UNTRUSTED KEY': 'UFUNGUO USIOAMINIKA',
    'UNKNOWN CERTIFICATE': 'CHETI KISICHOJULIKANA',
    'Serial: %1': 'Namba ya mfululizo: %1',
    'Name: %1': 'Jina: %1',
    'Qualification: %1': 'Sifa: %1',
    'Units: %1': 'Vipengele: %1',
    'Issued on: %1': 'Kimetolewa tarehe: %1',
    'Key: %1': 'Ufunguo: %1',
    # _Form -------------------------------------------------------------------------------------------
    '&Save': '&Hifadhi',
    'Save the changes (Ctrl+S)': 'Hifadhi mabadiliko (Ctrl+S)',
    'Re&vert': '&Rudisha',
}


# Qt's own words (ui/qt_strings.py): Qt has no Amharic or Swahili catalogue of its own ----
TRANSLATIONS.update({
    ('QPlatformTheme', 'OK'): 'Sawa',
    ('QPlatformTheme', 'Cancel'): 'Ghairi',
    ('QPlatformTheme', 'Save'): 'Hifadhi',
    ('QPlatformTheme', 'Open'): 'Fungua',
    ('QPlatformTheme', 'Close'): 'Funga',
    ('QPlatformTheme', '&Yes'): '&Ndiyo',
    ('QPlatformTheme', '&No'): '&Hapana',
    ('QPlatformTheme', 'Yes to &All'): 'Ndiyo kwa &zote',
    ('QPlatformTheme', 'N&o to All'): 'Hapana kwa z&ote',
    ('QPlatformTheme', 'Apply'): 'Tekeleza',
    ('QPlatformTheme', 'Reset'): 'Weka upya',
    ('QPlatformTheme', 'Help'): 'Msaada',
    ('QPlatformTheme', 'Discard'): 'Tupa',
    ('QPlatformTheme', 'Retry'): 'Jaribu tena',
    ('QPlatformTheme', 'Ignore'): 'Puuza',
    ('QPlatformTheme', 'Abort'): 'Sitisha',
    ('QPlatformTheme', 'Save All'): 'Hifadhi zote',
    ('QPlatformTheme', 'Restore Defaults'): 'Rejesha chaguo-msingi',
    ('QMessageBox', 'Show Details...'): 'Onyesha maelezo…',
    ('QMessageBox', 'Hide Details...'): 'Ficha maelezo…',
    ('QWizard', '< &Back'): '< &Nyuma',
    ('QWizard', '&Next >'): '&Endelea >',
    ('QWizard', '&Next'): '&Endelea',
    ('QWizard', '&Finish'): '&Maliza',
    ('QWizard', 'Cancel'): 'Ghairi',
    ('QWizard', 'Help'): 'Msaada',
    ('QWizard', 'Go Back'): 'Rudi nyuma',
    ('QWizard', 'Continue'): 'Endelea',
    ('QWizard', 'Commit'): 'Thibitisha',
    ('QWizard', 'Done'): 'Imekamilika',
    ('QFileDialog', 'File &name:'): '&Jina la faili:',
    ('QFileDialog', 'Directory:'): 'Folda:',
    ('QFileDialog', '&Open'): '&Fungua',
    ('QFileDialog', '&Save'): '&Hifadhi',
    ('QFileDialog', '&Choose'): '&Chagua',
    ('QFileDialog', 'Open'): 'Fungua',
    ('QFileDialog', 'Save As'): 'Hifadhi kama',
    ('QFileDialog', 'Find Directory'): 'Tafuta folda',
    ('QFileDialog', 'All Files (*)'): 'Faili zote (*)',
    ('QFileDialog', 'Back'): 'Nyuma',
    ('QFileDialog', 'Forward'): 'Mbele',
    ('QFileDialog', 'Parent Directory'): 'Folda mzazi',
    ('QFileDialog', 'Create New Folder'): 'Tengeneza folda mpya',
    ('QFileDialog', 'New Folder'): 'Folda mpya',
    ('QFileDialog', '&New Folder'): 'Folda &mpya',
    ('QFileDialog', 'List View'): 'Mwonekano wa orodha',
    ('QFileDialog', 'Detail View'): 'Mwonekano wa kina',
    ('QFileDialog', 'Recent Places'): 'Maeneo ya karibuni',
    ('QFileDialog', 'Sidebar'): 'Upau wa pembeni',
    ('QFileDialog', 'Show &hidden files'): 'Onyesha faili &zilizofichwa',
    ('QFileDialog', '&Delete'): '&Futa',
    ('QFileDialog', '&Rename'): '&Badilisha jina',
    ('QFileSystemModel', 'Name'): 'Jina',
    ('QFileSystemModel', 'Size'): 'Ukubwa',
    ('QFileSystemModel', 'Date Modified'): 'Tarehe ya kubadilishwa',
    ('QLineEdit', '&Undo'): '&Tendua',
    ('QLineEdit', '&Redo'): '&Rudia',
    ('QLineEdit', 'Cu&t'): '&Kata',
    ('QLineEdit', '&Copy'): '&Nakili',
    ('QLineEdit', '&Paste'): '&Bandika',
    ('QLineEdit', 'Delete'): 'Futa',
    ('QLineEdit', 'Select All'): 'Chagua zote',
    ('QWidgetTextControl', '&Undo'): '&Tendua',
    ('QWidgetTextControl', '&Redo'): '&Rudia',
    ('QWidgetTextControl', 'Cu&t'): '&Kata',
    ('QWidgetTextControl', '&Copy'): '&Nakili',
    ('QWidgetTextControl', '&Paste'): '&Bandika',
    ('QWidgetTextControl', 'Delete'): 'Futa',
    ('QWidgetTextControl', 'Select All'): 'Chagua zote',
})

# languages: record types of the audit log (lupdate did not see them through an alias) ----
TRANSLATIONS.update({
    ('AuditPage', 'Centre'): 'Kituo',
    ('AuditPage', 'Evidence'): 'Ushahidi',
    ('AuditPage', 'Assessment'): 'Tathmini',
    ('AuditPage', 'Amendment'): 'Marekebisho',
    ('AuditPage', 'Appeal'): 'Rufaa',
    ('AuditPage', 'Awarding body'): 'Chombo cha utoaji tuzo',
    ('AuditPage', 'Signatory'): 'Mtia saini',
    ('AuditPage', 'Signing key'): 'Ufunguo wa kusaini',
})

# languages: Qt 6's file dialog wording ("&Look in:"), which Qt's own fr and ar catalogues lack ----
TRANSLATIONS.update({
    ('QFileDialog', '&Look in:'): '&Tafuta ndani ya:',
    ('QFileDialog', 'Files of &type:'): 'Faili za &aina:',
    ('QAbstractFileIconProvider', 'Drive'): 'Diski',
    ('QAbstractFileIconProvider', 'Folder', 'All other platforms'): 'Folda',
    ('QFileDialog', 'Files'): 'Faili',
    ('QFileDialog', 'List of places and bookmarks'): 'Orodha ya maeneo na alamisho',
    ('QFileDialog', 'Go back'): 'Rudi nyuma',
    ('QFileDialog', 'Go forward'): 'Nenda mbele',
    ('QFileDialog', 'Go to the parent directory'): 'Nenda kwenye folda mzazi',
    ('QFileDialog', 'Create a New Folder'): 'Tengeneza folda mpya',
    ('QFileDialog', 'Change to list view mode'): 'Badilisha kwa mwonekano wa orodha',
    ('QFileDialog', 'Change to detail view mode'): 'Badilisha kwa mwonekano wa kina',
    ('QFileSystemModel', 'Computer'): 'Kompyuta',
    ('QFileSystemModel', 'Type', 'All other platforms'): 'Aina',
})

# languages: one digit convention, a choice in View → Language ----
TRANSLATIONS.update({
    ('MainWindow', 'Latin digits (0–9)'):
        'Tarakimu za Kilatini (0–9)',
    ('MainWindow', "Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)"):
        'Namba na tarehe kwa tarakimu 0–9 badala ya zile za lugha (inatumika baada ya kuanza upya)',
})

# languages: the assessment record and the self-assessment checklist, printed in the user's language ----
TRANSLATIONS.update({
    ('Messages', 'Competent (C)'):
        'Mahiri (C)',
    ('Messages', 'Not Yet Competent (NYC)'):
        'Bado si mahiri (NYC)',
    ('Messages', 'RPL granted'):
        'RPL imetolewa',
    ('Messages', 'Credit transfer (CT)'):
        'Uhamisho wa mikopo (CT)',
    ('Messages', 'Withdrawn'):
        'Amejiondoa',
    ('Messages', 'Observation'):
        'Uchunguzi',
    ('Messages', 'Questioning'):
        'Maswali',
    ('Messages', 'Product'):
        'Bidhaa',
    ('Messages', 'Third-party report'):
        'Ripoti ya mtu wa tatu',
    ('Messages', 'Portfolio'):
        'Jalada',
    ('Messages', 'Draft (not final)'):
        'Rasimu (si ya mwisho)',
    ('Messages', 'Submitted, awaiting verification'):
        'Imewasilishwa, inasubiri uhakiki',
    ('Messages', 'Verified'):
        'Imehakikiwa',
    ('Messages', 'Returned to the assessor'):
        'Imerudishwa kwa mtathmini',
    ('Messages', 'S'):
        'S',
    ('Messages', 'NYS'):
        'NYS',
    ('Messages', 'Recognition of Prior Learning'):
        'Utambuzi wa Mafunzo ya Awali',
    ('Messages', 'Training'):
        'Mafunzo',
    ('Messages', 'Signature:'):
        'Saini:',
    ('Messages', ' — from: {source}'):
        ' — kutoka: {source}',
    ('Messages', "Assessor's comments"):
        'Maoni ya mtathmini',
    ('Messages', 'Feedback given to the candidate'):
        'Mrejesho aliopewa mtahiniwa',
    ('Messages', 'Not declared.'):
        'Haijatangazwa.',
    ('Messages', 'Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}'):
        'Tathmini {id} — {regno} — {unit} jaribio {attempt} — imechapishwa {date}',
    ('Messages', 'Assessment record'):
        'Rekodi ya tathmini',
    ('Messages', '{code} version {version} — {title}'):
        '{code} toleo {version} — {title}',
    ('Messages', 'Attempt'):
        'Jaribio',
    ('Messages', 'Date and venue'):
        'Tarehe na mahali',
    ('Messages', 'Pathway'):
        'Njia',
    ('Messages', 'Methods used'):
        'Mbinu zilizotumika',
    ('Messages', 'Outcome'):
        'Matokeo',
    ('Messages', 'Performance criteria'):
        'Vigezo vya utendaji',
    ('Messages', 'Element {position}: {title}'):
        'Sehemu {position}: {title}',
    ('Messages', 'S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.'):
        'S = Inaridhisha; NYS = Bado hairidhishi; — = haijatathminiwa.',
    ('Messages', 'Conflict of interest'):
        'Mgongano wa maslahi',
    ('Messages', 'The assessor declared a conflict of interest: {details}'):
        'Mtathmini ametangaza mgongano wa maslahi: {details}',
    ('Messages', 'The assessor declared no conflict of interest with this candidate.'):
        'Mtathmini ametangaza kwamba hana mgongano wa maslahi na mtahiniwa huyu.',
    ('Messages', 'Status: {status}. This record is not final until it is verified.'):
        'Hali: {status}. Rekodi hii si ya mwisho mpaka ihakikiwe.',
    ('Messages', 'No.'):
        'Na.',
    ('Messages', 'Judgement'):
        'Uamuzi',
    ('Messages', 'Criteria not yet Satisfactory: {criteria}'):
        'Vigezo ambavyo bado haviridhishi: {criteria}',
    ('Messages', 'Returned by the verifier'):
        'Imerudishwa na mhakiki',
    ('Messages', 'Amendments after verification'):
        'Marekebisho baada ya uhakiki',
    ('Messages', 'Attempts at this unit'):
        'Majaribio ya kipengele hiki',
    ('Messages', 'Page {page}'):
        'Ukurasa {page}',
    ('Messages', 'Assessor'):
        'Mtathmini',
    ('Messages', 'Verifier'):
        'Mhakiki',
    ('Messages', 'Submitted: {date}'):
        'Imewasilishwa: {date}',
    ('Messages', 'Verified: {date}'):
        'Imehakikiwa: {date}',
    ('Messages', 'Sign-off'):
        'Uidhinishaji',
    ('Messages', 'Attempt {attempt}: {date}, {outcome}, {status}'):
        'Jaribio {attempt}: {date}, {outcome}, {status}',
    ('Messages', 'no outcome'):
        'hakuna matokeo',
    ('Messages', 'Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.'):
        'Soma kila kauli na uweke alama kwenye kisanduku kimoja tu: Naweza kufanya hili (peke yangu, kwa kiwango kinachotakiwa), Kwa msaada (nimefanya hivyo nikiongozwa na mtu), au Bado. Hakuna jibu lisilo sahihi: majibu yako yanamsaidia mtathmini kupanga atakachoangalia pamoja nawe.',
    ('Messages', 'I can do this'):
        'Naweza kufanya hili',
    ('Messages', 'With help'):
        'Kwa msaada',
    ('Messages', 'Not yet'):
        'Bado',
    ('Messages', '{regno} · {qualification} · self-assessment'):
        '{regno} · {qualification} · kujitathmini',
    ('Messages', 'Self-assessment checklist'):
        'Orodha hakiki ya kujitathmini',
    ('Messages', 'Registration number'):
        'Namba ya usajili',
    ('Messages', "Candidate's signature"):
        'Saini ya mtahiniwa',
    ('Messages', "Assessor's signature"):
        'Saini ya mtathmini',
})

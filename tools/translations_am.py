"""Amharic (አማርኛ) translations of the interface and of the services' sentences (the reference:
tools/update_translations.py writes them into resources/translations/skillassess_am.ts).

Keys: "source" (any context), ("Context", "source") or ("Context", "source", "disambiguation").
Plural (%n) messages: [one (0 and 1), other].
Terms (Ethiopian TVET, occupational standards and COC assessment):
ብቁ competent, ገና ብቁ ያልሆነ not yet competent, መዛኝ assessor, ተመዛኝ candidate, አረጋጋጭ verifier,
ምዘና assessment, ብቃት qualification, የሙያ ደረጃ occupational standard, አሃድ unit (of competency),
ንጥል element, የአፈጻጸም መስፈርት performance criterion, አጥጋቢ / ገና አጥጋቢ ያልሆነ satisfactory / not yet,
ቀደም ሲል የተገኘ ትምህርት ዕውቅና (RPL) Recognition of Prior Learning, የማስረጃ ማህደር portfolio of evidence,
የምስክር ወረቀት certificate, የክንውን ማረጋገጫ statement of attainment, ሬጅስትራር registrar,
የመረጃ ቋት database, ምትኬ backup, የኦዲት መዝገብ audit log, የፊርማ ቁልፍ signing key, የወል ቁልፍ public key.
Mnemonics: "&" before the first letter (Alt+letter needs an Ethiopic keyboard; the menus work without).
"""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    # AboutDialog -------------------------------------------------------------------------------------
    'About SkillAssess': 'ስለ SkillAssess',
    'Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.':
        'የብቃት ደረጃዎች፣ የተግባር ምዘናዎች፣ ቀደም ሲል የተገኘ ትምህርት ዕውቅና (RPL) እና የምስክር ወረቀቶች ለቴክኒክና ሙያ ማዕከላት፣ ያለ ኢንተርኔት።',
    'Data folder: %1': 'የመረጃ አቃፊ፦ %1',
    'Database: %1': 'የመረጃ ቋት፦ %1',
    'Built with Python %1 and Qt %2.': 'በPython %1 እና Qt %2 የተሠራ።',
    'SkillAssess is free software under the GNU General Public License, version 3 or later. It bundles the software below, each under its own licence: select one to read its licence.':
        'SkillAssess በGNU General Public License ስሪት 3 ወይም ከዚያ በኋላ ባለው ሥር ነፃ ሶፍትዌር ነው። ከዚህ በታች ያሉትን ሶፍትዌሮች ይዟል፤ እያንዳንዱ በራሱ ፈቃድ ሥር ነው፦ ፈቃዱን ለማንበብ አንዱን ይምረጡ።',
    'Software': 'ሶፍትዌር',
    'Version': 'ስሪት',
    'Licence': 'ፈቃድ',
    'Open data folder': 'የመረጃ አቃፊውን ክፈት',
    'The licence text %1 is missing: reinstall SkillAssess.': 'የፈቃዱ ጽሑፍ %1 የለም፦ SkillAssessን እንደገና ይጫኑ።',
    # AddEvidenceDialog -------------------------------------------------------------------------------
    'Add evidence': 'ማስረጃ ጨምር',
    'File': 'ፋይል',
    'Type': 'ዓይነት',
    'Description': 'መግለጫ',
    'Date of the evidence': 'የማስረጃው ቀን',
    'Criteria it supports': 'የሚደግፋቸው መስፈርቶች',
    # AdminPage ---------------------------------------------------------------------------------------
    'The first administrator': 'የመጀመሪያው አስተዳዳሪ',
    'This person adds the other users. Choose a password of at least %1 characters.':
        'ይህ ሰው ሌሎቹን ተጠቃሚዎች ይጨምራል። ቢያንስ %1 ፊደላት ያሉት የይለፍ ቃል ይምረጡ።',
    '&User name:': '&የተጠቃሚ ስም፦',
    '&Full name:': '&ሙሉ ስም፦',
    '&Password:': '&የይለፍ ቃል፦',
    'Password &again:': '&የይለፍ ቃል በድጋሚ፦',
    'The two passwords differ; type them again.': 'ሁለቱ የይለፍ ቃላት ይለያያሉ፤ እንደገና ይጻፏቸው።',
    'The password needs at least %1 characters.': 'የይለፍ ቃሉ ቢያንስ %1 ፊደላት ያስፈልጉታል።',
    # AmendDialog -------------------------------------------------------------------------------------
    'Amend a verified result': 'የተረጋገጠ ውጤት አስተካክል',
    'Why the verified result is corrected (required)': 'የተረጋገጠው ውጤት ለምን እንደሚስተካከል (አስፈላጊ)',
    'Criterion': 'መስፈርት',
    'Judgement': 'ውሳኔ',
    'Not assessed': 'ያልተመዘነ',
    'Outcome:': 'ውጤት፦',
    'Methods:': 'ዘዴዎች፦',
    'Criteria:': 'መስፈርቶች፦',
    'Date:': 'ቀን፦',
    'Venue:': 'ቦታ፦',
    'Comments:': 'አስተያየት፦',
    'Feedback:': 'ግብረ መልስ፦',
    'Reason:': 'ምክንያት፦',
    # App ---------------------------------------------------------------------------------------------
    'Database missing': 'የመረጃ ቋቱ የለም',
    "The centre's database %1 is missing, but there is a backup of it made %2.":
        'የማዕከሉ የመረጃ ቋት %1 የለም፤ ነገር ግን %2 የተሠራ ምትኬ አለ።',
    'Restore the backup, or start a new, empty database?': 'ምትኬውን መልስ ወይስ አዲስ ባዶ የመረጃ ቋት ጀምር?',
    'Restore the backup': 'ምትኬውን መልስ',
    'Start a new database': 'አዲስ የመረጃ ቋት ጀምር',
    'Cannot open database': 'የመረጃ ቋቱን መክፈት አልተቻለም',
    # AppealDialog ------------------------------------------------------------------------------------
    'Record an appeal': 'ይግባኝ መዝግብ',
    'Lodged on:': 'የቀረበበት ቀን፦',
    'Grounds:': 'የይግባኙ ምክንያቶች፦',
    'Independent reviewer:': 'ገለልተኛ ገምጋሚ፦',
    'Decide the appeal': 'በይግባኙ ላይ ወስን',
    'Open a new attempt': 'አዲስ ሙከራ ክፈት',
    'Decision:': 'ውሳኔ፦',
    'Notes:': 'ማስታወሻ፦',
    # AssessmentGridTableModel ------------------------------------------------------------------------
    'Element %1: %2': 'ንጥል %1፦ %2',
    ('AssessmentGridTableModel', 'S', 'Satisfactory, in a grid cell'): 'S',
    ('AssessmentGridTableModel', 'N', 'Not yet satisfactory, in a grid cell'): 'N',
    ('AssessmentGridTableModel', 'S!', 'Satisfactory typed but not saved, in a grid cell'): 'S!',
    ('AssessmentGridTableModel', 'N!', 'Not yet satisfactory typed but not saved, in a grid cell'): 'N!',
    'Not saved: %1 Type the value again to retry.': 'አልተቀመጠም፦ %1 እንደገና ለመሞከር እሴቱን በድጋሚ ይጻፉ።',
    'Performance criterion': 'የአፈጻጸም መስፈርት',
    'attempt %1': 'ሙከራ %1',
    '%1, attempt %2: %3': '%1፣ ሙከራ %2፦ %3',
    # AssessmentTableModel ----------------------------------------------------------------------------
    'Date': 'ቀን',
    'Registration no.': 'የምዝገባ ቁ.',
    'Candidate': 'ተመዛኝ',
    'Unit': 'አሃድ',
    'Unit title': 'የአሃዱ ርዕስ',
    'Attempt': 'ሙከራ',
    'Status': 'ሁኔታ',
    'Outcome': 'ውጤት',
    'Assessor': 'መዛኝ',
    'Verifier': 'አረጋጋጭ',
    # AssessmentsPage ---------------------------------------------------------------------------------
    'All statuses': 'ሁሉም ሁኔታዎች',
    'Plan session…': 'የምዘና ክፍለ ጊዜ አቅድ…',
    'Record…': 'መዝግብ…',
    'Progress…': 'ሂደት…',
    'Print record…': 'መዝገቡን አትም…',
    'Status:': 'ሁኔታ፦',
    'Assessments': 'ምዘናዎች',
    '%n assessment(s)': ['%n ምዘና', '%n ምዘናዎች'],
    'Save assessment record': 'የምዘና መዝገቡን አስቀምጥ',
    'PDF (*.pdf)': 'PDF (*.pdf)',
    # AuditPage ---------------------------------------------------------------------------------------
    'From': 'ከ',
    'to': 'እስከ',
    '&Check the log': '&መዝገቡን ፈትሽ',
    'Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows.':
        'የሃሽ ሰንሰለቱን እንደገና አስላ፣ እያንዳንዱን መዝገብ መዝገቡ ከሚለው ጋር አወዳድር፣ መዝገቡንም ከማረጋገጫ ነጥቡ ጋር አወዳድር፦ የተለወጠ ወይም የተወገደ ማንኛውም ግቤት እና ከSkillAssess ውጭ የተለወጠ ማንኛውም መዝገብ ይታያል።',
    '&Record the loss…': '&መጥፋቱን መዝግብ…',
    'When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on.':
        'መዝገቡ ማረጋገጫ ነጥቡ የሚመዘግባቸውን ግቤቶች ሲያጣ እና ምንም ምትኬ መመለስ ካልተቻለ፦ ሥራው እንዲቀጥል መጥፋቱን በመዝገቡ ውስጥ ጻፍ።',
    'Record type:': 'የመዝገብ ዓይነት፦',
    'User:': 'ተጠቃሚ፦',
    'Select an entry to see the values before and after.': 'በፊት እና በኋላ ያሉትን እሴቶች ለማየት ግቤት ይምረጡ።',
    'Audit log': 'የኦዲት መዝገብ',
    'All record types': 'ሁሉም የመዝገብ ዓይነቶች',
    'All users': 'ሁሉም ተጠቃሚዎች',
    '%n entry(ies)': ['%n ግቤት', '%n ግቤቶች'],
    'Entry %1: %2 %3 %4 by %5': 'ግቤት %1፦ %2 %3 %4 በ%5',
    'Changes:': 'ለውጦች፦',
    'Before': 'በፊት',
    'After': 'በኋላ',
    'Checking the audit log…': 'የኦዲት መዝገቡ እየተፈተሸ ነው…',
    'Record in the audit log that entries it held are lost?\n\n%1\n\nRestore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on.':
        'መዝገቡ ይዟቸው የነበሩ ግቤቶች መጥፋታቸው በኦዲት መዝገቡ ይመዝገብ?\n\n%1\n\nከተቻለ በምትኩ የቅርብ ጊዜውን ምትኬ ይመልሱ። መጥፋቱን መመዝገብ ማረጋገጫ ነጥቡ ያለውን ይጠብቃል፣ ግቤቶቻቸው የጠፉ መዝገቦችን አሁን ባሉበት ይመዘግባል፣ ሥራውም እንዲቀጥል ያደርጋል።',
    'Record the loss': 'መጥፋቱን መዝግብ',
    # AuditTableModel ---------------------------------------------------------------------------------
    'No.': 'ቁ.',
    'When': 'መቼ',
    'User': 'ተጠቃሚ',
    'Action': 'ድርጊት',
    'Record type': 'የመዝገብ ዓይነት',
    'Record': 'መዝገብ',
    'Fields': 'መስኮች',
    # AuditTexts --------------------------------------------------------------------------------------
    '%n record(s) differ from the audit log: changed outside SkillAssess.':
        ['%n መዝገብ ከኦዲት መዝገቡ ይለያል፦ ከSkillAssess ውጭ ተለውጧል።', '%n መዝገቦች ከኦዲት መዝገቡ ይለያሉ፦ ከSkillAssess ውጭ ተለውጠዋል።'],
    'The audit log is intact: %n entry(ies) checked; every record matches it.':
        ['የኦዲት መዝገቡ ያልተነካ ነው፦ %n ግቤት ተፈትሿል፤ እያንዳንዱ መዝገብ ይስማማል።', 'የኦዲት መዝገቡ ያልተነካ ነው፦ %n ግቤቶች ተፈትሸዋል፤ እያንዳንዱ መዝገብ ይስማማል።'],
    '… and %n more.': ['… እና ሌላ %n።', '… እና ሌሎች %n።'],
    '%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.':
        '%1 (%2)፣ %3፦ የኦዲት መዝገቡ (ግቤት %4) %5 ይላል፤ የመረጃ ቋቱ %6 ይዟል።',
    '%1 (%2): no audit entry records this record; it was added outside SkillAssess.':
        '%1 (%2)፦ ይህን መዝገብ የሚመዘግብ የኦዲት ግቤት የለም፤ ከSkillAssess ውጭ ተጨምሯል።',
    '%1 (%2): the audit log (entry %3) records it, but it is no longer in the database.':
        '%1 (%2)፦ የኦዲት መዝገቡ (ግቤት %3) ይመዘግበዋል፤ ነገር ግን በመረጃ ቋቱ ውስጥ የለም።',
    '%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.':
        '%1 (%2)፦ የኦዲት መዝገቡ (ግቤት %3) መሰረዙን ይመዘግባል፤ ነገር ግን በመረጃ ቋቱ ውስጥ አለ።',
    'The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.':
        '%1 የተጻፈው የኦዲት ማረጋገጫ ነጥብ %2 ግቤቶችን ይመዘግባል፤ የመረጃ ቋቱ ግን %3 ይዟል፦ የቅርብ ጊዜዎቹ ለውጦች የሉም (ከብልሽት በኋላ የጠፋ -wal ፋይል፣ ወይም የተሰረዙ ግቤቶች)። የቅርብ ጊዜውን ምትኬ ይመልሱ፣ ወይም አስተዳዳሪ በኦዲት መዝገብ ገጽ ላይ መጥፋቱን ይመዝግብ፤ እስከዚያ ምንም ነገር ሊቀመጥ አይችልም።',
    'The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.':
        'የኦዲት መዝገቡ የ%1 ማረጋገጫ ነጥቡ የሚመዘግባቸውን ግቤቶች ከእንግዲህ አይዝም፦ እንደገና ተጽፏል ወይም ተተክቷል። የቅርብ ጊዜውን ምትኬ ይመልሱ፣ ወይም አስተዳዳሪ በኦዲት መዝገብ ገጽ ላይ መጥፋቱን ይመዝግብ፤ እስከዚያ ምንም ነገር ሊቀመጥ አይችልም።',
    'The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess.':
        'የኦዲት ማረጋገጫ ነጥብ %1 ከፊርማው ጋር አይስማማም፦ ከSkillAssess ውጭ ተለውጧል።',
    'There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it.':
        'የኦዲት ማረጋገጫ ነጥብ (%1) የለም፤ ስለዚህ የመዝገቡ የቅርብ ጊዜ ግቤቶች መወገድ ሊታወቅ አልተቻለም። የመረጃ ቋቱን ከገለበጡ፣ የ.checkpoint ፋይሉንም አብረው ይገልብጡ።',
    'The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one.':
        'የኦዲት ማረጋገጫ ነጥብ %1 ጥቅም ላይ አልዋለም፦ ይህ ኮምፒውተር በማያውቀው ቁልፍ ተፈርሟል፣ ወይም ሊነበብ አይችልም። ቀጣዩ ለውጥ አዲስ ይጽፋል።',
    'The audit log is empty; there is no checkpoint yet.': 'የኦዲት መዝገቡ ባዶ ነው፤ እስካሁን ማረጋገጫ ነጥብ የለም።',
    'The audit checkpoint of %1 (%2 entries) is contained in the log.': 'የ%1 የኦዲት ማረጋገጫ ነጥብ (%2 ግቤቶች) በመዝገቡ ውስጥ ይገኛል።',
    'The audit log is broken at entry %1: %2.': 'የኦዲት መዝገቡ በግቤት %1 ላይ ተሰብሯል፦ %2።',
    'The audit log has lost entries': 'የኦዲት መዝገቡ ግቤቶችን አጥቷል',
    # BackupSettingsDialog ----------------------------------------------------------------------------
    'Backup settings': 'የምትኬ ቅንብሮች',
    'On the first start of each day SkillAssess writes a backup of the database, its evidence files, the audit checkpoint and the signing keys. These settings belong to this computer.':
        'SkillAssess በየቀኑ የመጀመሪያ አጀማመር ላይ የመረጃ ቋቱን፣ የማስረጃ ፋይሎቹን፣ የኦዲት ማረጋገጫ ነጥቡን እና የፊርማ ቁልፎቹን ምትኬ ይጽፋል። እነዚህ ቅንብሮች የዚህ ኮምፒውተር ናቸው።',
    'No daily backup': 'ዕለታዊ ምትኬ የለም',
    'None (for example a USB stick)': 'የለም (ለምሳሌ የUSB ፍላሽ)',
    '&Browse…': '&አስስ…',
    'C&lear': '&አጽዳ',
    '%1, made %2': '%1፣ የተሠራው %2',
    'None yet': 'እስካሁን የለም',
    '&Daily backups to keep:': '&የሚቀመጡ ዕለታዊ ምትኬዎች፦',
    '&Second folder:': '&ሁለተኛ አቃፊ፦',
    'Backup folder:': 'የምትኬ አቃፊ፦',
    'Newest backup:': 'የቅርብ ጊዜ ምትኬ፦',
    'Second backup folder': 'ሁለተኛ የምትኬ አቃፊ',
    'There is no folder %1; plug the USB stick in or choose another folder.':
        'አቃፊ %1 የለም፤ የUSB ፍላሹን ይሰኩ ወይም ሌላ አቃፊ ይምረጡ።',
    # Backups -----------------------------------------------------------------------------------------
    'SkillAssess backup (%1);;All files (*)': 'የSkillAssess ምትኬ (%1);;ሁሉም ፋይሎች (*)',
    'Damaged database': 'የተበላሸ የመረጃ ቋት',
    'The database file %1 is damaged, so SkillAssess will not write to it.':
        'የመረጃ ቋት ፋይሉ %1 ተበላሽቷል፤ ስለዚህ SkillAssess በእሱ ላይ አይጽፍም።',
    'The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside the restored one.':
        'የቅርብ ጊዜው ምትኬ %1 ነው፤ የተሠራው %2። ሥራውን ለመቀጠል ይመልሱት፤ የተበላሸው ፋይል ከተመለሰው ጎን ይቀመጣል።',
    'Restore the newest backup': 'የቅርብ ጊዜውን ምትኬ መልስ',
    'No backup of it was found on this computer. If you have one (on a USB stick, for example), restore it; the damaged file is kept beside the restored one.':
        'በዚህ ኮምፒውተር ላይ የእሱ ምትኬ አልተገኘም። ካለዎት (ለምሳሌ በUSB ፍላሽ ላይ) ይመልሱት፤ የተበላሸው ፋይል ከተመለሰው ጎን ይቀመጣል።',
    'Restore from a file…': 'ከፋይል መልስ…',
    'Restore from backup': 'ከምትኬ መልስ',
    'Replace the database %1 (last changed %2) with the backup made %3?':
        'የመረጃ ቋቱ %1 (መጨረሻ የተለወጠው %2) %3 በተሠራው ምትኬ ይተካ?',
    'Put the backup made %1 in place as the database %2?': '%1 የተሠራው ምትኬ የመረጃ ቋት %2 ሆኖ ይቀመጥ?',
    'The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is replaced is kept beside the database as a copy, so nothing is lost.':
        'ምትኬው ሁሉንም ፍተሻዎች አልፏል። ከ%1 የመጣ ሲሆን %2 ተመዛኞች፣ %3 ምዘናዎች እና %4 የምስክር ወረቀቶች ይዟል። የማስረጃ ፋይሎቹ፣ የኦዲት ማረጋገጫ ነጥቡ እና የፊርማ ቁልፎቹም ይተካሉ፤ የሚተካው ከመረጃ ቋቱ ጎን እንደ ቅጂ ይቀመጣል፣ ስለዚህ ምንም አይጠፋም።',
    'Replace the database': 'የመረጃ ቋቱን ተካ',
    'Checking %1…': '%1 እየተፈተሸ ነው…',
    'Putting the backup in place…': 'ምትኬው በቦታው እየተቀመጠ ነው…',
    'The database was restored from %1.': 'የመረጃ ቋቱ ከ%1 ተመልሷል።',
    'The database it replaced is kept as %1.': 'የተተካው የመረጃ ቋት %1 ሆኖ ተቀምጧል።',
    'Backup written to %1.': 'ምትኬ ወደ %1 ተጽፏል።',
    'Copied to %1.': 'ወደ %1 ተገልብጧል።',
    'Back up now': 'አሁን ምትኬ ያዝ',
    'The PostgreSQL database itself is not in the archive; back it up with: %1':
        'የPostgreSQL የመረጃ ቋቱ ራሱ በማህደሩ ውስጥ የለም፤ በዚህ ምትኬ ይያዙለት፦ %1',
    'Writing the backup…': 'ምትኬው እየተጻፈ ነው…',
    'Check database': 'የመረጃ ቋቱን ፈትሽ',
    "The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).":
        'የመረጃ ቋት ፋይሉ %1 ጤናማ ነው፦ የSQLite ሙሉ የታማኝነት ፍተሻ ምንም ችግር አላገኘም (%2 ሰከንድ)።',
    'Checking every page, table and index of %1…': 'የ%1 እያንዳንዱ ገጽ፣ ሰንጠረዥ እና ማውጫ እየተፈተሸ ነው…',
    'The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the data folder only.':
        'ሁለተኛው የምትኬ አቃፊ %1 የለም (የUSB ፍላሹ ተሰክቷል?)፤ ምትኬው በመረጃ አቃፊው ውስጥ ብቻ ነው።',
    'Daily backup': 'ዕለታዊ ምትኬ',
    "Today's backup was written to %1.": 'የዛሬው ምትኬ ወደ %1 ተጽፏል።',
    'Daily backup written to %1': 'ዕለታዊ ምትኬ ወደ %1 ተጽፏል',
    'The daily backup could not be written: %1': 'ዕለታዊ ምትኬው ሊጻፍ አልቻለም፦ %1',
    # BodyForm ----------------------------------------------------------------------------------------
    'Code': 'ኮድ',
    '&Name': '&ስም',
    'Co&untry': '&አገር',
    '&Level scale': '&የደረጃ መለኪያ',
    # CandidateDialog ---------------------------------------------------------------------------------
    'Not given': 'አልተሰጠም',
    'New candidate': 'አዲስ ተመዛኝ',
    'Given when saved': 'ሲቀመጥ ይሰጣል',
    'The full name in Amharic, Arabic or another script, as the candidate writes it':
        'ሙሉ ስም በአማርኛ፣ በዓረብኛ ወይም በሌላ ፊደል፣ ተመዛኙ እንደሚጽፈው',
    'Choose…': 'ምረጥ…',
    'Choose photo…': 'ፎቶ ምረጥ…',
    'Remove photo': 'ፎቶውን አስወግድ',
    'Family name *': 'የአያት ስም *',
    'Given names *': 'ስም *',
    'Name in local script': 'ስም በአገር ውስጥ ፊደል',
    'Sex *': 'ጾታ *',
    'Date of birth': 'የትውልድ ቀን',
    'ID document': 'የመታወቂያ ሰነድ',
    'ID number': 'የመታወቂያ ቁጥር',
    'Nationality': 'ዜግነት',
    'Disability': 'አካል ጉዳት',
    'Disability details': 'የአካል ጉዳት ዝርዝር',
    'Phone': 'ስልክ',
    'E-mail': 'ኢሜይል',
    'Address': 'አድራሻ',
    'Education': 'ትምህርት',
    'Occupation': 'ሥራ',
    'Years of experience': 'የሥራ ልምድ ዓመታት',
    'Notes': 'ማስታወሻ',
    'Candidate %1': 'ተመዛኝ %1',
    'Choose photo': 'ፎቶ ምረጥ',
    'Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)': 'ምስሎች (*.png *.jpg *.jpeg *.bmp *.gif *.webp)',
    'Cannot read %1: %2': '%1ን ማንበብ አልተቻለም፦ %2',
    '%1 is not a picture this application can read.': '%1 ይህ መተግበሪያ ሊያነበው የሚችል ምስል አይደለም።',
    'No photo': 'ፎቶ የለም',
    'Open %1': '%1ን ክፈት',
    'Not saved: correct the fields marked in red.': 'አልተቀመጠም፦ በቀይ የተለዩትን መስኮች ያስተካክሉ።',
    'Check the warning above; press Save again to save anyway.': 'ከላይ ያለውን ማስጠንቀቂያ ይመልከቱ፤ ቢሆንም ለማስቀመጥ አስቀምጥን እንደገና ይጫኑ።',
    'Sign in to register candidates.': 'ተመዛኞችን ለመመዝገብ ይግቡ።',
    # CandidatePanel ----------------------------------------------------------------------------------
    'Methods used': 'ጥቅም ላይ የዋሉ ዘዴዎች',
    'Not declared yet': 'እስካሁን አልተገለጸም',
    'No conflict of interest': 'የጥቅም ግጭት የለም',
    'Conflict of interest (describe)': 'የጥቅም ግጭት (ይግለጹ)',
    'For example: the candidate is a relative': 'ለምሳሌ፦ ተመዛኙ ዘመድ ነው',
    "Assessor's comments": 'የመዛኙ አስተያየት',
    'Feedback given to the candidate': 'ለተመዛኙ የተሰጠ ግብረ መልስ',
    'No outcome yet': 'እስካሁን ውጤት የለም',
    'Credit transfer: earlier qualification and who issued it': 'የክሬዲት ዝውውር፦ ቀደም ሲል የተገኘው ብቃት እና የሰጠው አካል',
    'Conflict of interest:': 'የጥቅም ግጭት፦',
    'Submit': 'አቅርብ',
    'Verify': 'አረጋግጥ',
    'Return…': 'መልስ…',
    'Amend…': 'አስተካክል…',
    'New attempt': 'አዲስ ሙከራ',
    'Appeal…': 'ይግባኝ…',
    'History': 'ታሪክ',
    "Choose a candidate's column in the grid.": 'በሰንጠረዡ ውስጥ የተመዛኝ ዓምድ ይምረጡ።',
    'Attempt %1 · %2': 'ሙከራ %1 · %2',
    'verified by %1': 'ያረጋገጠው %1',
    'assessor: %1': 'መዛኝ፦ %1',
    'Returned: %1': 'የተመለሰ፦ %1',
    'Decide appeal…': 'በይግባኝ ላይ ወስን…',
    'Not yet Satisfactory or not assessed: %1': 'ገና አጥጋቢ ያልሆነ ወይም ያልተመዘነ፦ %1',
    'No method recorded.': 'ምንም ዘዴ አልተመዘገበም።',
    'Competent is blocked. ': 'ብቁ መመዝገብ ታግዷል። ',
    'Every criterion is Satisfactory: Competent can be recorded.': 'እያንዳንዱ መስፈርት አጥጋቢ ነው፦ ብቁ ሊመዘገብ ይችላል።',
    'Attempt %1, %2: %3, %4': 'ሙከራ %1፣ %2፦ %3፣ %4',
    'no outcome': 'ውጤት የለም',
    'Amended by %1: %2': 'በ%1 የተስተካከለ፦ %2',
    'Appeal of %1: %2 (%3)': 'የ%1 ይግባኝ፦ %2 (%3)',
    'Saved: %1': 'ተቀምጧል፦ %1',
    'methods': 'ዘዴዎች',
    'Describe the conflict of interest, then press Enter.': 'የጥቅም ግጭቱን ይግለጹ፣ ከዚያ Enter ይጫኑ።',
    'conflict of interest': 'የጥቅም ግጭት',
    'comments and feedback': 'አስተያየት እና ግብረ መልስ',
    'Type the source of the credit transfer, then press Enter.': 'የክሬዲት ዝውውሩን ምንጭ ይጻፉ፣ ከዚያ Enter ይጫኑ።',
    'outcome': 'ውጤት',
    'submitted for verification': 'ለማረጋገጫ ቀርቧል',
    'verified and locked': 'ተረጋግጧል፣ ተቆልፏል',
    'Return to the assessor': 'ወደ መዛኙ መልስ',
    'What must the assessor fix?': 'መዛኙ ምን ማስተካከል አለበት?',
    'returned to the assessor': 'ወደ መዛኙ ተመልሷል',
    'amendment': 'ማስተካከያ',
    'new attempt opened': 'አዲስ ሙከራ ተከፍቷል',
    'appeal decided': 'በይግባኙ ላይ ተወስኗል',
    'appeal recorded': 'ይግባኝ ተመዝግቧል',
    'Wrote %1': '%1 ተጽፏል',
    # CandidateTableModel -----------------------------------------------------------------------------
    'Family name': 'የአያት ስም',
    'Given names': 'ስም',
    'Sex': 'ጾታ',
    'Qualification': 'ብቃት',
    'Stage': 'ምዕራፍ',
    # CandidatesPage ----------------------------------------------------------------------------------
    'Search by name (any script), registration number or ID': 'በስም (በማንኛውም ፊደል)፣ በምዝገባ ቁጥር ወይም በመታወቂያ ፈልግ',
    'Any sex': 'ማንኛውም ጾታ',
    'Any stage': 'ማንኛውም ምዕራፍ',
    'New candidate…': 'አዲስ ተመዛኝ…',
    'Edit…': 'አርትዕ…',
    'Enrol…': 'አስመዝግብ…',
    'RPL step…': 'የRPL ደረጃ…',
    'Self-assessment…': 'የራስ ምዘና…',
    'Evidence…': 'ማስረጃ…',
    'Import from Excel…': 'ከExcel አስገባ…',
    'Excel template…': 'የExcel አብነት…',
    'Candidates': 'ተመዛኞች',
    'Any qualification': 'ማንኛውም ብቃት',
    '%n candidate(s)': ['%n ተመዛኝ', '%n ተመዛኞች'],
    'Not enrolled yet.': 'እስካሁን አልተመዘገበም።',
    'stage: %1': 'ምዕራፍ፦ %1',
    'Enrol the candidate in a qualification first.': 'መጀመሪያ ተመዛኙን በብቃት ያስመዝግቡ።',
    'Self-assessment': 'የራስ ምዘና',
    'Enrolment': 'ምዝገባ',
    'Save Excel template': 'የExcel አብነቱን አስቀምጥ',
    'Excel workbook (*.xlsx)': 'የExcel የሥራ መጽሐፍ (*.xlsx)',
    'Import candidates': 'ተመዛኞችን አስገባ',
    'Importing %1…': '%1 እየገባ ነው…',
    '%n candidate(s) imported.': ['%n ተመዛኝ ገብቷል።', '%n ተመዛኞች ገብተዋል።'],
    '%n already registered, not imported again:': ['%n ቀድሞ ተመዝግቧል፣ እንደገና አልገባም፦', '%n ቀድመው ተመዝግበዋል፣ እንደገና አልገቡም፦'],
    'Row %1: %2': 'ረድፍ %1፦ %2',
    # CentrePage --------------------------------------------------------------------------------------
    'Your centre': 'የእርስዎ ማዕከል',
    'These appear on certificates and reports. An administrator can change them later.':
        'እነዚህ በምስክር ወረቀቶች እና በሪፖርቶች ላይ ይታያሉ። አስተዳዳሪ በኋላ ሊቀይራቸው ይችላል።',
    'e.g. ACC': 'ለምሳሌ ACC',
    'No logo': 'አርማ የለም',
    'Choose &logo…': '&አርማ ምረጥ…',
    'Centre &name:': '&የማዕከሉ ስም፦',
    'Centre &code:': '&የማዕከሉ ኮድ፦',
    'C&ountry:': '&አገር፦',
    '&Address:': '&አድራሻ፦',
    'Logo:': 'አርማ፦',
    'The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number.':
        'የማዕከሉ ኮድ እስከ 20 ፊደላት፣ አሃዞች ወይም ሰረዞች ሊኖሩት ይችላል (ለምሳሌ ACC)፤ እያንዳንዱን የምስክር ወረቀት ተከታታይ ቁጥር ይጀምራል።',
    'Centre logo': 'የማዕከሉ አርማ',
    'Images (*.png *.jpg *.jpeg)': 'ምስሎች (*.png *.jpg *.jpeg)',
    '%1 is not an image that can be read.': '%1 ሊነበብ የሚችል ምስል አይደለም።',
    # CertificateTableModel ---------------------------------------------------------------------------
    'Serial': 'ተከታታይ ቁ.',
    'Issued': 'የተሰጠ',
    'Reprints': 'እንደገና የታተሙ',
    # CertificatesPage --------------------------------------------------------------------------------
    'Search by serial, registration number or name': 'በተከታታይ ቁጥር፣ በምዝገባ ቁጥር ወይም በስም ፈልግ',
    'Any status': 'ማንኛውም ሁኔታ',
    'Any type': 'ማንኛውም ዓይነት',
    'Any year': 'ማንኛውም ዓመት',
    'Issue…': 'ስጥ…',
    'Preview': 'ቅድመ ዕይታ',
    'Reprint…': 'እንደገና አትም…',
    'Reprint to PDF or ZIP…': 'እንደገና ወደ PDF ወይም ZIP አትም…',
    'Revoke…': 'ሻር…',
    'Reissue…': 'እንደገና ስጥ…',
    'Verify…': 'አረጋግጥ…',
    'Certificates': 'የምስክር ወረቀቶች',
    '%n certificate(s) in the register': ['በመዝገቡ ውስጥ %n የምስክር ወረቀት', 'በመዝገቡ ውስጥ %n የምስክር ወረቀቶች'],
    'Issuing, printing and revoking need the registrar role.': 'መስጠት፣ ማተም እና መሻር የሬጅስትራር ሚና ያስፈልጋቸዋል።',
    'Printed again, marked "Reprint" and counted in the register.':
        'እንደገና ታትሟል፣ "ድጋሚ ህትመት" ተብሎ ተለይቷል፣ በመዝገቡ ውስጥም ተቆጥሯል።',
    'Issued: %1': 'የተሰጠው፦ %1',
    'Print…': 'አትም…',
    'Save PDF…': 'PDF አስቀምጥ…',
    'Save certificates': 'የምስክር ወረቀቶችን አስቀምጥ',
    'Certificate %1': 'የምስክር ወረቀት %1',
    'One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)':
        'አንድ PDF (*.pdf);;ለእያንዳንዱ የምስክር ወረቀት አንድ PDF የያዘ ZIP (*.zip)',
    '%n certificate(s) saved': ['%n የምስክር ወረቀት ተቀምጧል', '%n የምስክር ወረቀቶች ተቀምጠዋል'],
    'Preparing %n certificate(s)…': ['%n የምስክር ወረቀት እየተዘጋጀ ነው…', '%n የምስክር ወረቀቶች እየተዘጋጁ ነው…'],
    'Print': 'አትም',
    'Printing %n certificate(s)…': ['%n የምስክር ወረቀት እየታተመ ነው…', '%n የምስክር ወረቀቶች እየታተሙ ነው…'],
    'Revoke certificate': 'የምስክር ወረቀት ሻር',
    'Why is certificate %1 revoked? It stays in the register, marked revoked.':
        'የምስክር ወረቀት %1 ለምን ይሻራል? በመዝገቡ ውስጥ እንደተሻረ ተለይቶ ይቆያል።',
    'Reissue certificate': 'የምስክር ወረቀት እንደገና ስጥ',
    'What was corrected? Certificate %1 will be revoked and a new serial issued in its place.':
        'ምን ተስተካከለ? የምስክር ወረቀት %1 ይሻራል፤ በምትኩም አዲስ ተከታታይ ቁጥር ይሰጣል።',
    # ChangePasswordDialog ----------------------------------------------------------------------------
    'Change my password': 'የይለፍ ቃሌን ቀይር',
    '&Current password:': '&የአሁኑ የይለፍ ቃል፦',
    '&New password:': '&አዲስ የይለፍ ቃል፦',
    'New password &again:': '&አዲሱ የይለፍ ቃል በድጋሚ፦',
    # EnrolmentDialog ---------------------------------------------------------------------------------
    'Enrol candidate': 'ተመዛኝ አስመዝግብ',
    'The whole qualification': 'ሙሉውን ብቃት',
    'Chosen units only': 'የተመረጡ አሃዶችን ብቻ',
    'Pathway': 'መንገድ',
    'Enrolled on': 'የተመዘገበበት ቀን',
    'Choose a qualification (and sign in) to enrol.': 'ለማስመዝገብ ብቃት ይምረጡ (እና ይግቡ)።',
    'Tick at least one unit, or choose the whole qualification.': 'ቢያንስ አንድ አሃድ ምልክት ያድርጉ፣ ወይም ሙሉውን ብቃት ይምረጡ።',
    # Errors ------------------------------------------------------------------------------------------
    'The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.':
        'የመረጃ ቋቱ ሥራ ላይ ነው፦ ሌላ ተጠቃሚ ወይም ፕሮግራም እያስቀመጠበት ነው። ምንም አልተለወጠም፤ ትንሽ ቆይተው እንደገና ይሞክሩ።',
    'The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.':
        'የመረጃ ቋቱ ሊለወጥ አይችልም፦ ፋይሉ ወይም አቃፊው ለንባብ ብቻ ነው። ምንም አልተለወጠም፤ እዚያ መጻፍን ይፍቀዱ፣ ወይም የመረጃ ቋቱን መጻፍ ወደሚችሉበት አቃፊ ይገልብጡ።',
    'The disk that holds the database is full. Nothing was changed; free some space and try again.':
        'የመረጃ ቋቱን የያዘው ዲስክ ሞልቷል። ምንም አልተለወጠም፤ ቦታ ያስለቅቁ እና እንደገና ይሞክሩ።',
    'The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.':
        'የመረጃ ቋት ፋይሉ ሊነበብ ወይም ሊጻፍ አልቻለም (የዲስክ፣ የUSB ፍላሽ ወይም የአውታረ መረብ ችግር)። ምንም አልተለወጠም፤ ዲስኩ መገናኘቱን ያረጋግጡ እና እንደገና ይሞክሩ።',
    'The database file is damaged. Nothing was changed; stop using it and restore the newest backup.':
        'የመረጃ ቋት ፋይሉ ተበላሽቷል። ምንም አልተለወጠም፤ መጠቀሙን ያቁሙ እና የቅርብ ጊዜውን ምትኬ ይመልሱ።',
    'The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.':
        'የመረጃ ቋት አገልጋዩ ሊደረስበት አይችልም፦ ቆሟል፣ ወይም አውታረ መረቡ የለም። ግንኙነቱን ይፈትሹ ወይም አገልጋዩን የሚያስተዳድረውን ይጠይቁ፣ ከዚያ እንደገና ይሞክሩ።',
    'The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.':
        'ለውጡ በተመሳሳይ ጊዜ ከተቀመጠ ሌላ ለውጥ ጋር ይጋጫል፣ ምናልባት በሌላ ተጠቃሚ። ምንም አልተለወጠም፤ መዝገቡን እንደገና ይመልከቱ እና ለውጡን ይድገሙ።',
    'The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.':
        'የመረጃ ቋቱ ችግር ሪፖርት አድርጓል። ምንም አልተለወጠም፤ እንደገና ይሞክሩ፣ ደግሞ ከተከሰተ ከሎግ ፋይሉ ጋር ሪፖርት ያድርጉ።',
    'Something went wrong: %1\nPlease report this with the log file.':
        'የሆነ ነገር ተበላሽቷል፦ %1\nእባክዎ ይህን ከሎግ ፋይሉ ጋር ሪፖርት ያድርጉ።',
    'SkillAssess': 'SkillAssess',
    # EvidenceDialog ----------------------------------------------------------------------------------
    'Portfolio of evidence — %1': 'የማስረጃ ማህደር — %1',
    'Criteria': 'መስፈርቶች',
    'Add file…': 'ፋይል ጨምር…',
    'Open': 'ክፈት',
    'Withdraw': 'አንሳ',
    'Show withdrawn': 'የተነሱትን አሳይ',
    "Rules of evidence (assessor's judgement)": 'የማስረጃ ደንቦች (የመዛኙ ውሳኔ)',
    'Valid': 'ትክክለኛ',
    'Sufficient': 'በቂ',
    'Authentic': 'እውነተኛ',
    'Current': 'ወቅታዊ',
    'Save judgement': 'ውሳኔውን አስቀምጥ',
    '%n item(s) in the portfolio': ['በማህደሩ ውስጥ %n ንጥል', 'በማህደሩ ውስጥ %n ንጥሎች'],
    '%1, SHA-256 %2': '%1፣ SHA-256 %2',
    'Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)':
        'ማስረጃ (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;ሁሉም ፋይሎች (*)',
    'This file is already in the portfolio; it was not added twice.': 'ይህ ፋይል ቀድሞውኑ በማህደሩ ውስጥ አለ፤ ሁለት ጊዜ አልተጨመረም።',
    'Withdraw evidence': 'ማስረጃ አንሳ',
    'Withdraw %1 from the portfolio? The file is kept and stays in the record.':
        '%1 ከማህደሩ ይነሳ? ፋይሉ ይቀመጣል፣ በመዝገቡ ውስጥም ይቆያል።',
    # FirstStartWizard --------------------------------------------------------------------------------
    'Welcome to %1': 'እንኳን ወደ %1 በደህና መጡ',
    '&Start': '&ጀምር',
    'This database (%1) has no users yet. Record your centre and its first administrator to start.':
        'ይህ የመረጃ ቋት (%1) እስካሁን ተጠቃሚዎች የሉትም። ለመጀመር ማዕከልዎን እና የመጀመሪያውን አስተዳዳሪ ይመዝግቡ።',
    # IssueDialog -------------------------------------------------------------------------------------
    '(none)': '(የለም)',
    'Issue certificates': 'የምስክር ወረቀቶችን ስጥ',
    'Certificate': 'የምስክር ወረቀት',
    'Units achieved': 'የተገኙ አሃዶች',
    'Full certificate': 'ሙሉ የምስክር ወረቀት',
    'Statement of attainment': 'የክንውን ማረጋገጫ',
    'A4 landscape': 'A4 አግድም',
    'A4 portrait': 'A4 ቁመታዊ',
    'Language': 'ቋንቋ',
    'Second language': 'ሁለተኛ ቋንቋ',
    'Page': 'ገጽ',
    'Issue': 'ስጥ',
    'No candidate is eligible: certificates need verified results.':
        'ብቁ የሆነ ተመዛኝ የለም፦ የምስክር ወረቀቶች የተረጋገጡ ውጤቶች ያስፈልጋቸዋል።',
    'Choose two different languages, or no second language.': 'ሁለት የተለያዩ ቋንቋዎችን ይምረጡ፣ ወይም ሁለተኛ ቋንቋ አይምረጡ።',
    # Labels ------------------------------------------------------------------------------------------
    'Administrator': 'አስተዳዳሪ',
    'Registrar': 'ሬጅስትራር',
    ('Labels', 'Draft', 'standard'): 'ረቂቅ',
    'Superseded': 'የተተካ',
    'All core units plus electives': 'ሁሉም ዋና አሃዶች እና ተመራጮች',
    'All core units and a minimum of credits': 'ሁሉም ዋና አሃዶች እና ዝቅተኛ ክሬዲቶች',
    'Core': 'ዋና',
    'Elective': 'ተመራጭ',
    'Range statement': 'የአፈጻጸም ወሰን',
    'Required knowledge': 'የሚያስፈልግ ዕውቀት',
    'Required skills': 'የሚያስፈልጉ ክህሎቶች',
    'Evidence guide': 'የማስረጃ መመሪያ',
    'Assessment conditions': 'የምዘና ሁኔታዎች',
    'Female': 'ሴት',
    'Male': 'ወንድ',
    'Yes': 'አዎ',
    'No': 'አይ',
    'Not stated': 'አልተገለጸም',
    'National ID': 'ብሔራዊ መታወቂያ',
    'Passport': 'ፓስፖርት',
    'Refugee ID': 'የስደተኛ መታወቂያ',
    'Other document': 'ሌላ ሰነድ',
    'No document': 'ሰነድ የለም',
    'RPL': 'RPL',
    'Training': 'ሥልጠና',
    ('Labels', 'Active', 'enrolment'): 'ንቁ',
    'Completed': 'የተጠናቀቀ',
    ('Labels', 'Withdrawn', 'enrolment'): 'ያቋረጠ',
    'Information and counselling': 'መረጃ እና ምክር',
    'Eligibility': 'ብቁነት',
    'Portfolio of evidence': 'የማስረጃ ማህደር',
    ('Labels', 'Assessment', 'RPL stage'): 'ምዘና',
    'Certification': 'ማረጋገጫ መስጠት',
    ('Labels', 'Appeal', 'RPL stage'): 'ይግባኝ',
    'Eligible': 'ብቁ',
    'Not eligible': 'ብቁ ያልሆነ',
    'I can do this': 'ይህን መሥራት እችላለሁ',
    'With help': 'በእገዛ',
    'Not yet': 'ገና',
    ('Labels', 'Certificate', 'evidence'): 'የምስክር ወረቀት',
    'Photo of work': 'የሥራ ፎቶ',
    'Video': 'ቪዲዮ',
    'Reference letter': 'የድጋፍ ደብዳቤ',
    'Work sample': 'የሥራ ናሙና',
    ('Labels', 'Third-party report', 'evidence'): 'የሦስተኛ ወገን ሪፖርት',
    ('Labels', 'Other', 'evidence'): 'ሌላ',
    ('Labels', 'Active', 'evidence'): 'ንቁ',
    ('Labels', 'Withdrawn', 'evidence'): 'የተነሳ',
    'Observation': 'ምልከታ',
    'Questioning': 'ጥያቄ',
    'Product': 'ምርት',
    ('Labels', 'Third-party report', 'assessment method'): 'የሦስተኛ ወገን ሪፖርት',
    'Portfolio': 'ማህደር',
    ('Labels', 'Draft', 'assessment'): 'ረቂቅ',
    'Submitted': 'የቀረበ',
    'Verified': 'የተረጋገጠ',
    'Returned': 'የተመለሰ',
    'Competent': 'ብቁ',
    'Not Yet Competent': 'ገና ብቁ ያልሆነ',
    'RPL granted': 'RPL ተሰጥቷል',
    'Credit transfer': 'የክሬዲት ዝውውር',
    ('Labels', 'Withdrawn', 'outcome'): 'ያቋረጠ',
    'Satisfactory': 'አጥጋቢ',
    'Not yet satisfactory': 'ገና አጥጋቢ ያልሆነ',
    'Pending': 'በመጠባበቅ ላይ',
    'Upheld': 'ተቀባይነት ያገኘ',
    'Dismissed': 'ውድቅ የተደረገ',
    'Qualification certificate': 'የብቃት የምስክር ወረቀት',
    ('Labels', 'Issued', 'certificate'): 'የተሰጠ',
    'Revoked': 'የተሻረ',
    'Created': 'ተፈጥሯል',
    'Changed': 'ተለውጧል',
    'Deleted': 'ተሰርዟል',
    # LanguagePage ------------------------------------------------------------------------------------
    'The language of SkillAssess on this computer. You can change it later in View → Language.':
        'በዚህ ኮምፒውተር ላይ የSkillAssess ቋንቋ። በኋላ በዕይታ → ቋንቋ መቀየር ይችላሉ።',
    '&Language:': '&ቋንቋ፦',
    # MainWindow --------------------------------------------------------------------------------------
    '&File': '&ፋይል',
    'SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.':
        'SkillAssess እንደገና ከተጀመረ በኋላ በ%1 ይታያል። ያስቀመጡት ምንም ነገር አይጠፋም።',
    'Restart now?': 'አሁን እንደገና ይጀምር?',
    'Restart now': 'አሁን እንደገና ጀምር',
    'Later': 'በኋላ',
    '&Language': '&ቋንቋ',
    'Not signed in': 'አልገቡም',
    'Signed in: %1': 'የገቡት፦ %1',
    '&New database…': '&አዲስ የመረጃ ቋት…',
    '&Open database…': '&የመረጃ ቋት ክፈት…',
    '&Quit': '&ውጣ',
    '&Change my password…': '&የይለፍ ቃሌን ቀይር…',
    'S&witch user…': '&ተጠቃሚ ቀይር…',
    'Sign &out': '&ዘግተህ ውጣ',
    '&Back up now…': '&አሁን ምትኬ ያዝ…',
    '&Restore from backup…': '&ከምትኬ መልስ…',
    '&Export': '&ላክ',
    '&Results…': '&ውጤቶች…',
    'Certificate &register…': '&የምስክር ወረቀት መዝገብ…',
    '&Statistics…': '&ስታቲስቲክስ…',
    '&View': '&ዕይታ',
    '&Refresh': '&አድስ',
    '&Tools': '&መሣሪያዎች',
    '&Check database…': '&የመረጃ ቋቱን ፈትሽ…',
    '&Backup settings…': '&የምትኬ ቅንብሮች…',
    '&Help': '&እገዛ',
    '&About SkillAssess': '&ስለ SkillAssess',
    'Signed in as %1': 'እንደ %1 ገብተዋል',
    'Open database': 'የመረጃ ቋት ክፈት',
    'SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)':
        'የSkillAssess የመረጃ ቋት (*.sqlite3 *.sqlite *.db);;ሁሉም ፋይሎች (*)',
    'New database': 'አዲስ የመረጃ ቋት',
    '%1 already exists; choose a new file name.': '%1 ቀድሞውኑ አለ፤ አዲስ የፋይል ስም ይምረጡ።',
    'Opened %1': '%1 ተከፍቷል',
    'The database file is damaged: changes are refused.': 'የመረጃ ቋት ፋይሉ ተበላሽቷል፦ ለውጦች ተቀባይነት አያገኙም።',
    # Messages ----------------------------------------------------------------------------------------
    'Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.':
        'ብቃት {code} ስሪት {version} ተተክቷል፣ እንደነበረም ይቆያል፤ የአሁኑን ስሪት ይቀይሩ ወይም አዲስ ስሪት ይሥሩ።',
    'Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'ብቃት {code} ስሪት {version} ጥቅም ላይ ነው ({enrolments} ምዝገባዎች፣ {certificates} የምስክር ወረቀቶች)፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።',
    'Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.':
        'አሃድ {code} ስሪት {version} ተተክቷል፣ እንደነበረም ይቆያል፤ የአሁኑን ስሪት ይቀይሩ ወይም አዲስ ስሪት ይሥሩ።',
    'Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'አሃድ {code} ስሪት {version} በ{count} ምዘናዎች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።',
    'Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'አሃድ {code} ስሪት {version} በ{count} የምስክር ወረቀቶች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።',
    'Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'አሃድ {code} ስሪት {version} በ{count} የራስ ምዘና መልሶች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።',
    'Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.':
        'አሃድ {code} ስሪት {version} በ{count} የማስረጃ ትስስሮች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።',
    '{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.':
        '{cells} ቁጥር=S፣ ቁጥር=N ወይም ቁጥር=clear አይደለም (ለምሳሌ 1.2=S)፤ ምንም አልተቀመጠም።',
    'This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).':
        'ይህ ትእዛዝ የግል መረጃ ያሳያል፦ ራስዎን በ--user ስም ይግለጹ (የይለፍ ቃል ከSKILLASSESS_PASSWORD ወይም ይጠየቃል)።',
    'the disk is full': 'ዲስኩ ሞልቷል',
    'permission denied; choose another folder': 'ፈቃድ ተከልክሏል፤ ሌላ አቃፊ ይምረጡ',
    'the disk is read-only': 'ዲስኩ ለንባብ ብቻ ነው',
    'the name is too long': 'ስሙ በጣም ረጅም ነው',
    'Cannot write {path}: {reason}.': '{path}ን መጻፍ አልተቻለም፦ {reason}።',
    'Cannot write {path}: the folder {folder} does not exist; choose another folder.':
        '{path}ን መጻፍ አልተቻለም፦ አቃፊ {folder} የለም፤ ሌላ አቃፊ ይምረጡ።',
    'the folder does not exist': 'አቃፊው የለም',
    '{value} is too large (at most {limit:,}).': '{value} በጣም ትልቅ ነው (ቢበዛ {limit:,})።',
    '{field}: {problem}': '{field}፦ {problem}',
    '{length:,} characters, more than the {limit:,} it can hold; shorten it.':
        '{length:,} ፊደላት፣ ሊይዝ ከሚችለው {limit:,} በላይ፤ ያሳጥሩት።',
    'contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).':
        'በቦታ {position} ላይ የማይታይ የቁጥጥር ምልክት {code} ይዟል፣ ይህም ሊቀመጥ አይችልም፤ ይሰርዙት (ብዙ ጊዜ በመገልበጥና በመለጠፍ ይመጣል)።',
    'Nothing was saved: correct the text named below.': 'ምንም አልተቀመጠም፦ ከታች የተጠቀሰውን ጽሑፍ ያስተካክሉ።',
    'contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.':
        'በቦታ {position} ላይ የማይታይ የአቅጣጫ ቁጥጥር {code} ({name}) ይዟል፣ ይህም ስም ተገልብጦ እንዲታተም ሊያደርግ ይችላል፤ ይሰርዙት።',
    '{record}, {field}: {problem}': '{record}፣ {field}፦ {problem}',
    'The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.':
        'ሁለተኛው የምትኬ አቃፊ {folder} የለም (የUSB ፍላሹ ተሰክቷል?)፤ ምትኬው በመረጃ አቃፊው ውስጥ ብቻ ነው።',
    'Keep between 0 and {most} daily backups.': 'ከ0 እስከ {most} ዕለታዊ ምትኬዎችን ያስቀምጡ።',
    '{archive} cannot be restored: {reason} Nothing was changed.': '{archive} ሊመለስ አይችልም፦ {reason} ምንም አልተለወጠም።',
    'it is not a SkillAssess backup.': 'የSkillAssess ምትኬ አይደለም።',
    'its manifest is damaged.': 'የይዘት ዝርዝሩ ተበላሽቷል።',
    'it was made by a newer version of SkillAssess; install that version.':
        'የተሠራው በአዲስ የSkillAssess ስሪት ነው፤ ያንን ስሪት ይጫኑ።',
    'restoring it needs {need} MB free in {folder}, and there are {free} MB.':
        'መመለሱ በ{folder} ውስጥ {need} MB ነፃ ቦታ ያስፈልገዋል፤ ያለው {free} MB ነው።',
    '{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.':
        '{path} በSkillAssess ወይም በሌላ ፕሮግራም ተከፍቷል፦ እዚያ ይዝጉት፣ ከዚያ እንደገና ይመልሱ። ምንም አልተለወጠም።',
    'There is no file {archive}.': 'ፋይል {archive} የለም።',
    'it is not a SkillAssess backup (not a zip archive).': 'የSkillAssess ምትኬ አይደለም (የzip ማህደር አይደለም)።',
    'its manifest is too large.': 'የይዘት ዝርዝሩ በጣም ትልቅ ነው።',
    'it names a file outside its own folders ({name}).': 'ከራሱ አቃፊዎች ውጭ ያለ ፋይል ይጠቅሳል ({name})።',
    '{name} is too large for a key file.': '{name} ለቁልፍ ፋይል በጣም ትልቅ ነው።',
    'it holds the same file twice.': 'አንድን ፋይል ሁለት ጊዜ ይዟል።',
    'it holds files its manifest does not list ({name}).': 'የይዘት ዝርዝሩ የማይዘረዝራቸውን ፋይሎች ይዟል ({name})።',
    'files listed in its manifest are missing ({name}).': 'በይዘት ዝርዝሩ ውስጥ የተዘረዘሩ ፋይሎች የሉም ({name})።',
    'it holds no database (it was made from a PostgreSQL database).': 'የመረጃ ቋት አልያዘም (ከPostgreSQL የመረጃ ቋት የተሠራ ነው)።',
    'The folder {folder} does not exist.': 'አቃፊ {folder} የለም።',
    'it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.':
        'የSQLite የመረጃ ቋት ይዟል፤ በዚህ ወደ ፋይል ይመልሱት፦ skillassess --db FILE restore ARCHIVE።',
    'it is not a SkillAssess backup (it has no manifest).': 'የSkillAssess ምትኬ አይደለም (የይዘት ዝርዝር የለውም)።',
    "the database in it is damaged (SQLite's integrity check failed).":
        'በውስጡ ያለው የመረጃ ቋት ተበላሽቷል (የSQLite የታማኝነት ፍተሻ አልተሳካም)።',
    'the database in it is empty.': 'በውስጡ ያለው የመረጃ ቋት ባዶ ነው።',
    '{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).':
        'በውስጡ ያለው {name} ምትኬው ከተሠራ በኋላ ተለውጧል (SHA-256 ከይዘት ዝርዝሩ ይለያል)።',
    '{name} in it is damaged (the zip check failed).': 'በውስጡ ያለው {name} ተበላሽቷል (የzip ፍተሻ አልተሳካም)።',
    '{name} is larger than its manifest says.': '{name} የይዘት ዝርዝሩ ከሚለው ይበልጣል።',
    'There is no database file at {path} to back up.': 'በ{path} ምትኬ የሚያዝለት የመረጃ ቋት ፋይል የለም።',
    'The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File > Restore from backup… in the application).':
        'የመረጃ ቋት ፋይሉ {path} ተበላሽቷል፤ ስለዚህ SkillAssess በእሱ ላይ አይጽፍም። የቅርብ ጊዜውን ምትኬ ({backup}፣ የተሠራው {made}) በዚህ ይመልሱ፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል > ከምትኬ መልስ…)።',
    'The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File > Restore from backup… in the application).':
        'የመረጃ ቋት ፋይሉ {path} ተበላሽቷል፤ ስለዚህ SkillAssess በእሱ ላይ አይጽፍም። በ{folder} ውስጥ የእሱ ምትኬ አልተገኘም፤ በሌላ ቦታ (ለምሳሌ በUSB ፍላሽ) ካለዎት በዚህ ይመልሱት፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል > ከምትኬ መልስ…)።',
    'There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File > New database in the application).':
        'በ{path} የSkillAssess የመረጃ ቋት የለም፦ ስሙን ይፈትሹ፣ ወይም በዚህ አንድ ይፍጠሩ፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል > አዲስ የመረጃ ቋት)።',
    '{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File > New database in the application).':
        '{path} ባዶ ፋይል ነው እንጂ የSkillAssess የመረጃ ቋት አይደለም፦ ስሙን ይፈትሹ፣ ወይም እዚያ የመረጃ ቋት በዚህ ይፍጠሩ፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል > አዲስ የመረጃ ቋት)።',
    '{path} cannot be opened: it is in use or cannot be read. This file was left untouched.':
        '{path} ሊከፈት አይችልም፦ ጥቅም ላይ ነው ወይም ሊነበብ አይችልም። ይህ ፋይል አልተነካም።',
    'Cannot open the database {name}. {reason}': 'የመረጃ ቋት {name}ን መክፈት አልተቻለም። {reason}',
    'The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.':
        'የመረጃ ቋቱ {name} ባዶ ነው (የSkillAssess ሰንጠረዦች የሉትም)፦ አድራሻውን ይፈትሹ፣ ወይም ሰንጠረዦቹን በዚህ ይፍጠሩ፦ skillassess --db ADDRESS setup።',
    'The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner\'s account (see "Several users on a PostgreSQL server" in the README), then again with this one.':
        'የመረጃ ቋቱ {name} ለዚህ የSkillAssess ስሪት ሰንጠረዦቹ እንዲፈጠሩ ወይም እንዲሻሻሉ ያስፈልገዋል፤ መለያው {user} ግን ይህን ማድረግ አይችልም። አንድ ጊዜ በመረጃ ቋቱ ባለቤት መለያ ይክፈቱት (በREADME ውስጥ "Several users on a PostgreSQL server" ይመልከቱ)፣ ከዚያ እንደገና በዚህኛው።',
    'the system refused it': 'ሥርዓቱ አልፈቀደም',
    'a part of its path is a file, not a folder': 'የመንገዱ አንድ ክፍል ፋይል እንጂ አቃፊ አይደለም',
    'you may not write there': 'እዚያ መጻፍ አይፈቀድልዎትም',
    "The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator.":
        'የመረጃ አቃፊው {folder} ሊፈጠር አይችልም፦ {reason}። በSKILLASSESS_DATA_DIR ሌላ አቃፊ ይምረጡ፣ ወይም የኮምፒውተሩን አስተዳዳሪ ይጠይቁ።',
    '{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.':
        '{file}፦ የሥራ መጽሐፉ ተበላሽቷል ወይም ቀላል የExcel ፋይል አይደለም፤ ምንም አልተለወጠም። በExcel ወይም በLibreOffice ይክፈቱት፣ እንደገና ያስቀምጡት እና እንደገና ይሞክሩ።',
    '{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.':
        '{file}፦ JSONኑ በጣም ጥልቅ ነው (ከአንድ ሺህ ደረጃዎች በላይ)፤ የCASE ጥቅል ጥቂት ደረጃዎች ብቻ ነው። ምንም አልተለወጠም።',
    '{file}: not valid JSON ({problem}).': '{file}፦ ትክክለኛ JSON አይደለም ({problem})።',
    '{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.':
        '{file}፦ የሥራ መጽሐፉ ተበላሽቷል ({where} ሊፈታ አይችልም)፤ ምንም አልተለወጠም። በExcel ወይም በLibreOffice ይክፈቱት፣ እንደገና ያስቀምጡት እና እንደገና ይሞክሩ።',
    '{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).':
        '{file} ሊነበብ የሚችል የExcel የሥራ መጽሐፍ (.xlsx) አይደለም፦ የሥራ መጽሐፍ ክፍል የለውም (ስሙ .xlsx ተብሎ የተቀየረ ሌላ ዓይነት ሰነድ ነው?)።',
    '{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.':
        '{file}፦ የሥራ መጽሐፉ ተበላሽቷል ወይም ቀላል የExcel ፋይል አይደለም (የሉሆቹ ዝርዝር ሊነበብ አይችልም)፤ ምንም አልተለወጠም።',
    '{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).':
        '{file} ሊነበብ የሚችል የExcel የሥራ መጽሐፍ (.xlsx) አይደለም፦ የZIP ጥቅል አይደለም፤ ከExcel ወይም ከLibreOffice እንደ Excel የሥራ መጽሐፍ (.xlsx) ያስቀምጡት።',
    '{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.':
        '{file}፦ የሥራ መጽሐፉ {count:,} ክፍሎች አሉት፣ የትኛውም የተመን ሉህ ከሚኖረው በላይ፤ ውድቅ ተደርጓል፣ ምንም አልተለወጠም።',
    '{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.':
        '{file}፦ የሥራ መጽሐፉ ሲፈታ ወደ {size} MB ይሰፋል፣ አንድ ማስገባት ከሚወስደው {limit} MB በላይ፤ ምንም አልተለወጠም። ትክክለኛው ፋይል ነው? በጣም ትልቅ ዝርዝርን በብዙ ፋይሎች ይከፋፍሉ።',
    '{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.':
        '{file}፦ የሥራ መጽሐፉ አንድ ክፍል ({part}) {ratio:,} ለ1 ተጨምቋል፣ ከየትኛውም የተመን ሉህ እጅግ በላይ፤ ፋይሉ ሊሆን የሚችል የzip ቦምብ ተብሎ ውድቅ ተደርጓል፣ ምንም አልተለወጠም።',
    '{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.':
        '{file}፦ የሥራ መጽሐፉ ጽሑፍ ወደ {size} MB ይሰፋል፣ አንድ ማስገባት ከሚወስደው {limit} MB በላይ፤ ምንም አልተለወጠም። በጣም ትልቅ ዝርዝርን በብዙ ፋይሎች ይከፋፍሉ።',
    '{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.':
        '{file}፦ ሉህ {sheet} ከ{limit:,} በላይ ረድፎች አሉት (ባዶ ረድፎችም ይቆጠራሉ)፤ በአንድ ጊዜ ቢበዛ {limit:,} ሊገቡ ይችላሉ፣ ምንም አልተለወጠም። ከዝርዝሩ በታች ያሉትን ባዶ ረድፎች ይሰርዙ፣ ወይም ዝርዝሩን በብዙ ፋይሎች ይከፋፍሉ።',
    '{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.':
        '{file}፦ የሥራ መጽሐፉ ተበላሽቷል፦ {where} የቁጥጥር ምልክት {code} (ባይት {offset:,}) ይዟል፣ የተመን ሉህ ፈጽሞ የማይጽፈው፤ ምንም አልተለወጠም። በExcel ወይም በLibreOffice ይክፈቱት፣ እንደገና ያስቀምጡት እና እንደገና ይሞክሩ።',
    'A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.':
        'በ{tables} ላይ የተደረገ ለውጥ በኦዲት መዝገቡ ውስጥ አልተመዘገበም፣ ስለዚህ አልተቀመጠም። ይህ የSkillAssess ጉድለት ነው፦ እባክዎ ሪፖርት ያድርጉት።',
    'A change to {table} could not be followed for the audit log; nothing was saved.':
        'በ{table} ላይ የተደረገ ለውጥ ለኦዲት መዝገቡ ሊከታተል አልተቻለም፤ ምንም አልተቀመጠም።',
    '{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.':
        '{table} ({record})፦ የኦዲት መዝገቡ (ግቤት {entry}) መሰረዙን ይመዘግባል፤ ነገር ግን በመረጃ ቋቱ ውስጥ አለ።',
    'The audit log is intact: {count} entries checked, and {records} records match it.':
        'የኦዲት መዝገቡ ያልተነካ ነው፦ {count} ግቤቶች ተፈትሸዋል፣ {records} መዝገቦችም ይስማማሉ።',
    '{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.':
        '{table} ({record})፣ {field}፦ የኦዲት መዝገቡ (ግቤት {entry}) {audited} ይላል፤ የመረጃ ቋቱ {found} ይዟል።',
    '{table} ({record}): no audit entry records this record; it was added outside SkillAssess.':
        '{table} ({record})፦ ይህን መዝገብ የሚመዘግብ የኦዲት ግቤት የለም፤ ከSkillAssess ውጭ ተጨምሯል።',
    '{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.':
        '{table} ({record})፦ የኦዲት መዝገቡ (ግቤት {entry}) ይመዘግበዋል፤ ነገር ግን በመረጃ ቋቱ ውስጥ የለም፤ ከSkillAssess ውጭ ተሰርዟል።',
    'The audit log is broken at entry {entry}: {problem}.': 'የኦዲት መዝገቡ በግቤት {entry} ላይ ተሰብሯል፦ {problem}።',
    '{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.':
        '{count} መዝገቦች የኦዲት መዝገቡ ከሚለው ይለያሉ፦ ከSkillAssess ውጭ ተለውጠዋል።',
    '… and {count} more.': '… እና ሌሎች {count}።',
    "The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).":
        'ፍተሻው ለSQLite የመረጃ ቋት ፋይሎች ነው፤ ለ{name} የአገልጋዩን የራሱን መሣሪያዎች ይጠቀሙ (pg_amcheck)።',
    '{path} is not a SkillAssess database (it is not a SQLite file).':
        '{path} የSkillAssess የመረጃ ቋት አይደለም (የSQLite ፋይል አይደለም)።',
    'The backup could not be written to {folder} ({reason}); nothing was kept of it.':
        'ምትኬው ወደ {folder} ሊጻፍ አልቻለም ({reason})፤ ከእሱ ምንም አልተቀመጠም።',
    'The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.':
        'ምትኬው በቦታው ሊቀመጥ አልቻለም ({reason})። የመረጃ ቋቱ በተከፈተበት ቦታ ሁሉ SkillAssessን ይዝጉ እና እንደገና ይሞክሩ።',
    'The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.':
        'ምትኬው ወደ ሁለተኛው አቃፊ {folder} ሊገለበጥ አልቻለም ({reason})፤ በመረጃ አቃፊው ውስጥ ብቻ ነው።',
    '{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.':
        '{archive} ሊመለስ አይችልም፦ የኦዲት መዝገቡ ተሰብሯል ({problem})። ምንም አልተለወጠም።',
    'Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.':
        'ከ{file} ምንም አልገባም፦ ፋይሉ እየተፈተሸ ሳለ ብቃት {code} ተተክቷል፤ ፋይሉን እንደገና ያስገቡ።',
    'The centre is not set up yet (name, code, country); an administrator sets it up first.':
        'ማዕከሉ እስካሁን አልተዋቀረም (ስም፣ ኮድ፣ አገር)፤ መጀመሪያ አስተዳዳሪ ያዋቅረዋል።',
    '{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).':
        '{path}፦ ፋይሉ በ.pdf (አንድ PDF) ወይም በ.zip (ለእያንዳንዱ የምስክር ወረቀት አንድ PDF) መጨረስ አለበት።',
    'No certificate was reprinted.': 'ምንም የምስክር ወረቀት እንደገና አልታተመም።',
    'No certificate was issued.': 'ምንም የምስክር ወረቀት አልተሰጠም።',
    '{problem} {nothing}': '{problem} {nothing}',
    "Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it.":
        'ያልታወቀ የምስክር ወረቀት፦ ፊርማው እውነተኛ ነው (ቁልፍ {key})፣ ነገር ግን የምስክር ወረቀት {serial} በዚህ የመረጃ ቋት መዝገብ ውስጥ የለም። ሊያረጋግጠው የሚችለው የሰጠው ማዕከል መዝገብ ብቻ ነው።',
    'The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.':
        'የምስክር ወረቀት {serial} የመዝገብ ግቤት ከSkillAssess ውጭ ተለውጧል ({problem})፤ ሊረጋገጥ አይችልም። አስተዳዳሪ skillassess audit verify ያሂድ።',
    'The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.':
        'መረጃው የተፈረመው በቁልፍ {key} ነው፣ ይህም የዚህ ማዕከል የታመነ ቁልፍ አይደለም፦ {problem}። ይህን የምስክር ወረቀት አይቀበሉ።',
    'Choose at least one candidate to certify.': 'የምስክር ወረቀት የሚሰጠው ቢያንስ አንድ ተመዛኝ ይምረጡ።',
    'No certificate was issued:': 'ምንም የምስክር ወረቀት አልተሰጠም፦',
    'No certificate was printed:': 'ምንም የምስክር ወረቀት አልታተመም፦',
    '{regno}: {code} is chosen twice.': '{regno}፦ {code} ሁለት ጊዜ ተመርጧል።',
    'Certificate {serial} is revoked ({reason}); it cannot be printed.':
        'የምስክር ወረቀት {serial} ተሽሯል ({reason})፤ ሊታተም አይችልም።',
    'Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.':
        'የቅርብ ጊዜውን ምትኬ ይመልሱ (skillassess restore FILE)፣ ወይም አስተዳዳሪ መጥፋቱን ይመዝግብ (skillassess audit accept-loss፣ ወይም በኦዲት መዝገብ ገጽ ላይ መዝገቡን ፈትሽ)፤ እስከዚያ ምንም ነገር ሊቀመጥ አይችልም።',
    'The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.':
        'የ{at} የኦዲት ማረጋገጫ ነጥብ ({expected} ግቤቶች፣ በቁልፍ {key} የተፈረመ) በመዝገቡ ውስጥ ይገኛል፤ ከዚያ ወዲህ {added} ግቤቶች ተጨምረዋል።',
    'The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}':
        '{at} የተጻፈው የኦዲት ማረጋገጫ ነጥብ {expected} የኦዲት ግቤቶችን ይመዘግባል፤ የመረጃ ቋቱ ግን {found} ይዟል፦ የቅርብ ጊዜዎቹ ለውጦች የሉም (ከብልሽት በኋላ የጠፋ -wal ፋይል፣ እየተጻፈ ሳለ የተገለበጠ የመረጃ ቋት ቅጂ፣ ወይም የተሰረዙ ግቤቶች)። {hint}',
    'The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}':
        'የኦዲት መዝገቡ የ{at} ማረጋገጫ ነጥቡ የሚመዘግባቸውን ግቤቶች ከእንግዲህ አይዝም (ግቤት {entry} ይለያል)፦ መዝገቡ እንደገና ተጽፏል ወይም ተተክቷል። {hint}',
    'The audit log holds its checkpoint.': 'የኦዲት መዝገቡ ማረጋገጫ ነጥቡን ይዟል።',
    'There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.':
        'የኦዲት ማረጋገጫ ነጥብ ({path}) የለም፤ ስለዚህ የመዝገቡ የቅርብ ጊዜ ግቤቶች መወገድ ሊታወቅ አልተቻለም። SkillAssess ከእያንዳንዱ ለውጥ በኋላ ይጽፈዋል፤ የመረጃ ቋቱን ከገለበጡ የ.checkpoint ፋይሉንም አብረው ይገልብጡ።',
    'The audit log holds every entry its checkpoint records: there is no loss to record.':
        'የኦዲት መዝገቡ ማረጋገጫ ነጥቡ የሚመዘግበውን እያንዳንዱን ግቤት ይዟል፦ የሚመዘገብ መጥፋት የለም።',
    'The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.':
        'የኦዲት ማረጋገጫ ነጥብ {path} ሊነበብ አይችልም፤ ጥቅም ላይ አልዋለም። ቀጣዩ ለውጥ አዲስ ይጽፋል።',
    "The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one.":
        'የኦዲት ማረጋገጫ ነጥብ {path} ይህ ኮምፒውተር በማያውቀው ቁልፍ ተፈርሟል (የሌላ ኮምፒውተር የማረጋገጫ ነጥብ ቁልፍ፣ ወይም ፋይሉ ተተክቷል)፤ ጥቅም ላይ አልዋለም። ቀጣዩ ለውጥ አዲስ ይጽፋል።',
    'The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.':
        'የኦዲት ማረጋገጫ ነጥብ {path} ከፊርማው ጋር አይስማማም፦ ከSkillAssess ውጭ ተለውጧል።',
    'Sign in first: every export and read of personal data names who made it.':
        'መጀመሪያ ይግቡ፦ እያንዳንዱ የግል መረጃ መላክ እና ንባብ ያደረገውን ይጠቅሳል።',
    'no audit entry records key {key}: it was added outside SkillAssess':
        'ቁልፍ {key}ን የሚመዘግብ የኦዲት ግቤት የለም፦ ከSkillAssess ውጭ ተጨምሯል',
    'its audit entry {entry} was changed': 'የኦዲት ግቤቱ {entry} ተለውጧል',
    'it was not made trusted by an administrator (audit entry {entry})': 'በአስተዳዳሪ የታመነ አልተደረገም (የኦዲት ግቤት {entry})',
    'its record differs from audit entry {entry} ({problem})': 'መዝገቡ ከኦዲት ግቤት {entry} ይለያል ({problem})',
    'This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.':
        'ይህ ማዕከል እስካሁን የምስክር ወረቀት የፊርማ ቁልፍ የለውም፤ ስለዚህ ምንም ሊፈረም አይችልም። አስተዳዳሪ አንድ ይፍጠር፦ በተጠቃሚዎች ገጽ ላይ፣ የፊርማ ቁልፎች…፣ ከዚያ ቁልፍ ፍጠር፤ ወይም skillassess keys create --user ስም።',
    'The checkpoint key {path} cannot be read.': 'የማረጋገጫ ነጥብ ቁልፉ {path} ሊነበብ አይችልም።',
    "The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate).":
        'የማዕከሉ የፊርማ ቁልፍ {key} የግል ቁልፍ በዚህ ኮምፒውተር ላይ የለም ({file} መሆን ነበረበት)። ቁልፉ ከተፈጠረበት ኮምፒውተር ያንን ፋይል ይገልብጡ፣ ወይም አስተዳዳሪ እዚህ ቁልፉን ይቀይር (skillassess keys rotate)።',
    'The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).':
        'ማዕከሉ ቀድሞውኑ የፊርማ ቁልፍ አለው ({key})፤ ለመተካት ይቀይሩት (skillassess keys rotate)።',
    'There is no trusted signing key to rotate; create one (skillassess keys create).':
        'የሚቀየር የታመነ የፊርማ ቁልፍ የለም፤ አንድ ይፍጠሩ (skillassess keys create)።',
    'its public key is damaged': 'የወል ቁልፉ ተበላሽቷል',
    'Nothing was saved in assessment {id}:': 'በምዘና {id} ውስጥ ምንም አልተቀመጠም፦',
    '{unit} has no criterion {number}.': '{unit} መስፈርት {number} የለውም።',
    'Criterion {number} is given twice with different results.': 'መስፈርት {number} በተለያዩ ውጤቶች ሁለት ጊዜ ተሰጥቷል።',
    'The {what} code: {problem}': 'የ{what} ኮድ፦ {problem}',
    'The {what} title: {problem}': 'የ{what} ርዕስ፦ {problem}',
    'This item cannot be removed: {kind}.': 'ይህ ንጥል ሊወገድ አይችልም፦ {kind}።',
    'This item cannot be moved: {kind}.': 'ይህ ንጥል ሊንቀሳቀስ አይችልም፦ {kind}።',
    'Only a qualification or a unit has versions, not a {kind}.': 'ስሪቶች ያሉት ብቃት ወይም አሃድ ብቻ ነው፤ {kind} አይደለም።',
    'Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.':
        'የተጠቃሚ ስም ወይም የይለፍ ቃል ስህተት ነው፣ ወይም መለያው ከ{attempts} የተሳሳቱ የይለፍ ቃላት በኋላ ተቆልፏል። የተቆለፈ መለያ ከ{minutes} ደቂቃዎች በኋላ እንደገና ይከፈታል፤ አስተዳዳሪ የይለፍ ቃሉን በማደስ ቀደም ብሎ ሊከፍተው ይችላል።',
    # NewItemDialog -----------------------------------------------------------------------------------
    'To add a unit that exists already, give its code; the title is then not needed.':
        'ቀድሞ ያለ አሃድ ለመጨመር ኮዱን ይስጡ፤ ያኔ ርዕሱ አያስፈልግም።',
    '&Code': '&ኮድ',
    '&Title': '&ርዕስ',
    'C&ategory': '&ምድብ',
    # ProgressDialog ----------------------------------------------------------------------------------
    'Progress: %1': 'ሂደት፦ %1',
    # ProgressWidget ----------------------------------------------------------------------------------
    'Packaging rules met: a full qualification certificate can be issued.':
        'የጥቅል ደንቦቹ ተሟልተዋል፦ ሙሉ የብቃት የምስክር ወረቀት ሊሰጥ ይችላል።',
    '%n unit(s) achieved: a statement of attainment can be issued.':
        ['%n አሃድ ተገኝቷል፦ የክንውን ማረጋገጫ ሊሰጥ ይችላል።', '%n አሃዶች ተገኝተዋል፦ የክንውን ማረጋገጫ ሊሰጥ ይችላል።'],
    'No unit achieved yet.': 'እስካሁን የተገኘ አሃድ የለም።',
    'The candidate is not enrolled for any qualification.': 'ተመዛኙ በየትኛውም ብቃት አልተመዘገበም።',
    'Title': 'ርዕስ',
    'Category': 'ምድብ',
    'Credits': 'ክሬዲቶች',
    'Latest outcome': 'የቅርብ ጊዜ ውጤት',
    'Attempts': 'ሙከራዎች',
    'Achieved': 'የተገኘ',
    # QualificationForm -------------------------------------------------------------------------------
    '&Level': '&ደረጃ',
    'Sec&tor': '&ዘርፍ',
    '&Description': '&መግለጫ',
    '&Packaging rules': '&የጥቅል ደንቦች',
    '&Electives required': '&የሚያስፈልጉ ተመራጮች',
    'C&redits required': '&የሚያስፈልጉ ክሬዲቶች',
    '%1 (%2)': '%1 (%2)',
    # RecordingDialog ---------------------------------------------------------------------------------
    'Record assessments': 'ምዘናዎችን መዝግብ',
    'Unit:': 'አሃድ፦',
    'Show:': 'አሳይ፦',
    'Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once.':
        'ቁልፎች፦ S = አጥጋቢ፣ N = ገና አጥጋቢ ያልሆነ፣ Space = አጽዳ፤ ቀስቶች እና Tab ያንቀሳቅሳሉ። ጠቅ ማድረግ የሕዋሱን እሴት ያዞራል። እያንዳንዱ ለውጥ ወዲያውኑ ይቀመጣል።',
    'Session of %1, %2, assessor %3': 'የ%1 ክፍለ ጊዜ፣ %2፣ መዛኝ %3',
    '%1, attempt %2': '%1፣ ሙከራ %2',
    'All candidates': 'ሁሉም ተመዛኞች',
    'cleared': 'ጸድቷል',
    'Saved %1 %2 = %3 at %4': 'ተቀምጧል %1 %2 = %3 በ%4',
    'The database was busy (another user or an import was writing) for longer than a change waits.':
        'የመረጃ ቋቱ አንድ ለውጥ ከሚጠብቀው ጊዜ በላይ ሥራ ላይ ነበር (ሌላ ተጠቃሚ ወይም ማስገባት እየጻፈ ነበር)።',
    'The database did not accept the change (the details are in the log file).':
        'የመረጃ ቋቱ ለውጡን አልተቀበለም (ዝርዝሩ በሎግ ፋይሉ ውስጥ ነው)።',
    'Not saved: %1 The cell is marked with !; type the value again to retry.':
        'አልተቀመጠም፦ %1 ሕዋሱ በ! ተለይቷል፤ እንደገና ለመሞከር እሴቱን በድጋሚ ይጻፉ።',
    # ReportsPage -------------------------------------------------------------------------------------
    'Only a period:': 'የተወሰነ ጊዜ ብቻ፦',
    'Export results…': 'ውጤቶችን ላክ…',
    'Export certificate register…': 'የምስክር ወረቀት መዝገቡን ላክ…',
    'Export statistics…': 'ስታቲስቲክስ ላክ…',
    'Summary by sex': 'ማጠቃለያ በጾታ',
    'Women': 'ሴቶች',
    'Men': 'ወንዶች',
    'Total': 'ድምር',
    'Candidates registered (all dates)': 'የተመዘገቡ ተመዛኞች (ሁሉም ቀኖች)',
    'Candidates assessed (verified results)': 'የተመዘኑ ተመዛኞች (የተረጋገጡ ውጤቶች)',
    'Candidates competent in at least one unit': 'ቢያንስ በአንድ አሃድ ብቁ የሆኑ ተመዛኞች',
    'Candidates certified': 'የምስክር ወረቀት ያገኙ ተመዛኞች',
    'Candidates assessed': 'የተመዘኑ ተመዛኞች',
    'Candidates competent': 'ብቁ ተመዛኞች',
    'Charts show:': 'ገበታዎቹ የሚያሳዩት፦',
    'Reports': 'ሪፖርቶች',
    'The start date is after the end date.': 'የመጀመሪያው ቀን ከመጨረሻው ቀን በኋላ ነው።',
    'Counting…': 'እየተቆጠረ ነው…',
    'Women and men': 'ሴቶች እና ወንዶች',
    'Assessed': 'የተመዘኑ',
    'Certified': 'የምስክር ወረቀት ያገኙ',
    'By qualification': 'በብቃት',
    'By age group': 'በዕድሜ ምድብ',
    'By disability': 'በአካል ጉዳት',
    'By nationality': 'በዜግነት',
    'No qualification': 'ብቃት የለም',
    'Not recorded': 'አልተመዘገበም',
    'Under 18': 'ከ18 በታች',
    '18 to 24': 'ከ18 እስከ 24',
    '25 to 34': 'ከ25 እስከ 34',
    '35 to 44': 'ከ35 እስከ 44',
    '45 to 54': 'ከ45 እስከ 54',
    '55 and over': 'ከ55 በላይ',
    'With a disability': 'አካል ጉዳት ያለባቸው',
    'Without a disability': 'አካል ጉዳት የሌለባቸው',
    'Exports hold personal data: they need the administrator, registrar or verifier role.':
        'የሚላኩ ፋይሎች የግል መረጃ ይይዛሉ፦ የአስተዳዳሪ፣ የሬጅስትራር ወይም የአረጋጋጭ ሚና ያስፈልጋቸዋል።',
    'Export cancelled; no file was written.': 'መላኩ ተሰርዟል፤ ምንም ፋይል አልተጻፈም።',
    'Writing %1…': '%1 እየተጻፈ ነው…',
    'Exported statistics to %1': 'ስታቲስቲክሱ ወደ %1 ተልኳል',
    'Exported %n row(s) to %1': ['%n ረድፍ ወደ %1 ተልኳል', '%n ረድፎች ወደ %1 ተልከዋል'],
    'Export results': 'ውጤቶችን ላክ',
    'Export certificate register': 'የምስክር ወረቀት መዝገቡን ላክ',
    'Export statistics': 'ስታቲስቲክስ ላክ',
    # ResetPasswordDialog -----------------------------------------------------------------------------
    'New password for %1': 'ለ%1 አዲስ የይለፍ ቃል',
    'Tell the user the new password in person; it also unlocks a locked account.':
        'አዲሱን የይለፍ ቃል ለተጠቃሚው በአካል ይንገሩት፤ የተቆለፈ መለያንም ይከፍታል።',
    # ResultsExportDialog -----------------------------------------------------------------------------
    'All qualifications': 'ሁሉም ብቃቶች',
    'Only results assessed in a period': 'በአንድ ጊዜ ክልል ውስጥ የተመዘኑ ውጤቶች ብቻ',
    'Qualification:': 'ብቃት፦',
    'Period:': 'ጊዜ፦',
    'Choose file…': 'ፋይል ምረጥ…',
    # RplStepDialog -----------------------------------------------------------------------------------
    'Record RPL step': 'የRPL ደረጃ መዝግብ',
    'Not decided': 'ያልተወሰነ',
    'Eligibility decision': 'የብቁነት ውሳኔ',
    'Reason *': 'ምክንያት *',
    'Enrol the candidate first.': 'መጀመሪያ ተመዛኙን ያስመዝግቡ።',
    # SelfAssessmentDialog ----------------------------------------------------------------------------
    'Self-assessment — %1': 'የራስ ምዘና — %1',
    'Answer': 'መልስ',
    'Not answered': 'ያልተመለሰ',
    'Print checklist (PDF)…': 'የማረጋገጫ ዝርዝሩን አትም (PDF)…',
    'For each criterion, record what the candidate says: I can do this, with help, or not yet.':
        'ለእያንዳንዱ መስፈርት ተመዛኙ የሚለውን ይመዝግቡ፦ ይህን መሥራት እችላለሁ፣ በእገዛ፣ ወይም ገና።',
    'Save checklist': 'የማረጋገጫ ዝርዝሩን አስቀምጥ',
    # SessionPlannerDialog ----------------------------------------------------------------------------
    'Plan an assessment session': 'የምዘና ክፍለ ጊዜ አቅድ',
    'For example: Practical assessment, November': 'ለምሳሌ፦ የተግባር ምዘና፣ ኅዳር',
    'Search candidates by name, registration number or ID': 'ተመዛኞችን በስም፣ በምዝገባ ቁጥር ወይም በመታወቂያ ፈልግ',
    'Add': 'ጨምር',
    'Remove': 'አስወግድ',
    'Title:': 'ርዕስ፦',
    'Assessor:': 'መዛኝ፦',
    'Units:': 'አሃዶች፦',
    'Plan session': 'ክፍለ ጊዜ አቅድ',
    'Candidates:': 'ተመዛኞች፦',
    '%n candidate(s) chosen': ['%n ተመዛኝ ተመርጧል', '%n ተመዛኞች ተመርጠዋል'],
    'Sign in to plan a session.': 'የምዘና ክፍለ ጊዜ ለማቀድ ይግቡ።',
    # SexBarChartWidget -------------------------------------------------------------------------------
    'No data for this period': 'ለዚህ ጊዜ ምንም መረጃ የለም',
    # SignInDialog ------------------------------------------------------------------------------------
    'Sign in — %1': 'ግባ — %1',
    '&Sign in': '&ግባ',
    'This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.':
        'ይህ የማሳያ የመረጃ ቋት ነው። ተጠቃሚዎች፦ %1። እያንዳንዱ የይለፍ ቃል demo- ተከትሎ የተጠቃሚው ስም ነው፣ ለምሳሌ %2።',
    'Enter your user name and password.': 'የተጠቃሚ ስምዎን እና የይለፍ ቃልዎን ያስገቡ።',
    'Signing in…': 'በመግባት ላይ…',
    'Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.':
        ['የተጠቃሚ ስም ወይም የይለፍ ቃል ስህተት ነው፣ ወይም መለያው ከ%1 የተሳሳቱ የይለፍ ቃላት በኋላ ተቆልፏል። የተቆለፈ መለያ ከ%n ደቂቃ በኋላ እንደገና ይከፈታል፤ አስተዳዳሪ የይለፍ ቃሉን በማደስ ቀደም ብሎ ሊከፍተው ይችላል።', 'የተጠቃሚ ስም ወይም የይለፍ ቃል ስህተት ነው፣ ወይም መለያው ከ%1 የተሳሳቱ የይለፍ ቃላት በኋላ ተቆልፏል። የተቆለፈ መለያ ከ%n ደቂቃዎች በኋላ እንደገና ይከፈታል፤ አስተዳዳሪ የይለፍ ቃሉን በማደስ ቀደም ብሎ ሊከፍተው ይችላል።'],
    'The account %1 is deactivated; ask an administrator.': 'መለያው %1 ተሰናክሏል፤ አስተዳዳሪን ይጠይቁ።',
    # SigningKeysDialog -------------------------------------------------------------------------------
    'Signing keys': 'የፊርማ ቁልፎች',
    "Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since.":
        'የምስክር ወረቀቶች በማዕከሉ ቁልፍ ይፈረማሉ፤ የወል ቁልፉ ያለው ማንኛውም ሰው ሊፈትሻቸው ይችላል። ቁልፎችን የሚሠሩት ወይም የሚቀይሩት አስተዳዳሪዎች ብቻ ናቸው፣ እያንዳንዱ ለውጥም በኦዲት መዝገቡ ይጻፋል። አንድ ቁልፍ የሚታመነው የኦዲት መዝገቡ አፈጣጠሩን ሲይዝ እና መዝገቡ ከዚያ ወዲህ ሳይለወጥ ሲቀር ብቻ ነው።',
    'Key': 'ቁልፍ',
    'Trusted': 'የታመነ',
    'Private key on this computer': 'በዚህ ኮምፒውተር ላይ ያለ የግል ቁልፍ',
    '&Create key': '&ቁልፍ ፍጠር',
    "Make the centre's first signing key.": 'የማዕከሉን የመጀመሪያ የፊርማ ቁልፍ ሥራ።',
    '&Rotate key…': '&ቁልፉን ቀይር…',
    'A new key signs new certificates; the old one is retired and still verifies the certificates it signed.':
        'አዲስ ቁልፍ አዳዲስ የምስክር ወረቀቶችን ይፈርማል፤ አሮጌው ጡረታ ይወጣል፣ የፈረማቸውንም የምስክር ወረቀቶች አሁንም ያረጋግጣል።',
    '&Export public key…': '&የወል ቁልፉን ላክ…',
    'Save the current public key (PEM) for those who verify certificates.':
        'የምስክር ወረቀቶችን ለሚያረጋግጡ የአሁኑን የወል ቁልፍ (PEM) አስቀምጥ።',
    'Active': 'ንቁ',
    'Retired': 'ጡረታ የወጣ',
    'No: %1': 'አይ፦ %1',
    'This centre has no signing key yet: certificates cannot be issued until you create one.':
        'ይህ ማዕከል እስካሁን የፊርማ ቁልፍ የለውም፦ አንድ እስኪፈጥሩ ድረስ የምስክር ወረቀቶች ሊሰጡ አይችሉም።',
    'The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here.':
        'የ%1 የግል ቁልፍ በዚህ ኮምፒውተር ላይ የለም፦ የምስክር ወረቀቶች ሊሰጡ የሚችሉት እሱ ባለበት ብቻ ነው። ከተሠራበት ኮምፒውተር ይገልብጡት፣ ወይም እዚህ ቁልፉን ይቀይሩ።',
    'New certificates are signed with key %1.': 'አዳዲስ የምስክር ወረቀቶች በቁልፍ %1 ይፈረማሉ።',
    'Rotate the signing key': 'የፊርማ ቁልፉን ቀይር',
    'Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key.':
        'ለአዳዲስ የምስክር ወረቀቶች አዲስ የፊርማ ቁልፍ ይሠራ? የአሁኑ ቁልፍ ጡረታ ይወጣል፦ የፈረማቸው የምስክር ወረቀቶች አሁንም ይረጋገጣሉ። የምስክር ወረቀቶችን ያለ ኢንተርኔት የሚያረጋግጡ አዲሱን የወል ቁልፍ ያስፈልጋቸዋል።',
    'Export public key': 'የወል ቁልፉን ላክ',
    'Public key (*.pem)': 'የወል ቁልፍ (*.pem)',
    'Public key %1 written to %2.': 'የወል ቁልፍ %1 ወደ %2 ተጽፏል።',
    # StandardsPage -----------------------------------------------------------------------------------
    'Search by code or title': 'በኮድ ወይም በርዕስ ፈልግ',
    'Details': 'ዝርዝሮች',
    '&Add': '&ጨምር',
    'Add under the selected item (Ins)': 'ከተመረጠው ንጥል ሥር ጨምር (Ins)',
    'Remo&ve': '&አስወግድ',
    'Remove the selected item (Del)': 'የተመረጠውን ንጥል አስወግድ (Del)',
    'Move &up': '&ወደ ላይ አንቀሳቅስ',
    'Move the selected item up (Ctrl+Up)': 'የተመረጠውን ንጥል ወደ ላይ አንቀሳቅስ (Ctrl+Up)',
    'Move do&wn': '&ወደ ታች አንቀሳቅስ',
    'Move the selected item down (Ctrl+Down)': 'የተመረጠውን ንጥል ወደ ታች አንቀሳቅስ (Ctrl+Down)',
    'New &version': '&አዲስ ስሪት',
    'Copy the selected qualification or unit as a draft with the next version number':
        'የተመረጠውን ብቃት ወይም አሃድ በቀጣዩ የስሪት ቁጥር እንደ ረቂቅ ገልብጥ',
    '&Publish': '&አትም',
    'Make the selected draft current; the current version becomes superseded':
        'የተመረጠውን ረቂቅ የአሁኑ አድርግ፤ የአሁኑ ስሪት የተተካ ይሆናል',
    '&Import…': '&አስገባ…',
    'Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)':
        'የሙያ ደረጃን ከExcel (.xlsx)፣ ከCASE (.json) ወይም ከMoodle (.csv) አስገባ',
    'E&xport…': '&ላክ…',
    'Export the selected qualification to Excel or CASE JSON': 'የተመረጠውን ብቃት ወደ Excel ወይም CASE JSON ላክ',
    '&Template…': '&አብነት…',
    'Save an empty, documented Excel workbook to fill in': 'የሚሞላ ባዶ፣ የተብራራ የExcel የሥራ መጽሐፍ አስቀምጥ',
    '&Element': '&ንጥል',
    '&Performance criterion': '&የአፈጻጸም መስፈርት',
    'Select an item in the tree to see and edit it.': 'ለማየትና ለማስተካከል በዛፉ ውስጥ አንድ ንጥል ይምረጡ።',
    'Standards': 'የሙያ ደረጃዎች',
    'Units in no qualification': 'በየትኛውም ብቃት ውስጥ የሌሉ አሃዶች',
    'New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up.':
        'አዳዲስ የአሃድ ስሪቶች አንድ የብቃት ስሪት እስኪይዛቸው ድረስ እዚህ ይጠብቃሉ፦ እንዲወስዳቸው የብቃቱን አዲስ ስሪት ይሥሩ።',
    'Version %1 · %2': 'ስሪት %1 · %2',
    'Level %1 · version %2 · %3': 'ደረጃ %1 · ስሪት %2 · %3',
    'version %1 · %2': 'ስሪት %1 · %2',
    '%1 · version %2 · %3 credits · %4': '%1 · ስሪት %2 · %3 ክሬዲቶች · %4',
    'Element %1 of %2': 'ንጥል %1 ከ%2',
    'Performance criterion %1 of %2': 'የአፈጻጸም መስፈርት %1 ከ%2',
    'Only an administrator can change, import or export standards; you can look at them here.':
        'የሙያ ደረጃዎችን መቀየር፣ ማስገባት ወይም መላክ የሚችለው አስተዳዳሪ ብቻ ነው፤ እዚህ ሊመለከቷቸው ይችላሉ።',
    'Needs the administrator role': 'የአስተዳዳሪ ሚና ያስፈልገዋል',
    'New awarding body': 'አዲስ የምስክር ወረቀት ሰጪ አካል',
    'New qualification': 'አዲስ ብቃት',
    'New unit': 'አዲስ አሃድ',
    'Title of the new element:': 'የአዲሱ ንጥል ርዕስ፦',
    'Text of the new performance criterion:': 'የአዲሱ የአፈጻጸም መስፈርት ጽሑፍ፦',
    'Remove the draft qualification %1? Its units stay.': 'ረቂቁ ብቃት %1 ይወገድ? አሃዶቹ ይቆያሉ።',
    'Take unit %1 out of this qualification? The unit itself stays.': 'አሃድ %1 ከዚህ ብቃት ይውጣ? አሃዱ ራሱ ይቆያል።',
    'Remove element %1 and its performance criteria?': 'ንጥል %1 እና የአፈጻጸም መስፈርቶቹ ይወገዱ?',
    'Remove performance criterion %1?': 'የአፈጻጸም መስፈርት %1 ይወገድ?',
    'Import a standard': 'የሙያ ደረጃ አስገባ',
    'Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)':
        'የሙያ ደረጃዎች (*.xlsx *.json *.csv);;የExcel የሥራ መጽሐፍ (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)',
    'Import': 'አስገባ',
    'Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.':
        '%1 ስሪት %2 ገብቷል፦ %3 አሃዶች፣ %4 ንጥሎች፣ %5 የአፈጻጸም መስፈርቶች።',
    'Export a standard': 'የሙያ ደረጃ ላክ',
    'Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)': 'የExcel የሥራ መጽሐፍ (*.xlsx);;CASE 1.1 JSON (*.json)',
    'Export': 'ላክ',
    'Save the standards template': 'የሙያ ደረጃ አብነቱን አስቀምጥ',
    # Task --------------------------------------------------------------------------------------------
    'Cancel': 'ሰርዝ',
    # UnitForm ----------------------------------------------------------------------------------------
    'C&redits': '&ክሬዲቶች',
    '&Nominal hours': '&መደበኛ ሰዓታት',
    # UserDialog --------------------------------------------------------------------------------------
    'Add user': 'ተጠቃሚ ጨምር',
    'Change user %1': 'ተጠቃሚ %1ን ቀይር',
    'Roles:': 'ሚናዎች፦',
    'for assessors': 'ለመዛኞች',
    'Assessor &registration no.:': '&የመዛኝ ምዝገባ ቁ.፦',
    'Expires on': 'የሚያበቃበት ቀን',
    'Registration:': 'ምዝገባ፦',
    'Give the user at least one role.': 'ለተጠቃሚው ቢያንስ አንድ ሚና ይስጡ።',
    # UserTableModel ----------------------------------------------------------------------------------
    '%1 (expired)': '%1 (ጊዜው ያለፈበት)',
    'Deactivated': 'የተሰናከለ',
    'Locked': 'የተቆለፈ',
    'User name': 'የተጠቃሚ ስም',
    'Full name': 'ሙሉ ስም',
    'Roles': 'ሚናዎች',
    'Assessor registration no.': 'የመዛኝ ምዝገባ ቁ.',
    'Registration expires': 'ምዝገባው የሚያበቃበት',
    # UsersPage ---------------------------------------------------------------------------------------
    '&Add user…': '&ተጠቃሚ ጨምር…',
    '&Change…': '&ቀይር…',
    '&Reset password…': '&የይለፍ ቃል አድስ…',
    '&Deactivate': '&አሰናክል',
    'Signing &keys…': '&የፊርማ ቁልፎች…',
    "The centre's certificate signing keys: create, rotate, export the public key.":
        'የማዕከሉ የምስክር ወረቀት የፊርማ ቁልፎች፦ ፍጠር፣ ቀይር፣ የወል ቁልፉን ላክ።',
    'Users who have records are never deleted: deactivate them, and they can no longer sign in.':
        'መዝገቦች ያሏቸው ተጠቃሚዎች ፈጽሞ አይሰረዙም፦ ያሰናክሏቸው፣ ከዚያ በኋላ መግባት አይችሉም።',
    'Users': 'ተጠቃሚዎች',
    '%n user(s)': ['%n ተጠቃሚ', '%n ተጠቃሚዎች'],
    '&Activate': '&አንቃ',
    # VerifyDialog ------------------------------------------------------------------------------------
    'Verify a certificate': 'የምስክር ወረቀት አረጋግጥ',
    'Paste the text of the QR code (it starts with SA1.)': 'የQR ኮዱን ጽሑፍ ይለጥፉ (በSA1. ይጀምራል)',
    'Open image or PDF…': 'ምስል ወይም PDF ክፈት…',
    'Open a certificate': 'የምስክር ወረቀት ክፈት',
    'Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)': 'የምስክር ወረቀቶች (*.pdf *.png *.jpg *.jpeg);;ሁሉም ፋይሎች (*)',
    'No QR code was found in %1.': 'በ%1 ውስጥ የQR ኮድ አልተገኘም።',
    'VALID': 'ትክክለኛ',
    'INVALID': 'ትክክለኛ ያልሆነ',
    'REVOKED': 'የተሻረ',
    'UNKNOWN KEY': 'ያልታወቀ ቁልፍ',
    'UNTRUSTED KEY': 'ያልታመነ ቁልፍ',
    'UNKNOWN CERTIFICATE': 'ያልታወቀ የምስክር ወረቀት',
    'Serial: %1': 'ተከታታይ ቁ.፦ %1',
    'Name: %1': 'ስም፦ %1',
    'Qualification: %1': 'ብቃት፦ %1',
    'Units: %1': 'አሃዶች፦ %1',
    'Issued on: %1': 'የተሰጠበት ቀን፦ %1',
    'Key: %1': 'ቁልፍ፦ %1',
    # _Form -------------------------------------------------------------------------------------------
    '&Save': '&አስቀምጥ',
    'Save the changes (Ctrl+S)': 'ለውጦቹን አስቀምጥ (Ctrl+S)',
    'Re&vert': '&መልስ',
}


# Qt's own words (ui/qt_strings.py): Qt has no Amharic or Swahili catalogue of its own ----
TRANSLATIONS.update({
    ('QPlatformTheme', 'OK'): 'እሺ',
    ('QPlatformTheme', 'Cancel'): 'ሰርዝ',
    ('QPlatformTheme', 'Save'): 'አስቀምጥ',
    ('QPlatformTheme', 'Open'): 'ክፈት',
    ('QPlatformTheme', 'Close'): 'ዝጋ',
    ('QPlatformTheme', '&Yes'): '&አዎ',
    ('QPlatformTheme', '&No'): '&አይ',
    ('QPlatformTheme', 'Yes to &All'): '&ለሁሉም አዎ',
    ('QPlatformTheme', 'N&o to All'): 'ለ&ሁሉም አይ',
    ('QPlatformTheme', 'Apply'): 'ተግብር',
    ('QPlatformTheme', 'Reset'): 'ዳግም አስጀምር',
    ('QPlatformTheme', 'Help'): 'እገዛ',
    ('QPlatformTheme', 'Discard'): 'ተው',
    ('QPlatformTheme', 'Retry'): 'እንደገና ሞክር',
    ('QPlatformTheme', 'Ignore'): 'ችላ በል',
    ('QPlatformTheme', 'Abort'): 'አቋርጥ',
    ('QPlatformTheme', 'Save All'): 'ሁሉንም አስቀምጥ',
    ('QPlatformTheme', 'Restore Defaults'): 'ነባሪዎቹን መልስ',
    ('QMessageBox', 'Show Details...'): 'ዝርዝሩን አሳይ…',
    ('QMessageBox', 'Hide Details...'): 'ዝርዝሩን ደብቅ…',
    ('QWizard', '< &Back'): '< &ተመለስ',
    ('QWizard', '&Next >'): '&ቀጣይ >',
    ('QWizard', '&Next'): '&ቀጣይ',
    ('QWizard', '&Finish'): '&ጨርስ',
    ('QWizard', 'Cancel'): 'ሰርዝ',
    ('QWizard', 'Help'): 'እገዛ',
    ('QWizard', 'Go Back'): 'ተመለስ',
    ('QWizard', 'Continue'): 'ቀጥል',
    ('QWizard', 'Commit'): 'አጽድቅ',
    ('QWizard', 'Done'): 'ተጠናቋል',
    ('QFileDialog', 'File &name:'): '&የፋይል ስም፦',
    ('QFileDialog', 'Directory:'): 'አቃፊ፦',
    ('QFileDialog', '&Open'): '&ክፈት',
    ('QFileDialog', '&Save'): '&አስቀምጥ',
    ('QFileDialog', '&Choose'): '&ምረጥ',
    ('QFileDialog', 'Open'): 'ክፈት',
    ('QFileDialog', 'Save As'): 'አስቀምጥ እንደ',
    ('QFileDialog', 'Find Directory'): 'አቃፊ ፈልግ',
    ('QFileDialog', 'All Files (*)'): 'ሁሉም ፋይሎች (*)',
    ('QFileDialog', 'Back'): 'ተመለስ',
    ('QFileDialog', 'Forward'): 'ወደ ፊት',
    ('QFileDialog', 'Parent Directory'): 'ወላጅ አቃፊ',
    ('QFileDialog', 'Create New Folder'): 'አዲስ አቃፊ ፍጠር',
    ('QFileDialog', 'New Folder'): 'አዲስ አቃፊ',
    ('QFileDialog', '&New Folder'): '&አዲስ አቃፊ',
    ('QFileDialog', 'List View'): 'የዝርዝር ዕይታ',
    ('QFileDialog', 'Detail View'): 'የዝርዝር መረጃ ዕይታ',
    ('QFileDialog', 'Recent Places'): 'የቅርብ ጊዜ ቦታዎች',
    ('QFileDialog', 'Sidebar'): 'የጎን አሞሌ',
    ('QFileDialog', 'Show &hidden files'): '&የተደበቁ ፋይሎችን አሳይ',
    ('QFileDialog', '&Delete'): '&ሰርዝ',
    ('QFileDialog', '&Rename'): '&ስም ቀይር',
    ('QFileSystemModel', 'Name'): 'ስም',
    ('QFileSystemModel', 'Size'): 'መጠን',
    ('QFileSystemModel', 'Date Modified'): 'የተቀየረበት ቀን',
    ('QLineEdit', '&Undo'): '&ቀልብስ',
    ('QLineEdit', '&Redo'): '&ድገም',
    ('QLineEdit', 'Cu&t'): '&ቁረጥ',
    ('QLineEdit', '&Copy'): '&ቅዳ',
    ('QLineEdit', '&Paste'): '&ለጥፍ',
    ('QLineEdit', 'Delete'): 'ሰርዝ',
    ('QLineEdit', 'Select All'): 'ሁሉንም ምረጥ',
    ('QWidgetTextControl', '&Undo'): '&ቀልብስ',
    ('QWidgetTextControl', '&Redo'): '&ድገም',
    ('QWidgetTextControl', 'Cu&t'): '&ቁረጥ',
    ('QWidgetTextControl', '&Copy'): '&ቅዳ',
    ('QWidgetTextControl', '&Paste'): '&ለጥፍ',
    ('QWidgetTextControl', 'Delete'): 'ሰርዝ',
    ('QWidgetTextControl', 'Select All'): 'ሁሉንም ምረጥ',
})

# languages: record types of the audit log (lupdate did not see them through an alias) ----
TRANSLATIONS.update({
    ('AuditPage', 'Centre'): 'ማዕከል',
    ('AuditPage', 'Evidence'): 'ማስረጃ',
    ('AuditPage', 'Assessment'): 'ምዘና',
    ('AuditPage', 'Amendment'): 'ማስተካከያ',
    ('AuditPage', 'Appeal'): 'ይግባኝ',
    ('AuditPage', 'Awarding body'): 'የምስክር ወረቀት ሰጪ አካል',
    ('AuditPage', 'Signatory'): 'ፈራሚ',
    ('AuditPage', 'Signing key'): 'የፊርማ ቁልፍ',
})

# languages: Qt 6's file dialog wording ("&Look in:"), which Qt's own fr and ar catalogues lack ----
TRANSLATIONS.update({
    ('QFileDialog', '&Look in:'): '&የሚፈለግበት፦',
    ('QFileDialog', 'Files of &type:'): '&የፋይል ዓይነት፦',
    ('QAbstractFileIconProvider', 'Drive'): 'ድራይቭ',
    ('QAbstractFileIconProvider', 'Folder', 'All other platforms'): 'አቃፊ',
    ('QFileDialog', 'Files'): 'ፋይሎች',
    ('QFileDialog', 'List of places and bookmarks'): 'የቦታዎች እና የዕልባቶች ዝርዝር',
    ('QFileDialog', 'Go back'): 'ወደ ኋላ ሂድ',
    ('QFileDialog', 'Go forward'): 'ወደ ፊት ሂድ',
    ('QFileDialog', 'Go to the parent directory'): 'ወደ ወላጅ አቃፊ ሂድ',
    ('QFileDialog', 'Create a New Folder'): 'አዲስ አቃፊ ፍጠር',
    ('QFileDialog', 'Change to list view mode'): 'ወደ ዝርዝር ዕይታ ቀይር',
    ('QFileDialog', 'Change to detail view mode'): 'ወደ ዝርዝር መረጃ ዕይታ ቀይር',
    ('QFileSystemModel', 'Computer'): 'ኮምፒውተር',
    ('QFileSystemModel', 'Type', 'All other platforms'): 'ዓይነት',
})

# languages: one digit convention, a choice in View → Language ----
TRANSLATIONS.update({
    ('MainWindow', 'Latin digits (0–9)'):
        'የላቲን አሃዞች (0–9)',
    ('MainWindow', "Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)"):
        'ቁጥሮች እና ቀኖች በቋንቋው አሃዞች ምትክ በ0–9 አሃዞች (እንደገና ከተጀመረ በኋላ ይተገበራል)',
})

# languages: the assessment record and the self-assessment checklist, printed in the user's language ----
TRANSLATIONS.update({
    ('Messages', 'Competent (C)'):
        'ብቁ (C)',
    ('Messages', 'Not Yet Competent (NYC)'):
        'ገና ብቁ ያልሆነ (NYC)',
    ('Messages', 'RPL granted'):
        'RPL ተሰጥቷል',
    ('Messages', 'Credit transfer (CT)'):
        'የክሬዲት ዝውውር (CT)',
    ('Messages', 'Withdrawn'):
        'ያቋረጠ',
    ('Messages', 'Observation'):
        'ምልከታ',
    ('Messages', 'Questioning'):
        'ጥያቄ',
    ('Messages', 'Product'):
        'ምርት',
    ('Messages', 'Third-party report'):
        'የሦስተኛ ወገን ሪፖርት',
    ('Messages', 'Portfolio'):
        'ማህደር',
    ('Messages', 'Draft (not final)'):
        'ረቂቅ (የመጨረሻ ያልሆነ)',
    ('Messages', 'Submitted, awaiting verification'):
        'የቀረበ፣ ማረጋገጫ በመጠባበቅ ላይ',
    ('Messages', 'Verified'):
        'የተረጋገጠ',
    ('Messages', 'Returned to the assessor'):
        'ወደ መዛኙ የተመለሰ',
    ('Messages', 'S'):
        'S',
    ('Messages', 'NYS'):
        'NYS',
    ('Messages', 'Recognition of Prior Learning'):
        'ቀደም ሲል የተገኘ ትምህርት ዕውቅና',
    ('Messages', 'Training'):
        'ሥልጠና',
    ('Messages', 'Signature:'):
        'ፊርማ፦',
    ('Messages', ' — from: {source}'):
        ' — ከ፦ {source}',
    ('Messages', "Assessor's comments"):
        'የመዛኙ አስተያየት',
    ('Messages', 'Feedback given to the candidate'):
        'ለተመዛኙ የተሰጠ ግብረ መልስ',
    ('Messages', 'Not declared.'):
        'አልተገለጸም።',
    ('Messages', 'Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}'):
        'ምዘና {id} — {regno} — {unit} ሙከራ {attempt} — የታተመው {date}',
    ('Messages', 'Assessment record'):
        'የምዘና መዝገብ',
    ('Messages', '{code} version {version} — {title}'):
        '{code} ስሪት {version} — {title}',
    ('Messages', 'Attempt'):
        'ሙከራ',
    ('Messages', 'Date and venue'):
        'ቀን እና ቦታ',
    ('Messages', 'Pathway'):
        'መንገድ',
    ('Messages', 'Methods used'):
        'ጥቅም ላይ የዋሉ ዘዴዎች',
    ('Messages', 'Outcome'):
        'ውጤት',
    ('Messages', 'Performance criteria'):
        'የአፈጻጸም መስፈርቶች',
    ('Messages', 'Element {position}: {title}'):
        'ንጥል {position}፦ {title}',
    ('Messages', 'S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.'):
        'S = አጥጋቢ፤ NYS = ገና አጥጋቢ ያልሆነ፤ — = ያልተመዘነ።',
    ('Messages', 'Conflict of interest'):
        'የጥቅም ግጭት',
    ('Messages', 'The assessor declared a conflict of interest: {details}'):
        'መዛኙ የጥቅም ግጭት እንዳለ ገልጿል፦ {details}',
    ('Messages', 'The assessor declared no conflict of interest with this candidate.'):
        'መዛኙ ከዚህ ተመዛኝ ጋር ምንም የጥቅም ግጭት እንደሌለ ገልጿል።',
    ('Messages', 'Status: {status}. This record is not final until it is verified.'):
        'ሁኔታ፦ {status}። ይህ መዝገብ እስኪረጋገጥ ድረስ የመጨረሻ አይደለም።',
    ('Messages', 'No.'):
        'ቁ.',
    ('Messages', 'Judgement'):
        'ውሳኔ',
    ('Messages', 'Criteria not yet Satisfactory: {criteria}'):
        'ገና አጥጋቢ ያልሆኑ መስፈርቶች፦ {criteria}',
    ('Messages', 'Returned by the verifier'):
        'በአረጋጋጩ የተመለሰ',
    ('Messages', 'Amendments after verification'):
        'ከማረጋገጫ በኋላ የተደረጉ ማስተካከያዎች',
    ('Messages', 'Attempts at this unit'):
        'በዚህ አሃድ ላይ የተደረጉ ሙከራዎች',
    ('Messages', 'Page {page}'):
        'ገጽ {page}',
    ('Messages', 'Assessor'):
        'መዛኝ',
    ('Messages', 'Verifier'):
        'አረጋጋጭ',
    ('Messages', 'Submitted: {date}'):
        'የቀረበው፦ {date}',
    ('Messages', 'Verified: {date}'):
        'የተረጋገጠው፦ {date}',
    ('Messages', 'Sign-off'):
        'ፊርማዎች',
    ('Messages', 'Attempt {attempt}: {date}, {outcome}, {status}'):
        'ሙከራ {attempt}፦ {date}፣ {outcome}፣ {status}',
    ('Messages', 'no outcome'):
        'ውጤት የለም',
    ('Messages', 'Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.'):
        'እያንዳንዱን ዓረፍተ ነገር ያንብቡ እና አንድ ሳጥን ብቻ ምልክት ያድርጉ፦ ይህን መሥራት እችላለሁ (በራሴ፣ በደረጃው መሠረት)፣ በእገዛ (አንድ ሰው እየመራኝ ሠርቼዋለሁ)፣ ወይም ገና። የተሳሳተ መልስ የለም፦ መልሶችዎ መዛኙ ከእርስዎ ጋር የሚመለከተውን እንዲያቅድ ይረዳሉ።',
    ('Messages', 'I can do this'):
        'ይህን መሥራት እችላለሁ',
    ('Messages', 'With help'):
        'በእገዛ',
    ('Messages', 'Not yet'):
        'ገና',
    ('Messages', '{regno} · {qualification} · self-assessment'):
        '{regno} · {qualification} · የራስ ምዘና',
    ('Messages', 'Self-assessment checklist'):
        'የራስ ምዘና ማረጋገጫ ዝርዝር',
    ('Messages', 'Registration number'):
        'የምዝገባ ቁጥር',
    ('Messages', "Candidate's signature"):
        'የተመዛኙ ፊርማ',
    ('Messages', "Assessor's signature"):
        'የመዛኙ ፊርማ',
})

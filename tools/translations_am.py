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

# tr-am: strings added by the phase-3 merges ----
TRANSLATIONS.update({
    ('AddEvidenceDialog', 'Edit evidence'):
        'ማስረጃ አስተካክል',
    ('App', 'Opening %1…'):
        '%1 እየተከፈተ ነው…',
    ('AssessmentsPage', 'Candidate: name or registration number'):
        'ተመዛኝ፦ ስም ወይም የምዝገባ ቁጥር',
    ('AssessmentsPage', 'Unit: code or title'):
        'አሃድ፦ ኮድ ወይም ርዕስ',
    ('AssessmentsPage', 'Save as PDF…'):
        'እንደ PDF አስቀምጥ…',
    ('AssessmentsPage', 'The evidence and self-assessment behind each criterion, and the gaps'):
        'ከእያንዳንዱ መስፈርት በስተጀርባ ያሉት ማስረጃዎች እና የራስ ምዘና፣ እና ክፍተቶቹ',
    ('AssessmentsPage', 'All sessions'):
        'ሁሉም ክፍለ ጊዜዎች',
    ('AssessmentsPage', 'Session %1'):
        'ክፍለ ጊዜ %1',
    ('AssessmentsPage', 'All assessors'):
        'ሁሉም መዛኞች',
    ('AssessmentsPage', 'Print assessment record'):
        'የምዘና መዝገቡን አትም',
    ('AuditPage', '&Technical detail'):
        '&ቴክኒካዊ ዝርዝር',
    ('AuditPage', 'Show the entry as the log stores it: record type, record number, values before and after.'):
        'ግቤቱን መዝገቡ እንደሚያከማቸው አሳይ፦ የመዝገብ ዓይነት፣ የመዝገብ ቁጥር፣ ከለውጡ በፊትና በኋላ ያሉ እሴቶች።',
    ('AuditPage', 'Select an entry to see what changed.'):
        'ምን እንደተለወጠ ለማየት ግቤት ይምረጡ።',
    ('AuditPage', 'Entry %1, %2'):
        'ግቤት %1፣ %2',
    ('AuditPage', 'Technical detail: %1 %2 %3 by %4'):
        'ቴክኒካዊ ዝርዝር፦ %1 %2 %3 በ%4',
    ('AuditTableModel', 'By'):
        'ያከናወነው',
    ('AuditTableModel', 'What happened'):
        'የተፈጸመው',
    ('CandidatePanel', 'The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)'):
        'ከእያንዳንዱ መስፈርት በስተጀርባ ያሉት ማስረጃዎች እና የራስ ምዘና፣ እና ክፍተቶቹ (በሕዋስ ላይ Ctrl+E)',
    ('CandidatePanel', 'Not Yet Competent and Withdrawn can always be recorded.'):
        'ገና ብቁ ያልሆነ እና ያቋረጠ ሁልጊዜ ሊመዘገቡ ይችላሉ።',
    ('CandidatePanel', 'Credit transfer rests on its source, not on the criteria.'):
        'የክሬዲት ዝውውር በምንጩ ላይ እንጂ በመስፈርቶቹ ላይ አይመሠረትም።',
    ('CandidatePanel', 'The candidate is not enrolled on the RPL pathway.'):
        'ተመዛኙ በRPL መንገድ አልተመዘገበም።',
    ('CandidatePanel', 'RPL granted is blocked. '):
        'RPL መስጠት ታግዷል። ',
    ('CandidatePanel', 'Every criterion is Satisfactory: RPL granted can be recorded.'):
        'ሁሉም መስፈርቶች አጥጋቢ ናቸው፦ RPL ተሰጥቷል ሊመዘገብ ይችላል።',
    ('CandidatePanel', 'Submit the result of %1 in %2 for verification?'):
        'የ%1 ውጤት በ%2 ለማረጋገጫ ይቅረብ?',
    ('CandidatePanel', 'Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you.'):
        'ከዚያ ውሳኔዎቹ፣ ዘዴዎቹ፣ አስተያየቶቹ እና ውጤቱ (%1) ይቆለፋሉ፦ ወደ እርስዎ ሊመልሰው የሚችለው አረጋጋጭ ብቻ ነው።',
    ('CandidatePanel', 'Verify the result of %1 in %2?'):
        'የ%1 ውጤት በ%2 ይረጋገጥ?',
    ('CandidatePanel', 'The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt.'):
        'ከዚያ ውጤቱ %1 የመጨረሻ ሆኖ ይቆለፋል፦ ለውጥ ምክንያት ያለው ማስተካከያ ወይም አዲስ ሙከራ ያስፈልገዋል።',
    ('CandidatesPage', 'Gap training…'):
        'የክፍተት ሥልጠና…',
    ('CandidatesPage', 'Refer a candidate whose recognition is partial to training for the units not achieved'):
        'ዕውቅናው ከፊል የሆነን ተመዛኝ ላልተገኙት አሃዶች ወደ ሥልጠና ይላኩ',
    ('CandidatesPage', 'Timeline'):
        'የጊዜ ሰሌዳ',
    ('CandidatesPage', 'Assessment %1, attempt %2: %3, %4'):
        'ምዘና %1፣ ሙከራ %2፦ %3፣ %4',
    ('CandidatesPage', 'no outcome yet'):
        'ገና ውጤት የለም',
    ('CandidatesPage', 'Referred to gap training: %1'):
        'ወደ ክፍተት ሥልጠና ተልኳል፦ %1',
    ('CentreSettingsDialog', 'Centre settings'):
        'የማዕከሉ ቅንብሮች',
    ('CentreSettingsDialog', 'Starts new certificate serial numbers and registration numbers.'):
        'አዲስ የምስክር ወረቀት ተከታታይ ቁጥሮችን እና የምዝገባ ቁጥሮችን ይጀምራል።',
    ('CentreSettingsDialog', 'Remove logo'):
        'አርማውን አስወግድ',
    ('CentreSettingsDialog', 'QR codes on new certificates link to this address, where anyone can check them. Leave it empty to print the signed text only.'):
        'በአዲስ የምስክር ወረቀቶች ላይ ያሉት የQR ኮዶች ወደዚህ አድራሻ ያገናኛሉ፤ ማንኛውም ሰው እዚያ ሊያረጋግጣቸው ይችላል። የተፈረመውን ጽሑፍ ብቻ ለማተም ባዶ ይተዉት።',
    ('CentreSettingsDialog', '&Verification address:'):
        '&የማረጋገጫ አድራሻ፦',
    ('CentreSettingsDialog', 'Name'):
        'ስም',
    ('CentreSettingsDialog', 'Title (%1)'):
        'ማዕረግ (%1)',
    ('CentreSettingsDialog', 'Signature'):
        'ፊርማ',
    ('CentreSettingsDialog', '&Add signatory'):
        '&ፈራሚ ጨምር',
    ('CentreSettingsDialog', 'R&emove signatory'):
        'ፈ&ራሚ አስወግድ',
    ('CentreSettingsDialog', 'Choose &signature…'):
        '&ፊርማ ምረጥ…',
    ('CentreSettingsDialog', 'Remove signature'):
        'ፊርማውን አስወግድ',
    ('CentreSettingsDialog', 'Signatories on certificates (at most %1)'):
        'በምስክር ወረቀቶች ላይ ያሉ ፈራሚዎች (ቢበዛ %1)',
    ('CentreSettingsDialog', 'Only administrators change the centre settings.'):
        'የማዕከሉን ቅንብሮች የሚለውጡት አስተዳዳሪዎች ብቻ ናቸው።',
    ('CentreSettingsDialog', 'Image'):
        'ምስል',
    ('CentreSettingsDialog', 'None'):
        'የለም',
    ('CertificatesPage', 'Finding the candidates who can be certified…'):
        'ሊመሰከርላቸው የሚችሉ ተመዛኞች እየተፈለጉ ነው…',
    ('DateField', 'dd/mm/yyyy'):
        'ቀቀ/ወወ/ዓዓዓዓ',
    ('DateField', 'Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).'):
        'ቀኑን እንደ 14/05/2001 ወይም 2001-05-14 ይጻፉ፣ ወይም በቀን መቁጠሪያው ይምረጡ (Alt+Down)።',
    ('DateField', 'Choose in the calendar'):
        'በቀን መቁጠሪያው ምረጥ',
    ('DateField', 'Give a date.'):
        'ቀን ያስገቡ።',
    ('DateField', '%1 is not a date: type it as 14/05/2001 or 2001-05-14.'):
        '%1 ቀን አይደለም፦ እንደ 14/05/2001 ወይም 2001-05-14 ይጻፉት።',
    ('DateField', 'The date may not be before %1.'):
        'ቀኑ ከ%1 በፊት ሊሆን አይችልም።',
    ('DateField', 'The date may not be after %1.'):
        'ቀኑ ከ%1 በኋላ ሊሆን አይችልም።',
    ('EvidenceBasis', 'Evidence accepted'):
        'ማስረጃው ተቀባይነት አግኝቷል',
    ('EvidenceBasis', 'Evidence not yet judged'):
        'ማስረጃው ገና አልተገመገመም',
    ('EvidenceBasis', 'Evidence rejected'):
        'ማስረጃው ተቀባይነት አላገኘም',
    ('EvidenceBasis', 'No evidence'):
        'ማስረጃ የለም',
    ('EvidenceBasis', 'valid, sufficient, authentic and current'):
        'ትክክለኛ፣ በቂ፣ እውነተኛ እና ወቅታዊ',
    ('EvidenceBasis', 'not judged yet'):
        'ገና አልተገመገመም',
    ('EvidenceBasis', 'valid'):
        'ትክክለኛ',
    ('EvidenceBasis', 'sufficient'):
        'በቂ',
    ('EvidenceBasis', 'authentic'):
        'እውነተኛ',
    ('EvidenceBasis', 'current'):
        'ወቅታዊ',
    ('EvidenceBasis', ', ', 'list separator'):
        '፣ ',
    ('EvidenceBasis', 'fails: %1'):
        'አያሟላም፦ %1',
    ('EvidenceBasis', 'not judged: %1'):
        'አልተገመገመም፦ %1',
    ('EvidenceBasis', '; ', 'separator of groups'):
        '፤ ',
    ('EvidenceBasis', 'not answered'):
        'አልተመለሰም',
    ('EvidenceBasis', 'Self-assessment: %1'):
        'የራስ ምዘና፦ %1',
    ('EvidenceBasis', 'Ctrl+E opens the evidence.'):
        'Ctrl+E ማስረጃውን ይከፍታል።',
    ('EvidenceBasisDialog', 'Evidence and self-assessment — %1'):
        'ማስረጃ እና የራስ ምዘና — %1',
    ('EvidenceBasisDialog', '%1 of %2 criteria are covered by accepted evidence.'):
        'ከ%2 መስፈርቶች %1 በተቀባይነት ባገኘ ማስረጃ ተሸፍነዋል።',
    ('EvidenceBasisDialog', 'This candidate is not on the RPL pathway.'):
        'ይህ ተመዛኝ በRPL መንገድ ላይ አይደለም።',
    ('EvidenceBasisDialog', 'Evidence'):
        'ማስረጃ',
    ('EvidenceBasisDialog', 'Self-assessment: %1'):
        'የራስ ምዘና፦ %1',
    ('EvidenceBasisDialog', 'No accepted evidence covers these criteria: plan observation or questioning for them, or judge the evidence not yet judged.'):
        'እነዚህን መስፈርቶች ተቀባይነት ያገኘ ማስረጃ አይሸፍናቸውም፦ ምልከታ ወይም ጥያቄ ያቅዱላቸው፣ ወይም ገና ያልተገመገመውን ማስረጃ ይገምግሙ።',
    ('EvidenceBasisDialog', 'Accepted evidence covers every criterion of the unit.'):
        'ተቀባይነት ያገኘ ማስረጃ የአሃዱን እያንዳንዱን መስፈርት ይሸፍናል።',
    ('EvidenceBasisDialog', 'By criterion'):
        'በመስፈርት',
    ('EvidenceBasisDialog', 'Gaps (%1)'):
        'ክፍተቶች (%1)',
    ('EvidenceBasisDialog', 'Open file (read-only)'):
        'ፋይሉን ክፈት (ለንባብ ብቻ)',
    ('EvidenceBasisDialog', 'Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment (full: I can do this, half: with help, ring: not yet).'):
        'ገጽ፦ ማስረጃ (አረንጓዴ ተቀባይነት ያገኘ፣ ብርቱካናማ ገና ያልተገመገመ፣ ቀይ ተቀባይነት ያላገኘ)። ነጥብ፦ የራስ ምዘና (ሙሉ፦ ይህን መሥራት እችላለሁ፣ ግማሽ፦ በእገዛ፣ ቀለበት፦ ገና)።',
    ('EvidenceBasisDialog', 'A gap: plan observation or questioning for this criterion.'):
        'ክፍተት፦ ለዚህ መስፈርት ምልከታ ወይም ጥያቄ ያቅዱ።',
    ('EvidenceBasisDialog', 'yes'):
        'አዎ',
    ('EvidenceBasisDialog', 'no'):
        'አይ',
    ('EvidenceBasisDialog', 'not judged'):
        'አልተገመገመም',
    ('EvidenceBasisDialog', 'Type: %1'):
        'ዓይነት፦ %1',
    ('EvidenceBasisDialog', 'Date of the evidence: %1'):
        'የማስረጃው ቀን፦ %1',
    ('EvidenceBasisDialog', 'Description: %1'):
        'መግለጫ፦ %1',
    ('EvidenceBasisDialog', 'Judgement on the rules of evidence:'):
        'በማስረጃ ሕጎች ላይ የተሰጠ ውሳኔ፦',
    ('EvidenceBasisDialog', 'SHA-256: %1'):
        'SHA-256፦ %1',
    ('EvidenceDialog', 'Change the type, description, date or criteria of the item'):
        'የንጥሉን ዓይነት፣ መግለጫ፣ ቀን ወይም መስፈርቶች ቀይር',
    ('EvidenceDialog', 'Each box has three states: ticked = met, empty = not met, filled square = not judged yet. Click to go from one to the next, then Save judgement.'):
        'እያንዳንዱ ሳጥን ሦስት ሁኔታዎች አሉት፦ ምልክት የተደረገበት = ተሟልቷል፣ ባዶ = አልተሟላም፣ የተሞላ ካሬ = ገና አልተገመገመም። ከአንዱ ወደ ሌላው ለመሄድ ጠቅ ያድርጉ፣ ከዚያ ውሳኔውን አስቀምጥ የሚለውን ይጫኑ።',
    ('EvidenceDialog', 'Ticked: met · empty: not met · filled square: not judged yet'):
        'ምልክት የተደረገበት፦ ተሟልቷል · ባዶ፦ አልተሟላም · የተሞላ ካሬ፦ ገና አልተገመገመም',
    ('EvidenceDialog', '(read-only)'):
        '(ለንባብ ብቻ)',
    ('ExchangeDialog', 'Exchange bundles'):
        'የልውውጥ ጥቅሎች',
    ('ExchangeDialog', 'Send and receive'):
        'ላክ እና ተቀበል',
    ('ExchangeDialog', 'National register'):
        'ብሔራዊ መዝገብ',
    ('ExchangeDialog', 'Moderation'):
        'የውጤት ማጣራት',
    ('ExchangeDialog', "Send this centre's results to the awarding body"):
        'የዚህን ማዕከል ውጤቶች ወደ የምስክር ወረቀት ሰጪው አካል ላክ',
    ('ExchangeDialog', 'What changed since the previous export'):
        'ካለፈው መላክ ወዲህ የተለወጠው',
    ('ExchangeDialog', 'Results verified since:'):
        'ከዚህ ቀን ወዲህ የተረጋገጡ ውጤቶች፦',
    ('ExchangeDialog', 'Everything'):
        'ሁሉም',
    ('ExchangeDialog', 'Export bundle…'):
        'ጥቅል ላክ…',
    ('ExchangeDialog', "Only verified results leave, with the candidate fields the awarding body needs (never notes, telephone numbers or addresses), every certificate, and the centre's public keys. The file is signed with the centre's key."):
        'የሚወጡት የተረጋገጡ ውጤቶች ብቻ ናቸው፤ የምስክር ወረቀት ሰጪው አካል ከሚያስፈልገው የተመዛኙ መረጃ ጋር (ማስታወሻዎች፣ የስልክ ቁጥሮች ወይም አድራሻዎች በፍጹም አይወጡም)፣ ሁሉም የምስክር ወረቀቶች እና የማዕከሉ የወል ቁልፎች። ፋይሉ በማዕከሉ ቁልፍ ይፈረማል።',
    ('ExchangeDialog', 'Receive a bundle'):
        'ጥቅል ተቀበል',
    ('ExchangeDialog', 'Import bundle…'):
        'ጥቅል አስገባ…',
    ('ExchangeDialog', 'Name'):
        'ስም',
    ('ExchangeDialog', 'Role'):
        'ሚና',
    ('ExchangeDialog', 'Keys'):
        'ቁልፎች',
    ('ExchangeDialog', 'Bundles imported'):
        'የገቡ ጥቅሎች',
    ('ExchangeDialog', 'Registered partners:'):
        'የተመዘገቡ አጋሮች፦',
    ('ExchangeDialog', 'Export bundle'):
        'ጥቅል ላክ',
    ('ExchangeDialog', 'SkillAssess exchange bundles (*.sabundle)'):
        'የSkillAssess የልውውጥ ጥቅሎች (*.sabundle)',
    ('ExchangeDialog', 'Writing the bundle…'):
        'ጥቅሉ እየተጻፈ ነው…',
    ('ExchangeDialog', 'Bundle written'):
        'ጥቅሉ ተጽፏል',
    ('ExchangeDialog', '%1 is written (bundle number %2): %3.'):
        '%1 ተጽፏል (የጥቅል ቁጥር %2)፦ %3።',
    ('ExchangeDialog', 'Import bundle'):
        'ጥቅል አስገባ',
    ('ExchangeDialog', 'Checking the bundle…'):
        'ጥቅሉ እየተፈተሸ ነው…',
    ('ExchangeDialog', 'Importing the bundle…'):
        'ጥቅሉ እየገባ ነው…',
    ('ExchangeDialog', '%1 was already imported; nothing changed.'):
        '%1 ቀደም ብሎ ገብቷል፤ ምንም አልተለወጠም።',
    ('ExchangeDialog', '%1: %2 added, %3 updated, %4 unchanged'):
        '%1፦ %2 ተጨምረዋል፣ %3 ተሻሽለዋል፣ %4 አልተለወጡም',
    ('ExchangeDialog', 'Not taken over: %1'):
        'ያልተወሰደ፦ %1',
    ('ExchangeDialog', 'Imported %1 from %2.'):
        '%1 ከ%2 ገብቷል።',
    ('ExchangeDialog', 'Bundle imported'):
        'ጥቅሉ ገብቷል',
    ('ExchangeDialog', 'Assessed: women'):
        'የተመዘኑ፦ ሴቶች',
    ('ExchangeDialog', 'men'):
        'ወንዶች',
    ('ExchangeDialog', 'Competent: women'):
        'ብቁ፦ ሴቶች',
    ('ExchangeDialog', 'Certified: women'):
        'የምስክር ወረቀት ያገኙ፦ ሴቶች',
    ('ExchangeDialog', 'Export certificates…'):
        'የምስክር ወረቀቶችን ላክ…',
    ('ExchangeDialog', 'Centre:'):
        'ማዕከል፦',
    ('ExchangeDialog', 'Breakdown:'):
        'ዝርዝር ክፍፍል፦',
    ('ExchangeDialog', 'By centre'):
        'በማዕከል',
    ('ExchangeDialog', '%1 candidates, %2 results, %3 certificates (%4 revoked).'):
        '%1 ተመዛኞች፣ %2 ውጤቶች፣ %3 የምስክር ወረቀቶች (%4 የተሻሩ)።',
    ('ExchangeDialog', 'Excel workbooks (*.xlsx)'):
        'የExcel የሥራ መጻሕፍት (*.xlsx)',
    ('ExchangeDialog', 'Export certificates'):
        'የምስክር ወረቀቶችን ላክ',
    ('ExchangeDialog', 'Draw sample'):
        'ናሙና ውሰድ',
    ('ExchangeDialog', 'Centre code'):
        'የማዕከል ኮድ',
    ('ExchangeDialog', 'Registration number'):
        'የምዝገባ ቁጥር',
    ('ExchangeDialog', 'Result'):
        'ውጤት',
    ('ExchangeDialog', 'Confirmed'):
        'ተረጋግጧል',
    ('ExchangeDialog', 'Not confirmed…'):
        'አልተረጋገጠም…',
    ('ExchangeDialog', 'Send outcomes to the centre…'):
        'ውጤቶቹን ወደ ማዕከሉ ላክ…',
    ('ExchangeDialog', 'Rate:'):
        'መጠን፦',
    ('ExchangeDialog', 'At least:'):
        'ቢያንስ፦',
    ('ExchangeDialog', 'The sample takes, for each centre and unit, the given share of the results not sampled before (at least the given number), drawn at random; the draw is recorded in the audit log.'):
        'ናሙናው ለእያንዳንዱ ማዕከል እና አሃድ ከዚህ በፊት ናሙና ካልተወሰደባቸው ውጤቶች የተሰጠውን ድርሻ (ቢያንስ የተሰጠውን ቁጥር) በዘፈቀደ ይወስዳል፤ አወሳሰዱ በኦዲት መዝገቡ ውስጥ ይመዘገባል።',
    ('ExchangeDialog', 'Not confirmed'):
        'አልተረጋገጠም',
    ('ExchangeDialog', 'Why is the result not confirmed? The centre will read this.'):
        'ውጤቱ ለምን አልተረጋገጠም? ማዕከሉ ይህን ያነባል።',
    ('ExchangeDialog', 'Choose the centre whose outcomes you send back.'):
        'ውጤቶቹን የሚመልሱለትን ማዕከል ይምረጡ።',
    ('ExchangeDialog', 'centre'):
        'ማዕከል',
    ('ExchangeDialog', 'awarding body'):
        'የምስክር ወረቀት ሰጪ አካል',
    ('ExchangeDialog', 'All centres'):
        'ሁሉም ማዕከላት',
    ('FileDialogs', 'Saved'):
        'ተቀምጧል',
    ('FileDialogs', 'Saved %1'):
        '%1 ተቀምጧል',
    ('FileDialogs', 'in %1'):
        'በ%1 ውስጥ',
    ('FileDialogs', 'Open folder'):
        'አቃፊውን ክፈት',
    ('GapReferralDialog', 'Refer to gap training'):
        'ወደ ክፍተት ሥልጠና ላክ',
    ('GapReferralDialog', '%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.'):
        '%1 አሃድ(ዎች) ዕውቅና አግኝተዋል። ተመዛኙ ለሥልጠና የሚላክባቸውን ያልተገኙ አሃዶች ምልክት ያድርጉ።',
    ('GapReferralDialog', 'Where and when, for example: evening course at the centre, from March'):
        'የት እና መቼ፣ ለምሳሌ፦ በማዕከሉ የምሽት ኮርስ፣ ከመጋቢት ጀምሮ',
    ('GapReferralDialog', 'Units'):
        'አሃዶች',
    ('GapReferralDialog', 'Print cover letter…'):
        'የሽፋን ደብዳቤ አትም…',
    ('GapReferralDialog', 'The letter that goes with the statement of attainment: units recognised, units to train for'):
        'ከክንውን ማረጋገጫው ጋር የሚሄደው ደብዳቤ፦ ዕውቅና ያገኙ አሃዶች፣ ሥልጠና የሚያስፈልጋቸው አሃዶች',
    ('GapReferralDialog', 'Tick at least one unit.'):
        'ቢያንስ አንድ አሃድ ምልክት ያድርጉ።',
    ('GapReferralDialog', 'Save cover letter'):
        'የሽፋን ደብዳቤውን አስቀምጥ',
    ('HomePage', 'Home'):
        'መነሻ',
    ('HomePage', 'Sign in to see what needs doing.'):
        'መሠራት ያለበትን ለማየት ይግቡ።',
    ('HomePage', 'Welcome, %1'):
        'እንኳን ደህና መጡ፣ %1',
    ('HomePage', 'What needs doing now'):
        'አሁን መሠራት ያለበት',
    ('HomePage', 'Nothing is waiting for you. New work shows here as it comes.'):
        'የሚጠብቅዎት ምንም ነገር የለም። አዲስ ሥራ ሲመጣ እዚህ ይታያል።',
    ('HomePage', '%n result(s) in draft in your sessions.'):
        ['በክፍለ ጊዜዎችዎ ውስጥ %n ውጤት በረቂቅ ላይ ነው።', 'በክፍለ ጊዜዎችዎ ውስጥ %n ውጤቶች በረቂቅ ላይ ናቸው።'],
    ('HomePage', '%n result(s) in draft.'):
        ['%n ውጤት በረቂቅ ላይ ነው።', '%n ውጤቶች በረቂቅ ላይ ናቸው።'],
    ('HomePage', '%n session(s) to record'):
        ['የሚመዘገብ %n ክፍለ ጊዜ', 'የሚመዘገቡ %n ክፍለ ጊዜዎች'],
    ('HomePage', 'Show them on the Assessments page.'):
        'በምዘናዎች ገጽ ላይ አሳያቸው።',
    ('HomePage', '%n result(s) waiting for verification'):
        ['ማረጋገጫ የሚጠብቅ %n ውጤት', 'ማረጋገጫ የሚጠብቁ %n ውጤቶች'],
    ('HomePage', 'Submitted by assessors: check them, then verify or return each one.'):
        'በመዛኞች የቀረቡ፦ ይፈትሿቸው፣ ከዚያ እያንዳንዱን ያረጋግጡ ወይም ይመልሱ።',
    ('HomePage', '%n returned result(s)'):
        ['%n የተመለሰ ውጤት', '%n የተመለሱ ውጤቶች'],
    ('HomePage', 'A verifier returned them with a reason: correct them and submit again.'):
        'አረጋጋጭ ከምክንያት ጋር መልሷቸዋል፦ ያስተካክሏቸው እና እንደገና ያቅርቡ።',
    ('HomePage', '%n candidate(s) eligible for a certificate'):
        ['ለምስክር ወረቀት ብቁ የሆነ %n ተመዛኝ', 'ለምስክር ወረቀት ብቁ የሆኑ %n ተመዛኞች'],
    ('HomePage', 'Their results are verified and no certificate states them yet: issue the certificates.'):
        'ውጤቶቻቸው ተረጋግጠዋል እና እስካሁን የሚገልጻቸው የምስክር ወረቀት የለም፦ የምስክር ወረቀቶቹን ይስጡ።',
    ('HomePage', 'Session %1'):
        'ክፍለ ጊዜ %1',
    ('HomePage', 'Record: %1'):
        'መዝግብ፦ %1',
    ('HomePage', '%1 — assessor %2 — %n result(s) in draft'):
        ['%1 — መዛኝ %2 — %n ውጤት በረቂቅ ላይ', '%1 — መዛኝ %2 — %n ውጤቶች በረቂቅ ላይ'],
    ('HomePage', 'Getting started'):
        'ለመጀመር',
    ('HomePage', 'This database is new. Three steps make it ready for assessments: the standards to assess against, the candidates, then a session to record.'):
        'ይህ የመረጃ ቋት አዲስ ነው። ለምዘናዎች ዝግጁ የሚያደርጉት ሦስት እርምጃዎች ናቸው፦ የሚመዘንባቸው ደረጃዎች፣ ተመዛኞቹ፣ ከዚያ የሚመዘገብ ክፍለ ጊዜ።',
    ('HomePage', '1. Import standards'):
        '1. ደረጃዎችን አስገባ',
    ('HomePage', 'From a CASE package (JSON) or the Excel template of the awarding body.'):
        'ከCASE ጥቅል (JSON) ወይም ከየምስክር ወረቀት ሰጪው አካል የExcel አብነት።',
    ('HomePage', '…or create a qualification'):
        '…ወይም ብቃት ፍጠር',
    ('HomePage', 'Type its units, elements and performance criteria on the Standards page.'):
        'አሃዶቹን፣ ንጥሎቹን እና የአፈጻጸም መስፈርቶቹን በደረጃዎች ገጽ ላይ ይጻፉ።',
    ('HomePage', '1. An administrator imports or creates the standards.'):
        '1. አስተዳዳሪ ደረጃዎቹን ያስገባል ወይም ይፈጥራል።',
    ('HomePage', '2. Add a candidate'):
        '2. ተመዛኝ ጨምር',
    ('HomePage', 'Register one candidate with the candidate form.'):
        'አንድ ተመዛኝ በተመዛኝ ቅጹ ይመዝግቡ።',
    ('HomePage', '…or import candidates from Excel'):
        '…ወይም ተመዛኞችን ከExcel አስገባ',
    ('HomePage', 'Fill in the Excel template (Candidates page) and import it in one go.'):
        'የExcel አብነቱን (የተመዛኞች ገጽ) ይሙሉ እና በአንድ ጊዜ ያስገቡት።',
    ('IssueConfirmDialog', 'Issue %n certificate(s)?'):
        ['%n የምስክር ወረቀት ይሰጥ?', '%n የምስክር ወረቀቶች ይሰጡ?'],
    ('IssueConfirmDialog', ' and '):
        ' እና ',
    ('IssueConfirmDialog', '%n certificate(s) will be issued in %1, dated %2.'):
        ['%n የምስክር ወረቀት በ%1 ውስጥ፣ በ%2 ቀን ይሰጣል።', '%n የምስክር ወረቀቶች በ%1 ውስጥ፣ በ%2 ቀን ይሰጣሉ።'],
    ('IssueConfirmDialog', 'Each takes the next serial number and is recorded in the register; a mistake can then only be revoked, not undone.'):
        'እያንዳንዱ ቀጣዩን ተከታታይ ቁጥር ይወስዳል እና በመዝገቡ ውስጥ ይመዘገባል፤ ከዚያ ስህተት ሊሻር ብቻ እንጂ ሊቀለበስ አይችልም።',
    ('IssueConfirmDialog', 'The first certificate as it will print (its serial is taken on issue).'):
        'የመጀመሪያው የምስክር ወረቀት እንደሚታተመው (ተከታታይ ቁጥሩ ሲሰጥ ይወሰዳል)።',
    ('IssueConfirmDialog', 'First certificate: %1'):
        'የመጀመሪያው የምስክር ወረቀት፦ %1',
    ('IssueConfirmDialog', 'Issue %n certificate(s)'):
        ['%n የምስክር ወረቀት ስጥ', '%n የምስክር ወረቀቶች ስጥ'],
    ('Labels', 'Self-assessment saved'):
        'የራስ ምዘና ተቀምጧል',
    ('Labels', 'Evidence judged'):
        'ማስረጃው ተገምግሟል',
    ('Labels', 'Assessment planned'):
        'ምዘና ታቅዷል',
    ('Labels', 'Result verified'):
        'ውጤቱ ተረጋግጧል',
    ('Labels', 'Certificate issued'):
        'የምስክር ወረቀት ተሰጥቷል',
    ('Labels', 'Appeal lodged'):
        'ይግባኝ ቀርቧል',
    ('MainWindow', 'E&xchange bundles…'):
        'የል&ውውጥ ጥቅሎች…',
    ('MainWindow', 'C&entre settings…'):
        'የማዕከሉ &ቅንብሮች…',
    ('Messages', 'Draft'):
        'ረቂቅ',
    ('Messages', 'The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt.'):
        'የ{candidate} ውጤት በ{unit} ተረጋግጧል እና ተቆልፏል፤ በማስተካከያ (ከምክንያት ጋር) ያስተካክሉት ወይም አዲስ ሙከራ ይመዝግቡ።',
    ('Messages', 'The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change.'):
        'የ{candidate} ውጤት በ{unit} ቀርቧል እና ማረጋገጫ ይጠብቃል፤ ከመለወጡ በፊት አረጋጋጭ መመለስ አለበት።',
    ('Messages', 'Only the assessor of {candidate} in {unit} ({assessor}) records this result.'):
        'ይህን ውጤት የሚመዘግበው የ{candidate} በ{unit} መዛኝ ({assessor}) ብቻ ነው።',
    ('Messages', '{code} (attempt {attempt})'):
        '{code} (ሙከራ {attempt})',
    ('Messages', 'The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds.'):
        'ውጤቱ {outcome} ተሰርዟል፦ አንድ መስፈርት ከአሁን በኋላ አጥጋቢ አይደለም። ሲሟላ ውጤቱን እንደገና ይመዝግቡ።',
    ('Messages', '{outcome} cannot be recorded for {candidate} in {unit}:'):
        '{outcome} ለ{candidate} በ{unit} ሊመዘገብ አይችልም፦',
    ('Messages', 'The result of {candidate} in {unit} cannot be submitted yet:'):
        'የ{candidate} ውጤት በ{unit} ገና ሊቀርብ አይችልም፦',
    ('Messages', 'no outcome is recorded'):
        'ምንም ውጤት አልተመዘገበም',
    ('Messages', 'the assessor has not declared whether there is a conflict of interest'):
        'መዛኙ የጥቅም ግጭት መኖሩን ወይም አለመኖሩን አላሳወቀም',
    ('Messages', 'Describe the conflict of interest (for example a relative or an employee).'):
        'የጥቅም ግጭቱን ይግለጹ (ለምሳሌ ዘመድ ወይም ሠራተኛ)።',
    ('Messages', 'You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it.'):
        '{candidate}ን በ{unit} የመዘኑት እርስዎ ነዎት፣ ስለዚህ ይህን ውጤት ማረጋገጥ ወይም መመለስ አይችሉም፤ ሌላ አረጋጋጭ ሊሠራው ይገባል።',
    ('Messages', 'The result of {candidate} in {unit} is already verified and locked.'):
        'የ{candidate} ውጤት በ{unit} ቀደም ብሎ ተረጋግጧል እና ተቆልፏል።',
    ('Messages', 'The result of {candidate} in {unit} is not submitted; its assessor must submit it first.'):
        'የ{candidate} ውጤት በ{unit} አልቀረበም፤ መዛኙ መጀመሪያ ሊያቀርበው ይገባል።',
    ('Messages', 'Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix.'):
        'መዛኙ ምን ማስተካከል እንዳለበት እንዲያውቅ የ{candidate} ውጤት በ{unit} ለምን እንደተመለሰ ይግለጹ።',
    ('Messages', 'the unit has no performance criteria to judge'):
        'አሃዱ የሚገመገሙ የአፈጻጸም መስፈርቶች የሉትም',
    ('Messages', 'criteria not yet Satisfactory: {numbers}'):
        'ገና አጥጋቢ ያልሆኑ መስፈርቶች፦ {numbers}',
    ('Messages', 'no assessment method is recorded (observation, questioning, product, ...)'):
        'ምንም የምዘና ዘዴ አልተመዘገበም (ምልከታ፣ ጥያቄ፣ ምርት፣ ...)',
    ('Messages', 'RPL granted is only for candidates enrolled on the RPL pathway'):
        'RPL ተሰጥቷል የሚለው በRPL መንገድ ለተመዘገቡ ተመዛኞች ብቻ ነው',
    ('Messages', 'credit transfer needs its source (the earlier qualification or statement and who issued it)'):
        'የክሬዲት ዝውውር ምንጩን ይፈልጋል (ቀደም ሲል የተገኘው ብቃት ወይም ማረጋገጫ እና የሰጠው አካል)',
    ('Messages', 'result'):
        'ውጤት',
    ('Messages', 'status'):
        'ሁኔታ',
    ('Messages', 'checked by'):
        'የፈተሸው',
    ('Messages', 'assessor'):
        'መዛኝ',
    ('Messages', 'reason for return'):
        'የመመለሻ ምክንያት',
    ('Messages', 'comments'):
        'አስተያየቶች',
    ('Messages', 'feedback'):
        'ግብረ መልስ',
    ('Messages', 'assessment methods'):
        'የምዘና ዘዴዎች',
    ('Messages', 'date of assessment'):
        'የምዘና ቀን',
    ('Messages', 'venue'):
        'ቦታ',
    ('Messages', 'credit transfer source'):
        'የክሬዲት ዝውውር ምንጭ',
    ('Messages', 'family name'):
        'የቤተሰብ ስም',
    ('Messages', 'given names'):
        'የግል ስሞች',
    ('Messages', 'name in local script'):
        'ስም በአካባቢው ፊደል',
    ('Messages', 'date of birth'):
        'የትውልድ ቀን',
    ('Messages', 'sex'):
        'ጾታ',
    ('Messages', 'phone'):
        'ስልክ',
    ('Messages', 'email'):
        'ኢሜይል',
    ('Messages', 'photo'):
        'ፎቶ',
    ('Messages', 'full name'):
        'ሙሉ ስም',
    ('Messages', 'roles'):
        'ሚናዎች',
    ('Messages', 'active'):
        'ንቁ',
    ('Messages', 'password'):
        'የይለፍ ቃል',
    ('Messages', 'title'):
        'ርዕስ',
    ('Messages', 'stage'):
        'ደረጃ',
    ('Messages', 'description'):
        'መግለጫ',
    ('Messages', 'reprints'):
        'እንደገና የታተሙ',
    ('Messages', 'reason for revocation'):
        'የመሻሪያ ምክንያት',
    ('Messages', '{record} {id}'):
        '{record} {id}',
    ('Messages', 'Evidence'):
        'ማስረጃ',
    ('Messages', 'Assessment session'):
        'የምዘና ክፍለ ጊዜ',
    ('Messages', 'Centre'):
        'ማዕከል',
    ('Messages', 'Awarding body'):
        'የምስክር ወረቀት ሰጪ አካል',
    ('Messages', 'Element'):
        'ንጥል',
    ('Messages', 'Unit of a qualification'):
        'የብቃት አሃድ',
    ('Messages', 'Signing key'):
        'የፊርማ ቁልፍ',
    ('Messages', 'Signatory'):
        'ፈራሚ',
    ('Messages', 'Audit checkpoint'):
        'የኦዲት መቆጣጠሪያ ነጥብ',
    ('Messages', 'RPL step'):
        'የRPL እርምጃ',
    ('Messages', 'an assessment record (PDF)'):
        'የምዘና መዝገብ (PDF)',
    ('Messages', 'an assessment record (printed)'):
        'የምዘና መዝገብ (የታተመ)',
    ('Messages', 'the results (Excel)'):
        'ውጤቶቹ (Excel)',
    ('Messages', 'the certificate register (Excel)'):
        'የምስክር ወረቀት መዝገቡ (Excel)',
    ('Messages', 'the statistics (Excel)'):
        'ስታቲስቲክሱ (Excel)',
    ('Messages', '{what}, by {user}'):
        '{what}፣ በ{user}',
    ('Messages', 'Judgement {criterion} of assessment {id}'):
        'የምዘና {id} ውሳኔ {criterion}',
    ('Messages', 'Evidence {id}'):
        'ማስረጃ {id}',
    ('Messages', 'Assessment session {title} of {date}'):
        'የ{date} የምዘና ክፍለ ጊዜ {title}',
    ('Messages', 'Certificate {serial}'):
        'የምስክር ወረቀት {serial}',
    ('Messages', 'User {name}'):
        'ተጠቃሚ {name}',
    ('Messages', 'Export of {what}'):
        'የ{what} መላክ',
    ('Messages', 'none'):
        'የለም',
    ('Messages', '“{text}”'):
        '“{text}”',
    ('Messages', '{before} → {after}'):
        '{before} › {after}',
    ('Messages', '{subject}: {fields} changed'):
        '{subject}፦ {fields} ተለውጠዋል',
    ('Messages', 'Judgement {criterion} of {candidate}, {unit} attempt {attempt}'):
        'የ{candidate} ውሳኔ {criterion}፣ {unit} ሙከራ {attempt}',
    ('Messages', 'Assessment {id}'):
        'ምዘና {id}',
    ('Messages', 'Amendment {id}'):
        'ማስተካከያ {id}',
    ('Messages', 'Appeal {id}'):
        'ይግባኝ {id}',
    ('Messages', 'Candidate {name} ({number})'):
        'ተመዛኝ {name} ({number})',
    ('Messages', 'Candidate {number}'):
        'ተመዛኝ {number}',
    ('Messages', 'Evidence “{what}” of {candidate}'):
        'የ{candidate} ማስረጃ “{what}”',
    ('Messages', 'Certificate {serial} of {candidate}'):
        'የ{candidate} የምስክር ወረቀት {serial}',
    ('Messages', 'yes'):
        'አዎ',
    ('Messages', 'no'):
        'አይ',
    ('Messages', '{subject}: {change}'):
        '{subject}፦ {change}',
    ('Messages', '{subject}: created'):
        '{subject}፦ ተፈጥሯል',
    ('Messages', '{subject}: deleted'):
        '{subject}፦ ተሰርዟል',
    ('Messages', '{subject}: answers changed'):
        '{subject}፦ መልሶቹ ተለውጠዋል',
    ('Messages', '{subject}: changed'):
        '{subject}፦ ተለውጧል',
    ('Messages', '{subject}: {changes}'):
        '{subject}፦ {changes}',
    ('Messages', '{subject}: {stage} recorded'):
        '{subject}፦ {stage} ተመዝግቧል',
    ('Messages', '{subject}: password changed'):
        '{subject}፦ የይለፍ ቃሉ ተለውጧል',
    ('Messages', 'password changed'):
        'የይለፍ ቃሉ ተለውጧል',
    ('Messages', '{field} changed'):
        '{field} ተለውጧል',
    ('Messages', '{field}: {before} → {after}'):
        '{field}፦ {before} › {after}',
    ('Messages', 'Assessment of {candidate}, {unit} attempt {attempt}'):
        'የ{candidate} ምዘና፣ {unit} ሙከራ {attempt}',
    ('Messages', 'Amendment of the assessment of {candidate}, {unit} attempt {attempt}'):
        'የ{candidate} ምዘና ማስተካከያ፣ {unit} ሙከራ {attempt}',
    ('Messages', 'Appeal on the assessment of {candidate}, {unit} attempt {attempt}'):
        'በ{candidate} ምዘና ላይ የቀረበ ይግባኝ፣ {unit} ሙከራ {attempt}',
    ('Messages', 'Qualification {code} version {version}'):
        'ብቃት {code} ስሪት {version}',
    ('Messages', 'Unit {code} version {version}'):
        'አሃድ {code} ስሪት {version}',
    ('Messages', 'Enrolment of {candidate} in {qualification}'):
        'የ{candidate} ምዝገባ በ{qualification}',
    ('Messages', 'Self-assessment of {candidate} in {qualification}'):
        'የ{candidate} የራስ ምዘና በ{qualification}',
    ('Messages', 'RPL step of {candidate} in {qualification}'):
        'የ{candidate} የRPL እርምጃ በ{qualification}',
    ('Messages', 'Enrolment {id} does not exist.'):
        'ምዝገባ {id} የለም።',
    ('Messages', 'The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.'):
        'በ{qualification} ያለው ምዝገባ በRPL መንገድ ላይ አይደለም፦ የሚላክ ክፍተት የለም።',
    ('Messages', 'No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.'):
        'እስካሁን ዕውቅና ያገኘ የ{qualification} አሃድ የለም፦ ወደ ክፍተት ሥልጠና መላክ ከፊል ዕውቅናን ይከተላል።',
    ('Messages', 'Every unit of {qualification} is achieved: there is no gap to train for.'):
        'የ{qualification} እያንዳንዱ አሃድ ተገኝቷል፦ ሥልጠና የሚያስፈልገው ክፍተት የለም።',
    ('Messages', 'Units: {units} are achieved or not part of the enrolment.'):
        'አሃዶች፦ {units} ተገኝተዋል ወይም የምዝገባው አካል አይደሉም።',
    ('Messages', 'Date: {date} is in the future.'):
        'ቀን፦ {date} ወደፊት ነው።',
    ('Messages', 'Date: {date} is before the enrolment ({enrolled}).'):
        'ቀን፦ {date} ከምዝገባው ({enrolled}) በፊት ነው።',
    ('Messages', 'The referral was not recorded.'):
        'ወደ ሥልጠና መላኩ አልተመዘገበም።',
    ('Messages', 'Some remarks are for elements outside this enrolment.'):
        'አንዳንድ ማስታወሻዎች ከዚህ ምዝገባ ውጭ ላሉ ንጥሎች ናቸው።',
    ('Messages', 'element {id}'):
        'ንጥል {id}',
    ('Messages', 'No statement of attainment in {qualification} is issued to this candidate yet.'):
        'በ{qualification} ለዚህ ተመዛኝ እስካሁን የተሰጠ የክንውን ማረጋገጫ የለም።',
    ('Messages', 'Assessment'):
        'ምዘና',
    ('Messages', 'Amendment'):
        'ማስተካከያ',
    ('Messages', 'Appeal'):
        'ይግባኝ',
    ('Messages', "The bundle's manifest could not be made ({problem})."):
        'የጥቅሉ ማውጫ ሊሠራ አልቻለም ({problem})።',
    ('Messages', 'The file is empty; choose a PNG or JPEG image.'):
        'ፋይሉ ባዶ ነው፤ PNG ወይም JPEG ምስል ይምረጡ።',
    ('Messages', 'The image is {size} KB; use an image of at most {limit} KB.'):
        'ምስሉ {size} KB ነው፤ ቢበዛ {limit} KB የሆነ ምስል ይጠቀሙ።',
    ('Messages', 'The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.'):
        'ፋይሉ PNG ወይም JPEG ምስል አይደለም፤ እንደ PNG ወይም JPEG ያስቀምጡት እና እንደገና ይምረጡት።',
    ('Messages', 'The image is damaged and cannot be read; save it again as PNG or JPEG.'):
        'ምስሉ ተበላሽቷል እና ሊነበብ አይችልም፤ እንደገና እንደ PNG ወይም JPEG ያስቀምጡት።',
    ('Messages', 'The image is {width} × {height} pixels; use one of at most {limit} pixels a side.'):
        'ምስሉ {width} × {height} ፒክሰል ነው፤ በእያንዳንዱ ጎን ቢበዛ {limit} ፒክሰል ያለውን ይጠቀሙ።',
    ('Messages', '{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration > Competencies > Export competency framework).'):
        '{file}፦ የMoodle competency framework CSV አይደለም፦ ዓምድ(ዎች) {columns} በረድፍ 1 ውስጥ የሉም። ማዕቀፉን ከMoodle ይላኩ (Site administration > Competencies > Export competency framework)።',
    ('Messages', '{file}, row {row} (line {line}): not a readable CSV file ({reason}).'):
        '{file}፣ ረድፍ {row} (መስመር {line})፦ ሊነበብ የሚችል CSV ፋይል አይደለም ({reason})።',
    ('Messages', 'Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.'):
        '{count} ረድፍ(ፎች) ተነበዋል፦ 1 ማዕቀፍ እና {competencies} ብቃቶች፤ {units} አሃድ(ዎች)፣ {elements} ንጥል(ሎች)፣ {criteria} የአፈጻጸም መስፈርቶች ተጽፈዋል።',
    ('Messages', '{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?'):
        '{file}፣ ረድፍ {row} (መስመር {line})፦ ከ{limit:,} ፊደላት በላይ የሆነ መስክ፤ ትክክለኛው ፋይል ነው?',
    ('Messages', '{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).'):
        '{file}፣ ረድፍ {row}፦ {id} ከማዕቀፉ {depth:,} ደረጃዎች በታች ነው፤ SkillAssess ቢበዛ {limit} ይወስዳል (አሃዶች፣ ንጥሎች፣ መስፈርቶች እና ከነሱ በታች ያሉ ደረጃዎች)።',
    ('Messages', '{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.'):
        '{file}፦ ማዕቀፉ ሊገባ አይችልም ({count} ችግር(ሮች))፤ ምንም አልተለወጠም።',
    ('Messages', '{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.'):
        '{file}፦ ማዕቀፉ {levels} ደረጃ(ዎች) አሉት፤ አሃዶቹ ከደረጃ 1 እስከ {levels} ሊሆኑ ይችላሉ፣ {level} ግን አይደለም።',
    ('Messages', "The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them."):
        'የረድፍ 1 ራስጌ የMoodleን ዓምዶች አይሰይምም፤ Moodle እንደሚያነባቸው በቦታቸው ተነበዋል።',
    ('Messages', 'Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).'):
        'ካርታ፦ ማዕቀፍ {code} → ብቃት፤ የደረጃ {u} {units} ብቃቶቹ → አሃዶች (ID number → የአሃድ ኮድ)፣ እያንዳንዱ ተመሳሳይ ስም ያለው አንድ ንጥል እና አንድ የአፈጻጸም መስፈርት ያለው (አጭር ስም፣ ከዚያ መግለጫ)።',
    ('Messages', '{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.'):
        'ከ40 ፊደላት በላይ የሆኑ {count} የአሃድ ID ቁጥር(ሮች) የተፈጠሩ ኮዶች አግኝተዋል፦ {ids}።',
    ('Messages', "the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent."):
        'የማዕቀፉ መለኪያ ({scale})፦ SkillAssess እያንዳንዱን መስፈርት ብቁ ወይም ገና ብቁ ያልሆነ ብሎ ይወስናል።',
    ('Messages', "the framework's scale configuration (which values are proficient)."):
        'የማዕቀፉ መለኪያ ቅንብር (የትኞቹ እሴቶች ብቁ እንደሆኑ)።',
    ('Messages', "the framework's taxonomy (names of its levels): {taxonomy}."):
        'የማዕቀፉ ምድብ (የደረጃዎቹ ስሞች)፦ {taxonomy}።',
    ('Messages', 'the own scales of {count} competencies: {ids}.'):
        'የ{count} ብቃቶች የራሳቸው መለኪያዎች፦ {ids}።',
    ('Messages', 'the completion rules of {count} competencies: {rules}.'):
        'የ{count} ብቃቶች የማጠናቀቂያ ሕጎች፦ {rules}።',
    ('Messages', 'the cross-references of {count} competencies: {refs}.'):
        'የ{count} ብቃቶች ተሻጋሪ ማጣቀሻዎች፦ {refs}።',
    ('Messages', 'the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.'):
        'የ{count} አሃድ(ዎች) እና ንጥል(ሎች) መግለጫዎች (SkillAssess ለእነሱ ምንም አያስቀምጥም)፦ {ids}።',
    ('Messages', 'the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.'):
        'የ{count} ንጥሎች፣ መስፈርቶች እና ጥልቅ ብቃቶች ID ቁጥሮች (SkillAssess 1፣ 1.1፣ ... ብሎ ይቆጥራቸዋል)፦ {ids}።',
    ('Messages', 'Not imported (no place in SkillAssess):'):
        'ያልገባ (በSkillAssess ውስጥ ቦታ የለውም)፦',
    ('Messages', '{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.'):
        '{file}፣ መስመር {line}፦ ፋይሉ UTF-8 ጽሑፍ አይደለም፤ CSVውን እንደ UTF-8 ያስቀምጡ (በExcel፦ CSV UTF-8፤ በLibreOffice፦ character set Unicode (UTF-8)) እና እንደገና ይሞክሩ።',
    ('Messages', '{file}: the file is empty; choose a Moodle competency framework CSV.'):
        '{file}፦ ፋይሉ ባዶ ነው፤ የMoodle competency framework CSV ይምረጡ።',
    ('Messages', '{where}, column ID number: the ID number is empty.'):
        '{where}፣ ዓምድ ID number፦ የID ቁጥሩ ባዶ ነው።',
    ('Messages', '{where}: the ID number {id} appears twice (also row {other}).'):
        '{where}፦ የID ቁጥር {id} ሁለት ጊዜ ይገኛል (ረድፍ {other} ውስጥም)።',
    ('Messages', '{where}, column Short name: the short name of {id} is empty.'):
        '{where}፣ ዓምድ Short name፦ የ{id} አጭር ስም ባዶ ነው።',
    ('Messages', '{file}: the column Is framework is missing from row 1.'):
        '{file}፦ ዓምድ Is framework በረድፍ 1 ውስጥ የለም።',
    ('Messages', '{file}: no framework row (a row with Is framework = 1).'):
        '{file}፦ የማዕቀፍ ረድፍ የለም (Is framework = 1 የሆነ ረድፍ)።',
    ('Messages', '{file}, row {row}: the parent {parent} of {id} is not in the file.'):
        '{file}፣ ረድፍ {row}፦ የ{id} ወላጅ {parent} በፋይሉ ውስጥ የለም።',
    ('Messages', 'Level 1 is above the units and has no place: {count} competencies ({ids}).'):
        'ደረጃ 1 ከአሃዶቹ በላይ ነው እና ቦታ የለውም፦ {count} ብቃቶች ({ids})።',
    ('Messages', 'Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).'):
        'ከደረጃ 1 እስከ {last} ከአሃዶቹ በላይ ናቸው እና ቦታ የላቸውም፦ {count} ብቃቶች ({ids})።',
    ('Messages', 'Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).'):
        'ካርታ፦ ማዕቀፍ {code} → ብቃት፤ ደረጃ {u} → {units} አሃድ(ዎች) (ID number → የአሃድ ኮድ)፣ እያንዳንዱ ተመሳሳይ ርዕስ ያለው አንድ ንጥል ያለው፤ ደረጃ {e} → የዚያ ንጥል {criteria} የአፈጻጸም መስፈርቶች (አጭር ስም፣ ከዚያ መግለጫ)።',
    ('Messages', 'Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).'):
        'ካርታ፦ ማዕቀፍ {code} → ብቃት፤ ደረጃ {u} → {units} አሃድ(ዎች) (ID number → የአሃድ ኮድ)፤ ደረጃ {e} → {elements} ንጥል(ሎች)፤ ደረጃ {c} → {criteria} የአፈጻጸም መስፈርቶች (አጭር ስም፣ ከዚያ መግለጫ)፤ የደረጃ {f} እና ከዚያ በታች ያሉ {deeper} ብቃቶች → በመስፈርታቸው ጽሑፍ ውስጥ ተካተዋል፣ እያንዳንዱ በአንድ መስመር (- አጭር ስም፦ መግለጫ)።',
    ('Messages', '- {what}'):
        '- {what}',
    ('Messages', '{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).'):
        '{file}፣ ረድፍ {row}፦ ከ{limit:,} ረድፎች በላይ፤ ይህን ያህል ትልቅ ማዕቀፍ የብቃት ደረጃ አይደለም (ትክክለኛው ፋይል ነው?)።',
    ('Messages', '{where}: a second framework (the first is on row {first}); import one framework per file.'):
        '{where}፦ ሁለተኛ ማዕቀፍ (የመጀመሪያው በረድፍ {first} ላይ ነው)፤ በአንድ ፋይል አንድ ማዕቀፍ ያስገቡ።',
    ('Messages', '{file}, row {row}: the parents of {id} form a cycle ({cycle}).'):
        '{file}፣ ረድፍ {row}፦ የ{id} ወላጆች ዑደት ይፈጥራሉ ({cycle})።',
    ('Messages', '{values}'):
        '{values}',
    ('Messages', '{text}'):
        '{text}',
    ('Messages', 'it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.'):
        '{length} ፊደላት አሉት፤ የQR ኮዶች ሊነበቡ እንዲችሉ ቢበዛ {limit} ፊደላት ያለው አድራሻ ይጠቀሙ።',
    ('Messages', 'use a web address without spaces or accented letters, for example {example}'):
        'ያለ ክፍተቶች ወይም ያለ ትእምርተ ፊደላት የድር አድራሻ ይጠቀሙ፣ ለምሳሌ {example}',
    ('Messages', 'this is not a web address; write it as {example}'):
        'ይህ የድር አድራሻ አይደለም፤ እንደ {example} ይጻፉት',
    ('Messages', 'the host name {host} is not a public web address, for example {example}'):
        'የአስተናጋጅ ስም {host} የወል የድር አድራሻ አይደለም፣ ለምሳሌ {example}',
    ('Messages', 'the address may not contain ? or # (the certificate is added after #).'):
        'አድራሻው ? ወይም # ሊይዝ አይችልም (የምስክር ወረቀቱ ከ# በኋላ ይጨመራል)።',
    ('Messages', 'the address must end with / (for example {example})'):
        'አድራሻው በ/ መጨረስ አለበት (ለምሳሌ {example})',
    ('Messages', 'the address must start with https:// (http:// only for localhost), for example {example}'):
        'አድራሻው በhttps:// መጀመር አለበት (http:// ለlocalhost ብቻ)፣ ለምሳሌ {example}',
    ('Messages', 'Centre name'):
        'የማዕከሉ ስም',
    ('Messages', "enter the centre's name."):
        'የማዕከሉን ስም ያስገቡ።',
    ('Messages', 'Centre code'):
        'የማዕከል ኮድ',
    ('Messages', '1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.'):
        'ከ1 እስከ 20 ፊደላት፣ አሃዞች ወይም ሰረዞች (ለምሳሌ ACC)፤ እያንዳንዱን የምስክር ወረቀት ተከታታይ ቁጥር ይጀምራል።',
    ('Messages', 'Country'):
        'ሀገር',
    ('Messages', 'the two-letter ISO code, for example GH, ET or LB.'):
        'ባለሁለት ፊደል የISO ኮድ፣ ለምሳሌ GH፣ ET ወይም LB።',
    ('Messages', 'Verification address'):
        'የማረጋገጫ አድራሻ',
    ('Messages', 'Signatories'):
        'ፈራሚዎች',
    ('Messages', 'a certificate has room for {limit} signatories; remove {extra}.'):
        'የምስክር ወረቀት ለ{limit} ፈራሚዎች ቦታ አለው፤ {extra} ያስወግዱ።',
    ('Messages', 'The centre settings were not saved:'):
        'የማዕከሉ ቅንብሮች አልተቀመጡም፦',
    ('Messages', 'There is no signatory {n}; the centre has {count}.'):
        'ፈራሚ {n} የለም፤ ማዕከሉ {count} አለው።',
    ('Messages', 'Logo'):
        'አርማ',
    ('Messages', 'Signatory {n}'):
        'ፈራሚ {n}',
    ('Messages', 'enter the name, or remove the signatory.'):
        'ስሙን ያስገቡ፣ ወይም ፈራሚውን ያስወግዱ።',
    ('Messages', '{lang} is not a certificate language.'):
        '{lang} የምስክር ወረቀት ቋንቋ አይደለም።',
    ('Messages', 'Signatory {n}, signature'):
        'ፈራሚ {n}፣ ፊርማ',
    ('Messages', 'Signatory {n}, title ({lang})'):
        'ፈራሚ {n}፣ ማዕረግ ({lang})',
    ('Messages', 'Certificate {serial} is genuine and in force (issued by the registered centre {centre}).'):
        'የምስክር ወረቀት {serial} እውነተኛ እና በሥራ ላይ ያለ ነው (በተመዘገበው ማዕከል {centre} የተሰጠ)።',
    ('Messages', 'The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.'):
        'ፊርማው እውነተኛ ነው (የማዕከሉ {centre} ቁልፍ {key})፣ ነገር ግን የምስክር ወረቀት {serial} ብሔራዊ መዝገቡ ላይ አልደረሰም፦ እዚህ የገባ የ{centre} ጥቅል አይዘረዝረውም።',
    ('Messages', 'Certificate {serial} of the centre {centre} was revoked: {reason}'):
        'የማዕከሉ {centre} የምስክር ወረቀት {serial} ተሽሯል፦ {reason}',
    ('Messages', 'No registered centre has the code {code}; see skillassess exchange partners.'):
        'የተመዘገበ ማዕከል ኮድ {code} የለውም፤ skillassess exchange partners ይመልከቱ።',
    ('Messages', "An exchange bundle's file name ends in .sabundle: {file}"):
        'የልውውጥ ጥቅል የፋይል ስም በ.sabundle ይጨርሳል፦ {file}',
    ('Messages', 'The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.'):
        'የናሙና መጠኑ ከ0 በላይ እና ቢበዛ 1 የሆነ ክፍልፋይ ነው፣ ለምሳሌ 0.1 ለ10 %።',
    ('Messages', 'The minimum sample size cannot be negative.'):
        'ዝቅተኛው የናሙና መጠን አሉታዊ ሊሆን አይችልም።',
    ('Messages', 'A moderation outcome is confirmed or not_confirmed, not {outcome}.'):
        'የውጤት ማጣራት ውጤት confirmed ወይም not_confirmed ነው እንጂ {outcome} አይደለም።',
    ('Messages', 'There is no sampled result {id} to moderate.'):
        'የሚጣራ በናሙና የተወሰደ ውጤት {id} የለም።',
    ('Messages', 'Say why the result is not confirmed (the notes travel back to the centre).'):
        'ውጤቱ ለምን እንዳልተረጋገጠ ይግለጹ (ማስታወሻዎቹ ወደ ማዕከሉ ይመለሳሉ)።',
    ('Messages', 'No registered centre has the code {code}.'):
        'የተመዘገበ ማዕከል ኮድ {code} የለውም።',
    ('Messages', '{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.'):
        '{file}፦ ቁልፎቹ የፈረመውን ቁልፍ {key} አይዙም፣ ወይም በተሳሳተ መለያ ይዘውታል፤ ምንም አልገባም።',
    ('Messages', '{file} has no keys member; nothing was imported.'):
        '{file} የቁልፎች አባል የለውም፤ ምንም አልገባም።',
    ('Messages', '{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.'):
        '{file}፦ ቁልፎቹ የ{owner} ናቸው እንጂ የላኪው {code} አይደሉም፤ ምንም አልገባም።',
    ('Messages', '{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.'):
        '{file}፦ የማውጫው ፊርማ አይጸናም፦ ጥቅሉ ከተፈረመ በኋላ ተለውጧል፤ ምንም አልገባም።',
    ('Messages', 'The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.'):
        'የጻፉት የጣት አሻራ {file}ን ከፈረመው ቁልፍ {key} ({fingerprint}) ጋር አይዛመድም። አይመዝግቡት፦ {name}ን የጣት አሻራውን እንደገና ይጠይቁ።',
    ('Messages', "{file} was made by this database's own centre ({code}); there is nothing to register."):
        '{file} የተሠራው በዚህ የመረጃ ቋት የራሱ ማዕከል ({code}) ነው፤ የሚመዘገብ ምንም ነገር የለም።',
    ('Messages', '{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.'):
        '{code} እዚህ እንደ {role} ተመዝግቧል፣ ነገር ግን {file}ን የላከው እንደ {other} ነው፤ ምንም አልተለወጠም።',
    ('Messages', 'The key {key} of {file} is registered here for another partner; nothing was changed.'):
        'የ{file} ቁልፍ {key} እዚህ ለሌላ አጋር ተመዝግቧል፤ ምንም አልተለወጠም።',
    ('Messages', 'There is no such assessment (it may have been deleted meanwhile).'):
        'እንደዚህ ያለ ምዘና የለም (በመሀል ተሰርዞ ሊሆን ይችላል)።',
    ('Messages', 'There is no such assessment or performance criterion (it may have been deleted meanwhile).'):
        'እንደዚህ ያለ ምዘና ወይም የአፈጻጸም መስፈርት የለም (በመሀል ተሰርዞ ሊሆን ይችላል)።',
    ('Messages', 'Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.'):
        'መስፈርት {number} የ{candidate} በ{unit} የአሃድ ስሪት መስፈርት አይደለም።',
    ('Messages', 'Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.'):
        'የምዘና {assessment} መስፈርት {number} ከከፈቱት በኋላ በሌላ ሰው ተለውጧል፦ አሁን {now} ነው። የእርስዎ እሴት አልተቀመጠም፤ ሕዋሱን እንደገና ይመልከቱ እና ሊተካው የሚገባ ከሆነ እሴትዎን አንድ ጊዜ ደግመው ይጻፉ።',
    ('Messages', '{field}: {path}: {problem}'):
        '{field}፦ {path}፦ {problem}',
    ('Messages', '{field}: {path} cannot be read ({reason}).'):
        '{field}፦ {path} ሊነበብ አይችልም ({reason})።',
    ('RecordingDialog', 'Evidence and self-assessment…'):
        'ማስረጃ እና የራስ ምዘና…',
    ('RecordingDialog', 'Find a candidate (Ctrl+F)'):
        'ተመዛኝ ፈልግ (Ctrl+F)',
    ('RecordingDialog', 'Read only: only the assessor of a result records its judgements, until it is submitted.'):
        'ለንባብ ብቻ፦ የአንድን ውጤት ውሳኔዎች እስኪቀርብ ድረስ የሚመዘግበው መዛኙ ብቻ ነው።',
    ('RecordingDialog', 'Read only: only the assessor of %1 records these judgements.'):
        'ለንባብ ብቻ፦ እነዚህን ውሳኔዎች የሚመዘግበው የ%1 መዛኝ ብቻ ነው።',
    ('RecordingDialog', '%1 is submitted and waits for verification: a verifier must return it before it can change.'):
        '%1 ቀርቧል እና ማረጋገጫ ይጠብቃል፦ ከመለወጡ በፊት አረጋጋጭ መመለስ አለበት።',
    ('RecordingDialog', '%1 is verified and locked: correct it with an amendment or record a new attempt.'):
        '%1 ተረጋግጧል እና ተቆልፏል፦ በማስተካከያ ያስተካክሉት ወይም አዲስ ሙከራ ይመዝግቡ።',
    ('RecordingDialog', '%1 cannot be changed now.'):
        '%1 አሁን ሊለወጥ አይችልም።',
    ('RecordingDialog', 'Hide panel'):
        'ፓነሉን ደብቅ',
    ('RecordingDialog', 'Show panel'):
        'ፓነሉን አሳይ',
    ('RecordingDialog', "Hide the candidate's panel, so that more candidates fit (F9)"):
        'ብዙ ተመዛኞች እንዲገጥሙ የተመዛኙን ፓነል ደብቅ (F9)',
    ('RecordingDialog', "Show the candidate's panel: methods, comments, outcome, Submit (F9)"):
        'የተመዛኙን ፓነል አሳይ፦ ዘዴዎች፣ አስተያየቶች፣ ውጤት፣ አቅርብ (F9)',
    ('RecordingDialog', 'No candidate matches %1.'):
        'ከ%1 ጋር የሚዛመድ ተመዛኝ የለም።',
    ('RegisterPartnerDialog', 'Register a partner'):
        'አጋር መዝግብ',
    ('RegisterPartnerDialog', 'centre'):
        'ማዕከል',
    ('RegisterPartnerDialog', 'awarding body'):
        'የምስክር ወረቀት ሰጪ አካል',
    ('RegisterPartnerDialog', '%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, for the fingerprint of their key and compare it with the one below. Register them only if it is the same: after that, their bundles import without questions.'):
        '%1 (%2፣ %3) በዚህ የመረጃ ቋት ውስጥ ገና አልተመዘገበም። የቁልፋቸውን የጣት አሻራ በስልክ ወይም በደብዳቤ ይጠይቋቸው እና ከታች ካለው ጋር ያወዳድሩት። የሚመዘግቧቸው ተመሳሳይ ከሆነ ብቻ ነው፦ ከዚያ በኋላ ጥቅሎቻቸው ያለ ጥያቄ ይገባሉ።',
    ('RegisterPartnerDialog', 'At least the first 16 digits'):
        'ቢያንስ የመጀመሪያዎቹ 16 አሃዞች',
    ('RegisterPartnerDialog', 'Fingerprint in the file:'):
        'በፋይሉ ውስጥ ያለው የጣት አሻራ፦',
    ('RegisterPartnerDialog', 'Fingerprint they gave you:'):
        'የሰጡዎት የጣት አሻራ፦',
    ('RegisterPartnerDialog', 'Register'):
        'መዝግብ',
    ('ReportsPage', 'This centre'):
        'ይህ ማዕከል',
    ('ReportsPage', 'All registered centres'):
        'ሁሉም የተመዘገቡ ማዕከላት',
    ('ReportsPage', 'Centre %1'):
        'ማዕከል %1',
    ('ReportsPage', 'Recognition of Prior Learning'):
        'ቀደም ሲል የተገኘ ትምህርት ዕውቅና',
    ('ReportsPage', 'RPL enrolments'):
        'የRPL ምዝገባዎች',
    ('ReportsPage', 'Completed (certificate or statement)'):
        'የተጠናቀቁ (የምስክር ወረቀት ወይም ማረጋገጫ)',
    ('ReportsPage', 'Completion rate'):
        'የማጠናቀቂያ መጠን',
    ('ReportsPage', 'Referred to gap training'):
        'ወደ ክፍተት ሥልጠና የተላኩ',
    ('ReportsPage', 'Median days from enrolment to certificate'):
        'ከምዝገባ እስከ የምስክር ወረቀት ያሉ መካከለኛ ቀናት',
    ('ReportsPage', 'Now at it\nwomen'):
        'አሁን በዚያ ያሉ\nሴቶች',
    ('ReportsPage', 'Now at it\nmen'):
        'አሁን በዚያ ያሉ\nወንዶች',
    ('ReportsPage', 'Now at it\ntotal'):
        'አሁን በዚያ ያሉ\nጠቅላላ',
    ('ReportsPage', 'Median days\nwomen'):
        'መካከለኛ ቀናት\nሴቶች',
    ('ReportsPage', 'Median days\nmen'):
        'መካከለኛ ቀናት\nወንዶች',
    ('ReportsPage', 'Median days\ntotal'):
        'መካከለኛ ቀናት\nጠቅላላ',
    ('ReportsPage', 'Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one).'):
        'በእያንዳንዱ የRPL ደረጃ፦ አሁን በዚያ ያሉ ምዝገባዎች፣ እና ወደፊት የተሻገሩት በዚያ ያሳለፏቸው መካከለኛ ቀናት (በደረጃው ካለው የመጀመሪያ እርምጃ እስከ በኋለኛው ደረጃ ያለው የመጀመሪያ እርምጃ)።',
    ('SelfAssessmentDialog', 'Remarks'):
        'ማስታወሻዎች',
    ('SelfAssessmentDialog', 'Remarks: where, when, with whom'):
        'ማስታወሻዎች፦ የት፣ መቼ፣ ከማን ጋር',
    ('SelfAssessmentDialog', 'Prints the answers as shown, saved or not'):
        'መልሶቹን እንደሚታዩት ያትማል፣ የተቀመጡም ይሁኑ ያልተቀመጡ',
    ('SelfAssessmentDialog', '(read-only)'):
        '(ለንባብ ብቻ)',
    ('SelfAssessmentDialog', 'Answer all…'):
        'ለሁሉም መልስ…',
    ('SelfAssessmentDialog', 'Give every criterion below this answer'):
        'ከዚህ በታች ላለው እያንዳንዱ መስፈርት ይህን መልስ ስጥ',
    ('StandardsPage', 'Reading %1…'):
        '%1 እየተነበበ ነው…',
    ('StandardsPage', '%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?'):
        '%1 ብቃት %2 (%3) ይዟል፦ %4 አሃድ(ዎች)፣ %5 ንጥል(ሎች)፣ %6 የአፈጻጸም መስፈርቶች። ይግባ?',
    ('StandardsPage', "%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next two become elements and performance criteria, deeper ones fold into the criteria's text, and levels above the units are listed as having no place."):
        '%1 የ%2 ደረጃዎች ማዕቀፍ ነው። የትኛው ደረጃ አሃዶች ይሆናል? ደረጃ 1 ከላይ ያለው ነው፤ ቀጣዮቹ ሁለቱ ንጥሎች እና የአፈጻጸም መስፈርቶች ይሆናሉ፣ ጥልቅ የሆኑት በመስፈርቶቹ ጽሑፍ ውስጥ ይካተታሉ፣ ከአሃዶቹ በላይ ያሉ ደረጃዎች ደግሞ ቦታ እንደሌላቸው ይዘረዘራሉ።',
    ('StandardsPage', 'Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)'):
        'የExcel የሥራ መጽሐፍ (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)',
})


# lead: after the verify-page merge ----
TRANSLATIONS.update({
    ("MainWindow", "&Verification site…"): "የማረጋገጫ &ድረ ገጽ…",
    ("Messages", "The folder {folder} cannot be made: {reason}"): "አቃፊ {folder} ሊፈጠር አልቻለም፦ {reason}",
    ("VerifierExport", "Verification site"): "የማረጋገጫ ድረ ገጽ",
    ("VerifierExport", "Export the verification site into a folder"): "የማረጋገጫ ድረ ገጹን ወደ አቃፊ ላክ",
    ("VerifierExport", "The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days."):
        "የማረጋገጫ ድረ ገጹ በ%1 ውስጥ ነው (%2 ፋይሎች)። አቃፊውን በማዕከሉ ቅንብሮች ውስጥ ወዳለው የድር አድራሻ ወይም ወደ ፍላሽ ዲስክ ይቅዱ፤ index.html እንደ ፋይልም ይከፈታል። የምስክር ወረቀት ከሰረዙ በኋላ እና ቢያንስ በየ%3 ቀናት እንደገና ይላኩት።",
    ("VerifyDialog", "Paste the text of the QR code: SA1.… or a link https://…/#SA1.…"):
        "የQR ኮዱን ጽሑፍ ይለጥፉ፦ SA1.… ወይም አገናኝ https://…/#SA1.…",
})

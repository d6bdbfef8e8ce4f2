<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SkillAssess</source>
            <translation>ስለ SkillAssess</translation>
        </message>
        <message>
            <source>Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.</source>
            <translation>የብቃት ደረጃዎች፣ የተግባር ምዘናዎች፣ ቀደም ሲል የተገኘ ትምህርት ዕውቅና (RPL) እና የምስክር ወረቀቶች ለቴክኒክና ሙያ ማዕከላት፣ ያለ ኢንተርኔት።</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>የመረጃ አቃፊ፦ %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>የመረጃ ቋት፦ %1</translation>
        </message>
        <message>
            <source>Built with Python %1 and Qt %2.</source>
            <translation>በPython %1 እና Qt %2 የተሠራ።</translation>
        </message>
        <message>
            <source>SkillAssess is free software under the GNU General Public License, version 3 or later. It bundles the software below, each under its own licence: select one to read its licence.</source>
            <translation>SkillAssess በGNU General Public License ስሪት 3 ወይም ከዚያ በኋላ ባለው ሥር ነፃ ሶፍትዌር ነው። ከዚህ በታች ያሉትን ሶፍትዌሮች ይዟል፤ እያንዳንዱ በራሱ ፈቃድ ሥር ነው፦ ፈቃዱን ለማንበብ አንዱን ይምረጡ።</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>ሶፍትዌር</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ስሪት</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>ፈቃድ</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>የመረጃ አቃፊውን ክፈት</translation>
        </message>
        <message>
            <source>The licence text %1 is missing: reinstall SkillAssess.</source>
            <translation>የፈቃዱ ጽሑፍ %1 የለም፦ SkillAssessን እንደገና ይጫኑ።</translation>
        </message>
    </context>
    <context>
        <name>AddEvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>ማስረጃ ጨምር</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>ማስረጃ አስተካክል</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ፋይል</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ዓይነት</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>መግለጫ</translation>
        </message>
        <message>
            <source>Date of the evidence</source>
            <translation>የማስረጃው ቀን</translation>
        </message>
        <message>
            <source>Criteria it supports</source>
            <translation>የሚደግፋቸው መስፈርቶች</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>የመጀመሪያው አስተዳዳሪ</translation>
        </message>
        <message>
            <source>This person adds the other users. Choose a password of at least %1 characters.</source>
            <translation>ይህ ሰው ሌሎቹን ተጠቃሚዎች ይጨምራል። ቢያንስ %1 ፊደላት ያሉት የይለፍ ቃል ይምረጡ።</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;የተጠቃሚ ስም፦</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ሙሉ ስም፦</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;የይለፍ ቃል፦</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>&amp;የይለፍ ቃል በድጋሚ፦</translation>
        </message>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>ሁለቱ የይለፍ ቃላት ይለያያሉ፤ እንደገና ይጻፏቸው።</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>የይለፍ ቃሉ ቢያንስ %1 ፊደላት ያስፈልጉታል።</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a verified result</source>
            <translation>የተረጋገጠ ውጤት አስተካክል</translation>
        </message>
        <message>
            <source>Why the verified result is corrected (required)</source>
            <translation>የተረጋገጠው ውጤት ለምን እንደሚስተካከል (አስፈላጊ)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>መስፈርት</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>ውሳኔ</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>ያልተመዘነ</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ውጤት፦</translation>
        </message>
        <message>
            <source>Methods:</source>
            <translation>ዘዴዎች፦</translation>
        </message>
        <message>
            <source>Criteria:</source>
            <translation>መስፈርቶች፦</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>ቀን፦</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>ቦታ፦</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>አስተያየት፦</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>ግብረ መልስ፦</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>ምክንያት፦</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Opening %1…</source>
            <translation>%1 እየተከፈተ ነው…</translation>
        </message>
        <message>
            <source>Database missing</source>
            <translation>የመረጃ ቋቱ የለም</translation>
        </message>
        <message>
            <source>The centre's database %1 is missing, but there is a backup of it made %2.</source>
            <translation>የማዕከሉ የመረጃ ቋት %1 የለም፤ ነገር ግን %2 የተሠራ ምትኬ አለ።</translation>
        </message>
        <message>
            <source>Restore the backup, or start a new, empty database?</source>
            <translation>ምትኬውን መልስ ወይስ አዲስ ባዶ የመረጃ ቋት ጀምር?</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>ምትኬውን መልስ</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>አዲስ የመረጃ ቋት ጀምር</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>የመረጃ ቋቱን መክፈት አልተቻለም</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>Record an appeal</source>
            <translation>ይግባኝ መዝግብ</translation>
        </message>
        <message>
            <source>Lodged on:</source>
            <translation>የቀረበበት ቀን፦</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>የይግባኙ ምክንያቶች፦</translation>
        </message>
        <message>
            <source>Independent reviewer:</source>
            <translation>ገለልተኛ ገምጋሚ፦</translation>
        </message>
        <message>
            <source>Decide the appeal</source>
            <translation>በይግባኙ ላይ ወስን</translation>
        </message>
        <message>
            <source>Open a new attempt</source>
            <translation>አዲስ ሙከራ ክፈት</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>ውሳኔ፦</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>ማስታወሻ፦</translation>
        </message>
    </context>
    <context>
        <name>AssessmentGridTableModel</name>
        <message>
            <source>Element %1: %2</source>
            <translation>ንጥል %1፦ %2</translation>
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
            <translation>ያልተመዘነ</translation>
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
            <translation>አልተቀመጠም፦ %1 እንደገና ለመሞከር እሴቱን በድጋሚ ይጻፉ።</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>የአፈጻጸም መስፈርት</translation>
        </message>
        <message>
            <source>attempt %1</source>
            <translation>ሙከራ %1</translation>
        </message>
        <message>
            <source>%1, attempt %2: %3</source>
            <translation>%1፣ ሙከራ %2፦ %3</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Date</source>
            <translation>ቀን</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>የምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>አሃድ</translation>
        </message>
        <message>
            <source>Unit title</source>
            <translation>የአሃዱ ርዕስ</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>ሙከራ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>መዛኝ</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>አረጋጋጭ</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>All statuses</source>
            <translation>ሁሉም ሁኔታዎች</translation>
        </message>
        <message>
            <source>Candidate: name or registration number</source>
            <translation>ተመዛኝ፦ ስም ወይም የምዝገባ ቁጥር</translation>
        </message>
        <message>
            <source>Unit: code or title</source>
            <translation>አሃድ፦ ኮድ ወይም ርዕስ</translation>
        </message>
        <message>
            <source>Plan session…</source>
            <translation>የምዘና ክፍለ ጊዜ አቅድ…</translation>
        </message>
        <message>
            <source>Record…</source>
            <translation>መዝግብ…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>ሂደት…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>መዝገቡን አትም…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>አትም…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>እንደ PDF አስቀምጥ…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>ማስረጃ…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps</source>
            <translation>ከእያንዳንዱ መስፈርት በስተጀርባ ያሉት ማስረጃዎች እና የራስ ምዘና፣ እና ክፍተቶቹ</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>ሁሉም ክፍለ ጊዜዎች</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>ክፍለ ጊዜ %1</translation>
        </message>
        <message>
            <source>All assessors</source>
            <translation>ሁሉም መዛኞች</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>ምዘናዎች</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n ምዘና</numerusform>
                <numerusform>%n ምዘናዎች</numerusform>
            </translation>
        </message>
        <message>
            <source>Print assessment record</source>
            <translation>የምዘና መዝገቡን አትም</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>የምዘና መዝገቡን አስቀምጥ</translation>
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
            <translation>ከ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>እስከ</translation>
        </message>
        <message>
            <source>&amp;Technical detail</source>
            <translation>&amp;ቴክኒካዊ ዝርዝር</translation>
        </message>
        <message>
            <source>Show the entry as the log stores it: record type, record number, values before and after.</source>
            <translation>ግቤቱን መዝገቡ እንደሚያከማቸው አሳይ፦ የመዝገብ ዓይነት፣ የመዝገብ ቁጥር፣ ከለውጡ በፊትና በኋላ ያሉ እሴቶች።</translation>
        </message>
        <message>
            <source>&amp;Check the log</source>
            <translation>&amp;መዝገቡን ፈትሽ</translation>
        </message>
        <message>
            <source>Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows.</source>
            <translation>የሃሽ ሰንሰለቱን እንደገና አስላ፣ እያንዳንዱን መዝገብ መዝገቡ ከሚለው ጋር አወዳድር፣ መዝገቡንም ከማረጋገጫ ነጥቡ ጋር አወዳድር፦ የተለወጠ ወይም የተወገደ ማንኛውም ግቤት እና ከSkillAssess ውጭ የተለወጠ ማንኛውም መዝገብ ይታያል።</translation>
        </message>
        <message>
            <source>&amp;Record the loss…</source>
            <translation>&amp;መጥፋቱን መዝግብ…</translation>
        </message>
        <message>
            <source>When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on.</source>
            <translation>መዝገቡ ማረጋገጫ ነጥቡ የሚመዘግባቸውን ግቤቶች ሲያጣ እና ምንም ምትኬ መመለስ ካልተቻለ፦ ሥራው እንዲቀጥል መጥፋቱን በመዝገቡ ውስጥ ጻፍ።</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translation>የመዝገብ ዓይነት፦</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>ተጠቃሚ፦</translation>
        </message>
        <message>
            <source>Select an entry to see what changed.</source>
            <translation>ምን እንደተለወጠ ለማየት ግቤት ይምረጡ።</translation>
        </message>
        <message>
            <source>Entry %1, %2</source>
            <translation>ግቤት %1፣ %2</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>የኦዲት መዝገብ</translation>
        </message>
        <message>
            <source>All record types</source>
            <translation>ሁሉም የመዝገብ ዓይነቶች</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>ሁሉም ተጠቃሚዎች</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n ግቤት</numerusform>
                <numerusform>%n ግቤቶች</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>ለውጦች፦</translation>
        </message>
        <message>
            <source>Technical detail: %1 %2 %3 by %4</source>
            <translation>ቴክኒካዊ ዝርዝር፦ %1 %2 %3 በ%4</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>በፊት</translation>
        </message>
        <message>
            <source>After</source>
            <translation>በኋላ</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>የኦዲት መዝገቡ እየተፈተሸ ነው…</translation>
        </message>
        <message>
            <source>Record in the audit log that entries it held are lost?

%1

Restore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on.</source>
            <translation>መዝገቡ ይዟቸው የነበሩ ግቤቶች መጥፋታቸው በኦዲት መዝገቡ ይመዝገብ?

%1

ከተቻለ በምትኩ የቅርብ ጊዜውን ምትኬ ይመልሱ። መጥፋቱን መመዝገብ ማረጋገጫ ነጥቡ ያለውን ይጠብቃል፣ ግቤቶቻቸው የጠፉ መዝገቦችን አሁን ባሉበት ይመዘግባል፣ ሥራውም እንዲቀጥል ያደርጋል።</translation>
        </message>
        <message>
            <source>Record the loss</source>
            <translation>መጥፋቱን መዝግብ</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>ቁ.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>መቼ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ያከናወነው</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>የተፈጸመው</translation>
        </message>
    </context>
    <context>
        <name>AuditTexts</name>
        <message numerus="yes">
            <source>%n record(s) differ from the audit log: changed outside SkillAssess.</source>
            <translation>
                <numerusform>%n መዝገብ ከኦዲት መዝገቡ ይለያል፦ ከSkillAssess ውጭ ተለውጧል።</numerusform>
                <numerusform>%n መዝገቦች ከኦዲት መዝገቡ ይለያሉ፦ ከSkillAssess ውጭ ተለውጠዋል።</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked; every record matches it.</source>
            <translation>
                <numerusform>የኦዲት መዝገቡ ያልተነካ ነው፦ %n ግቤት ተፈትሿል፤ እያንዳንዱ መዝገብ ይስማማል።</numerusform>
                <numerusform>የኦዲት መዝገቡ ያልተነካ ነው፦ %n ግቤቶች ተፈትሸዋል፤ እያንዳንዱ መዝገብ ይስማማል።</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… እና ሌላ %n።</numerusform>
                <numerusform>… እና ሌሎች %n።</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.</source>
            <translation>%1 (%2)፣ %3፦ የኦዲት መዝገቡ (ግቤት %4) %5 ይላል፤ የመረጃ ቋቱ %6 ይዟል።</translation>
        </message>
        <message>
            <source>%1 (%2): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>%1 (%2)፦ ይህን መዝገብ የሚመዘግብ የኦዲት ግቤት የለም፤ ከSkillAssess ውጭ ተጨምሯል።</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records it, but it is no longer in the database.</source>
            <translation>%1 (%2)፦ የኦዲት መዝገቡ (ግቤት %3) ይመዘግበዋል፤ ነገር ግን በመረጃ ቋቱ ውስጥ የለም።</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.</source>
            <translation>%1 (%2)፦ የኦዲት መዝገቡ (ግቤት %3) መሰረዙን ይመዘግባል፤ ነገር ግን በመረጃ ቋቱ ውስጥ አለ።</translation>
        </message>
        <message>
            <source>The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>%1 የተጻፈው የኦዲት ማረጋገጫ ነጥብ %2 ግቤቶችን ይመዘግባል፤ የመረጃ ቋቱ ግን %3 ይዟል፦ የቅርብ ጊዜዎቹ ለውጦች የሉም (ከብልሽት በኋላ የጠፋ -wal ፋይል፣ ወይም የተሰረዙ ግቤቶች)። የቅርብ ጊዜውን ምትኬ ይመልሱ፣ ወይም አስተዳዳሪ በኦዲት መዝገብ ገጽ ላይ መጥፋቱን ይመዝግብ፤ እስከዚያ ምንም ነገር ሊቀመጥ አይችልም።</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>የኦዲት መዝገቡ የ%1 ማረጋገጫ ነጥቡ የሚመዘግባቸውን ግቤቶች ከእንግዲህ አይዝም፦ እንደገና ተጽፏል ወይም ተተክቷል። የቅርብ ጊዜውን ምትኬ ይመልሱ፣ ወይም አስተዳዳሪ በኦዲት መዝገብ ገጽ ላይ መጥፋቱን ይመዝግብ፤ እስከዚያ ምንም ነገር ሊቀመጥ አይችልም።</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ %1 ከፊርማው ጋር አይስማማም፦ ከSkillAssess ውጭ ተለውጧል።</translation>
        </message>
        <message>
            <source>There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ (%1) የለም፤ ስለዚህ የመዝገቡ የቅርብ ጊዜ ግቤቶች መወገድ ሊታወቅ አልተቻለም። የመረጃ ቋቱን ከገለበጡ፣ የ.checkpoint ፋይሉንም አብረው ይገልብጡ።</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ %1 ጥቅም ላይ አልዋለም፦ ይህ ኮምፒውተር በማያውቀው ቁልፍ ተፈርሟል፣ ወይም ሊነበብ አይችልም። ቀጣዩ ለውጥ አዲስ ይጽፋል።</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>የኦዲት መዝገቡ ባዶ ነው፤ እስካሁን ማረጋገጫ ነጥብ የለም።</translation>
        </message>
        <message>
            <source>The audit checkpoint of %1 (%2 entries) is contained in the log.</source>
            <translation>የ%1 የኦዲት ማረጋገጫ ነጥብ (%2 ግቤቶች) በመዝገቡ ውስጥ ይገኛል።</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2.</source>
            <translation>የኦዲት መዝገቡ በግቤት %1 ላይ ተሰብሯል፦ %2።</translation>
        </message>
        <message>
            <source>The audit log has lost entries</source>
            <translation>የኦዲት መዝገቡ ግቤቶችን አጥቷል</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <source>Backup settings</source>
            <translation>የምትኬ ቅንብሮች</translation>
        </message>
        <message>
            <source>On the first start of each day SkillAssess writes a backup of the database, its evidence files, the audit checkpoint and the signing keys. These settings belong to this computer.</source>
            <translation>SkillAssess በየቀኑ የመጀመሪያ አጀማመር ላይ የመረጃ ቋቱን፣ የማስረጃ ፋይሎቹን፣ የኦዲት ማረጋገጫ ነጥቡን እና የፊርማ ቁልፎቹን ምትኬ ይጽፋል። እነዚህ ቅንብሮች የዚህ ኮምፒውተር ናቸው።</translation>
        </message>
        <message>
            <source>No daily backup</source>
            <translation>ዕለታዊ ምትኬ የለም</translation>
        </message>
        <message>
            <source>None (for example a USB stick)</source>
            <translation>የለም (ለምሳሌ የUSB ፍላሽ)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;አስስ…</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;አጽዳ</translation>
        </message>
        <message>
            <source>%1, made %2</source>
            <translation>%1፣ የተሠራው %2</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>እስካሁን የለም</translation>
        </message>
        <message>
            <source>&amp;Daily backups to keep:</source>
            <translation>&amp;የሚቀመጡ ዕለታዊ ምትኬዎች፦</translation>
        </message>
        <message>
            <source>&amp;Second folder:</source>
            <translation>&amp;ሁለተኛ አቃፊ፦</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>የምትኬ አቃፊ፦</translation>
        </message>
        <message>
            <source>Newest backup:</source>
            <translation>የቅርብ ጊዜ ምትኬ፦</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>ሁለተኛ የምትኬ አቃፊ</translation>
        </message>
        <message>
            <source>There is no folder %1; plug the USB stick in or choose another folder.</source>
            <translation>አቃፊ %1 የለም፤ የUSB ፍላሹን ይሰኩ ወይም ሌላ አቃፊ ይምረጡ።</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>SkillAssess backup (%1);;All files (*)</source>
            <translation>የSkillAssess ምትኬ (%1);;ሁሉም ፋይሎች (*)</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>የተበላሸ የመረጃ ቋት</translation>
        </message>
        <message>
            <source>The database file %1 is damaged, so SkillAssess will not write to it.</source>
            <translation>የመረጃ ቋት ፋይሉ %1 ተበላሽቷል፤ ስለዚህ SkillAssess በእሱ ላይ አይጽፍም።</translation>
        </message>
        <message>
            <source>The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside the restored one.</source>
            <translation>የቅርብ ጊዜው ምትኬ %1 ነው፤ የተሠራው %2። ሥራውን ለመቀጠል ይመልሱት፤ የተበላሸው ፋይል ከተመለሰው ጎን ይቀመጣል።</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>የቅርብ ጊዜውን ምትኬ መልስ</translation>
        </message>
        <message>
            <source>No backup of it was found on this computer. If you have one (on a USB stick, for example), restore it; the damaged file is kept beside the restored one.</source>
            <translation>በዚህ ኮምፒውተር ላይ የእሱ ምትኬ አልተገኘም። ካለዎት (ለምሳሌ በUSB ፍላሽ ላይ) ይመልሱት፤ የተበላሸው ፋይል ከተመለሰው ጎን ይቀመጣል።</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ከፋይል መልስ…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>ከምትኬ መልስ</translation>
        </message>
        <message>
            <source>Replace the database %1 (last changed %2) with the backup made %3?</source>
            <translation>የመረጃ ቋቱ %1 (መጨረሻ የተለወጠው %2) %3 በተሠራው ምትኬ ይተካ?</translation>
        </message>
        <message>
            <source>Put the backup made %1 in place as the database %2?</source>
            <translation>%1 የተሠራው ምትኬ የመረጃ ቋት %2 ሆኖ ይቀመጥ?</translation>
        </message>
        <message>
            <source>The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is replaced is kept beside the database as a copy, so nothing is lost.</source>
            <translation>ምትኬው ሁሉንም ፍተሻዎች አልፏል። ከ%1 የመጣ ሲሆን %2 ተመዛኞች፣ %3 ምዘናዎች እና %4 የምስክር ወረቀቶች ይዟል። የማስረጃ ፋይሎቹ፣ የኦዲት ማረጋገጫ ነጥቡ እና የፊርማ ቁልፎቹም ይተካሉ፤ የሚተካው ከመረጃ ቋቱ ጎን እንደ ቅጂ ይቀመጣል፣ ስለዚህ ምንም አይጠፋም።</translation>
        </message>
        <message>
            <source>Replace the database</source>
            <translation>የመረጃ ቋቱን ተካ</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 እየተፈተሸ ነው…</translation>
        </message>
        <message>
            <source>Putting the backup in place…</source>
            <translation>ምትኬው በቦታው እየተቀመጠ ነው…</translation>
        </message>
        <message>
            <source>The database was restored from %1.</source>
            <translation>የመረጃ ቋቱ ከ%1 ተመልሷል።</translation>
        </message>
        <message>
            <source>The database it replaced is kept as %1.</source>
            <translation>የተተካው የመረጃ ቋት %1 ሆኖ ተቀምጧል።</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>ምትኬ ወደ %1 ተጽፏል።</translation>
        </message>
        <message>
            <source>Copied to %1.</source>
            <translation>ወደ %1 ተገልብጧል።</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>አሁን ምትኬ ያዝ</translation>
        </message>
        <message>
            <source>The PostgreSQL database itself is not in the archive; back it up with: %1</source>
            <translation>የPostgreSQL የመረጃ ቋቱ ራሱ በማህደሩ ውስጥ የለም፤ በዚህ ምትኬ ይያዙለት፦ %1</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>ምትኬው እየተጻፈ ነው…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>የመረጃ ቋቱን ፈትሽ</translation>
        </message>
        <message>
            <source>The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).</source>
            <translation>የመረጃ ቋት ፋይሉ %1 ጤናማ ነው፦ የSQLite ሙሉ የታማኝነት ፍተሻ ምንም ችግር አላገኘም (%2 ሰከንድ)።</translation>
        </message>
        <message>
            <source>Checking every page, table and index of %1…</source>
            <translation>የ%1 እያንዳንዱ ገጽ፣ ሰንጠረዥ እና ማውጫ እየተፈተሸ ነው…</translation>
        </message>
        <message>
            <source>The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>ሁለተኛው የምትኬ አቃፊ %1 የለም (የUSB ፍላሹ ተሰክቷል?)፤ ምትኬው በመረጃ አቃፊው ውስጥ ብቻ ነው።</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>ዕለታዊ ምትኬ</translation>
        </message>
        <message>
            <source>Today's backup was written to %1.</source>
            <translation>የዛሬው ምትኬ ወደ %1 ተጽፏል።</translation>
        </message>
        <message>
            <source>Daily backup written to %1</source>
            <translation>ዕለታዊ ምትኬ ወደ %1 ተጽፏል</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>ዕለታዊ ምትኬው ሊጻፍ አልቻለም፦ %1</translation>
        </message>
    </context>
    <context>
        <name>BodyForm</name>
        <message>
            <source>Code</source>
            <translation>ኮድ</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;ስም</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>&amp;አገር</translation>
        </message>
        <message>
            <source>&amp;Level scale</source>
            <translation>&amp;የደረጃ መለኪያ</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>Not given</source>
            <translation>አልተሰጠም</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>አዲስ ተመዛኝ</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Given when saved</source>
            <translation>ሲቀመጥ ይሰጣል</translation>
        </message>
        <message>
            <source>The full name in Amharic, Arabic or another script, as the candidate writes it</source>
            <translation>ሙሉ ስም በአማርኛ፣ በዓረብኛ ወይም በሌላ ፊደል፣ ተመዛኙ እንደሚጽፈው</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ምረጥ…</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>ፎቶ ምረጥ…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>ፎቶውን አስወግድ</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>የምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Family name *</source>
            <translation>የአያት ስም *</translation>
        </message>
        <message>
            <source>Given names *</source>
            <translation>ስም *</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>ስም በአገር ውስጥ ፊደል</translation>
        </message>
        <message>
            <source>Sex *</source>
            <translation>ጾታ *</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>የትውልድ ቀን</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>የመታወቂያ ሰነድ</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>የመታወቂያ ቁጥር</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>ዜግነት</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>አካል ጉዳት</translation>
        </message>
        <message>
            <source>Disability details</source>
            <translation>የአካል ጉዳት ዝርዝር</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ስልክ</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ኢሜይል</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>አድራሻ</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>ትምህርት</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>ሥራ</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>የሥራ ልምድ ዓመታት</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ማስታወሻ</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>ተመዛኝ %1</translation>
        </message>
        <message>
            <source>Choose photo</source>
            <translation>ፎቶ ምረጥ</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>ምስሎች (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1ን ማንበብ አልተቻለም፦ %2</translation>
        </message>
        <message>
            <source>%1 is not a picture this application can read.</source>
            <translation>%1 ይህ መተግበሪያ ሊያነበው የሚችል ምስል አይደለም።</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>ፎቶ የለም</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>%1ን ክፈት</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>አልተቀመጠም፦ በቀይ የተለዩትን መስኮች ያስተካክሉ።</translation>
        </message>
        <message>
            <source>Check the warning above; press Save again to save anyway.</source>
            <translation>ከላይ ያለውን ማስጠንቀቂያ ይመልከቱ፤ ቢሆንም ለማስቀመጥ አስቀምጥን እንደገና ይጫኑ።</translation>
        </message>
        <message>
            <source>Sign in to register candidates.</source>
            <translation>ተመዛኞችን ለመመዝገብ ይግቡ።</translation>
        </message>
    </context>
    <context>
        <name>CandidatePanel</name>
        <message>
            <source>Methods used</source>
            <translation>ጥቅም ላይ የዋሉ ዘዴዎች</translation>
        </message>
        <message>
            <source>Not declared yet</source>
            <translation>እስካሁን አልተገለጸም</translation>
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation>የጥቅም ግጭት የለም</translation>
        </message>
        <message>
            <source>Conflict of interest (describe)</source>
            <translation>የጥቅም ግጭት (ይግለጹ)</translation>
        </message>
        <message>
            <source>For example: the candidate is a relative</source>
            <translation>ለምሳሌ፦ ተመዛኙ ዘመድ ነው</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>የመዛኙ አስተያየት</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>ለተመዛኙ የተሰጠ ግብረ መልስ</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>እስካሁን ውጤት የለም</translation>
        </message>
        <message>
            <source>Credit transfer: earlier qualification and who issued it</source>
            <translation>የክሬዲት ዝውውር፦ ቀደም ሲል የተገኘው ብቃት እና የሰጠው አካል</translation>
        </message>
        <message>
            <source>Conflict of interest:</source>
            <translation>የጥቅም ግጭት፦</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>አስተያየት፦</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>ግብረ መልስ፦</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ውጤት፦</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>አቅርብ</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>አረጋግጥ</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>መልስ…</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>አስተካክል…</translation>
        </message>
        <message>
            <source>New attempt</source>
            <translation>አዲስ ሙከራ</translation>
        </message>
        <message>
            <source>Appeal…</source>
            <translation>ይግባኝ…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>መዝገቡን አትም…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>ማስረጃ…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)</source>
            <translation>ከእያንዳንዱ መስፈርት በስተጀርባ ያሉት ማስረጃዎች እና የራስ ምዘና፣ እና ክፍተቶቹ (በሕዋስ ላይ Ctrl+E)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>ታሪክ</translation>
        </message>
        <message>
            <source>Choose a candidate's column in the grid.</source>
            <translation>በሰንጠረዡ ውስጥ የተመዛኝ ዓምድ ይምረጡ።</translation>
        </message>
        <message>
            <source>Attempt %1 · %2</source>
            <translation>ሙከራ %1 · %2</translation>
        </message>
        <message>
            <source>verified by %1</source>
            <translation>ያረጋገጠው %1</translation>
        </message>
        <message>
            <source>assessor: %1</source>
            <translation>መዛኝ፦ %1</translation>
        </message>
        <message>
            <source>Returned: %1</source>
            <translation>የተመለሰ፦ %1</translation>
        </message>
        <message>
            <source>Decide appeal…</source>
            <translation>በይግባኝ ላይ ወስን…</translation>
        </message>
        <message>
            <source>Not Yet Competent and Withdrawn can always be recorded.</source>
            <translation>ገና ብቁ ያልሆነ እና ያቋረጠ ሁልጊዜ ሊመዘገቡ ይችላሉ።</translation>
        </message>
        <message>
            <source>Credit transfer rests on its source, not on the criteria.</source>
            <translation>የክሬዲት ዝውውር በምንጩ ላይ እንጂ በመስፈርቶቹ ላይ አይመሠረትም።</translation>
        </message>
        <message>
            <source>The candidate is not enrolled on the RPL pathway.</source>
            <translation>ተመዛኙ በRPL መንገድ አልተመዘገበም።</translation>
        </message>
        <message>
            <source>Not yet Satisfactory or not assessed: %1</source>
            <translation>ገና አጥጋቢ ያልሆነ ወይም ያልተመዘነ፦ %1</translation>
        </message>
        <message>
            <source>No method recorded.</source>
            <translation>ምንም ዘዴ አልተመዘገበም።</translation>
        </message>
        <message>
            <source>Competent is blocked. </source>
            <translation>ብቁ መመዝገብ ታግዷል። </translation>
        </message>
        <message>
            <source>RPL granted is blocked. </source>
            <translation>RPL መስጠት ታግዷል። </translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: Competent can be recorded.</source>
            <translation>እያንዳንዱ መስፈርት አጥጋቢ ነው፦ ብቁ ሊመዘገብ ይችላል።</translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: RPL granted can be recorded.</source>
            <translation>ሁሉም መስፈርቶች አጥጋቢ ናቸው፦ RPL ተሰጥቷል ሊመዘገብ ይችላል።</translation>
        </message>
        <message>
            <source>Attempt %1, %2: %3, %4</source>
            <translation>ሙከራ %1፣ %2፦ %3፣ %4</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>ውጤት የለም</translation>
        </message>
        <message>
            <source>Amended by %1: %2</source>
            <translation>በ%1 የተስተካከለ፦ %2</translation>
        </message>
        <message>
            <source>Appeal of %1: %2 (%3)</source>
            <translation>የ%1 ይግባኝ፦ %2 (%3)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>ተቀምጧል፦ %1</translation>
        </message>
        <message>
            <source>methods</source>
            <translation>ዘዴዎች</translation>
        </message>
        <message>
            <source>Describe the conflict of interest, then press Enter.</source>
            <translation>የጥቅም ግጭቱን ይግለጹ፣ ከዚያ Enter ይጫኑ።</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>የጥቅም ግጭት</translation>
        </message>
        <message>
            <source>comments and feedback</source>
            <translation>አስተያየት እና ግብረ መልስ</translation>
        </message>
        <message>
            <source>Type the source of the credit transfer, then press Enter.</source>
            <translation>የክሬዲት ዝውውሩን ምንጭ ይጻፉ፣ ከዚያ Enter ይጫኑ።</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>Submit the result of %1 in %2 for verification?</source>
            <translation>የ%1 ውጤት በ%2 ለማረጋገጫ ይቅረብ?</translation>
        </message>
        <message>
            <source>Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you.</source>
            <translation>ከዚያ ውሳኔዎቹ፣ ዘዴዎቹ፣ አስተያየቶቹ እና ውጤቱ (%1) ይቆለፋሉ፦ ወደ እርስዎ ሊመልሰው የሚችለው አረጋጋጭ ብቻ ነው።</translation>
        </message>
        <message>
            <source>submitted for verification</source>
            <translation>ለማረጋገጫ ቀርቧል</translation>
        </message>
        <message>
            <source>Verify the result of %1 in %2?</source>
            <translation>የ%1 ውጤት በ%2 ይረጋገጥ?</translation>
        </message>
        <message>
            <source>The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt.</source>
            <translation>ከዚያ ውጤቱ %1 የመጨረሻ ሆኖ ይቆለፋል፦ ለውጥ ምክንያት ያለው ማስተካከያ ወይም አዲስ ሙከራ ያስፈልገዋል።</translation>
        </message>
        <message>
            <source>verified and locked</source>
            <translation>ተረጋግጧል፣ ተቆልፏል</translation>
        </message>
        <message>
            <source>Return to the assessor</source>
            <translation>ወደ መዛኙ መልስ</translation>
        </message>
        <message>
            <source>What must the assessor fix?</source>
            <translation>መዛኙ ምን ማስተካከል አለበት?</translation>
        </message>
        <message>
            <source>returned to the assessor</source>
            <translation>ወደ መዛኙ ተመልሷል</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>ማስተካከያ</translation>
        </message>
        <message>
            <source>new attempt opened</source>
            <translation>አዲስ ሙከራ ተከፍቷል</translation>
        </message>
        <message>
            <source>appeal decided</source>
            <translation>በይግባኙ ላይ ተወስኗል</translation>
        </message>
        <message>
            <source>appeal recorded</source>
            <translation>ይግባኝ ተመዝግቧል</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>የምዘና መዝገቡን አስቀምጥ</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 ተጽፏል</translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Registration no.</source>
            <translation>የምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>የአያት ስም</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>ስም</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>ስም በአገር ውስጥ ፊደል</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ጾታ</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>ዜግነት</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>የመታወቂያ ቁጥር</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ምዕራፍ</translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message>
            <source>Search by name (any script), registration number or ID</source>
            <translation>በስም (በማንኛውም ፊደል)፣ በምዝገባ ቁጥር ወይም በመታወቂያ ፈልግ</translation>
        </message>
        <message>
            <source>Any sex</source>
            <translation>ማንኛውም ጾታ</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>ማንኛውም ምዕራፍ</translation>
        </message>
        <message>
            <source>New candidate…</source>
            <translation>አዲስ ተመዛኝ…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>አርትዕ…</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>አስመዝግብ…</translation>
        </message>
        <message>
            <source>RPL step…</source>
            <translation>የRPL ደረጃ…</translation>
        </message>
        <message>
            <source>Self-assessment…</source>
            <translation>የራስ ምዘና…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>ማስረጃ…</translation>
        </message>
        <message>
            <source>Gap training…</source>
            <translation>የክፍተት ሥልጠና…</translation>
        </message>
        <message>
            <source>Refer a candidate whose recognition is partial to training for the units not achieved</source>
            <translation>ዕውቅናው ከፊል የሆነን ተመዛኝ ላልተገኙት አሃዶች ወደ ሥልጠና ይላኩ</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>ከExcel አስገባ…</translation>
        </message>
        <message>
            <source>Excel template…</source>
            <translation>የExcel አብነት…</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>ተመዛኞች</translation>
        </message>
        <message>
            <source>Any qualification</source>
            <translation>ማንኛውም ብቃት</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n ተመዛኝ</numerusform>
                <numerusform>%n ተመዛኞች</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the candidates…</source>
            <translation>ተመዛኞች በመቆጠር ላይ…</translation>
        </message>
        <message>
            <source>Not enrolled yet.</source>
            <translation>እስካሁን አልተመዘገበም።</translation>
        </message>
        <message>
            <source>stage: %1</source>
            <translation>ምዕራፍ፦ %1</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>የጊዜ ሰሌዳ</translation>
        </message>
        <message>
            <source>Assessment %1, attempt %2: %3, %4</source>
            <translation>ምዘና %1፣ ሙከራ %2፦ %3፣ %4</translation>
        </message>
        <message>
            <source>no outcome yet</source>
            <translation>ገና ውጤት የለም</translation>
        </message>
        <message>
            <source>Referred to gap training: %1</source>
            <translation>ወደ ክፍተት ሥልጠና ተልኳል፦ %1</translation>
        </message>
        <message>
            <source>Enrol the candidate in a qualification first.</source>
            <translation>መጀመሪያ ተመዛኙን በብቃት ያስመዝግቡ።</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>የራስ ምዘና</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>ምዝገባ</translation>
        </message>
        <message>
            <source>Save Excel template</source>
            <translation>የExcel አብነቱን አስቀምጥ</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>የExcel የሥራ መጽሐፍ (*.xlsx)</translation>
        </message>
        <message>
            <source>Import candidates</source>
            <translation>ተመዛኞችን አስገባ</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 እየገባ ነው…</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) imported.</source>
            <translation>
                <numerusform>%n ተመዛኝ ገብቷል።</numerusform>
                <numerusform>%n ተመዛኞች ገብተዋል።</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already registered, not imported again:</source>
            <translation>
                <numerusform>%n ቀድሞ ተመዝግቧል፣ እንደገና አልገባም፦</numerusform>
                <numerusform>%n ቀድመው ተመዝግበዋል፣ እንደገና አልገቡም፦</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>ረድፍ %1፦ %2</translation>
        </message>
    </context>
    <context>
        <name>CentrePage</name>
        <message>
            <source>Your centre</source>
            <translation>የእርስዎ ማዕከል</translation>
        </message>
        <message>
            <source>These appear on certificates and reports. An administrator can change them later.</source>
            <translation>እነዚህ በምስክር ወረቀቶች እና በሪፖርቶች ላይ ይታያሉ። አስተዳዳሪ በኋላ ሊቀይራቸው ይችላል።</translation>
        </message>
        <message>
            <source>e.g. ACC</source>
            <translation>ለምሳሌ ACC</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ምረጥ…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>አርማ የለም</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>&amp;አርማ ምረጥ…</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;የማዕከሉ ስም፦</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;የማዕከሉ ኮድ፦</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;አገር፦</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;አድራሻ፦</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>አርማ፦</translation>
        </message>
        <message>
            <source>The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number.</source>
            <translation>የማዕከሉ ኮድ እስከ 20 ፊደላት፣ አሃዞች ወይም ሰረዞች ሊኖሩት ይችላል (ለምሳሌ ACC)፤ እያንዳንዱን የምስክር ወረቀት ተከታታይ ቁጥር ይጀምራል።</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>የማዕከሉ አርማ</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>ምስሎች (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>%1 is not an image that can be read.</source>
            <translation>%1 ሊነበብ የሚችል ምስል አይደለም።</translation>
        </message>
    </context>
    <context>
        <name>CentreSettingsDialog</name>
        <message>
            <source>Centre settings</source>
            <translation>የማዕከሉ ቅንብሮች</translation>
        </message>
        <message>
            <source>Starts new certificate serial numbers and registration numbers.</source>
            <translation>አዲስ የምስክር ወረቀት ተከታታይ ቁጥሮችን እና የምዝገባ ቁጥሮችን ይጀምራል።</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>&amp;አርማ ምረጥ…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>አርማውን አስወግድ</translation>
        </message>
        <message>
            <source>QR codes on new certificates link to this address, where anyone can check them. Leave it empty to print the signed text only.</source>
            <translation>በአዲስ የምስክር ወረቀቶች ላይ ያሉት የQR ኮዶች ወደዚህ አድራሻ ያገናኛሉ፤ ማንኛውም ሰው እዚያ ሊያረጋግጣቸው ይችላል። የተፈረመውን ጽሑፍ ብቻ ለማተም ባዶ ይተዉት።</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;የማዕከሉ ስም፦</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;የማዕከሉ ኮድ፦</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;አገር፦</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;አድራሻ፦</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>አርማ፦</translation>
        </message>
        <message>
            <source>&amp;Verification address:</source>
            <translation>&amp;የማረጋገጫ አድራሻ፦</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ስም</translation>
        </message>
        <message>
            <source>Title (%1)</source>
            <translation>ማዕረግ (%1)</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>ፊርማ</translation>
        </message>
        <message>
            <source>&amp;Add signatory</source>
            <translation>&amp;ፈራሚ ጨምር</translation>
        </message>
        <message>
            <source>R&amp;emove signatory</source>
            <translation>ፈ&amp;ራሚ አስወግድ</translation>
        </message>
        <message>
            <source>Choose &amp;signature…</source>
            <translation>&amp;ፊርማ ምረጥ…</translation>
        </message>
        <message>
            <source>Remove signature</source>
            <translation>ፊርማውን አስወግድ</translation>
        </message>
        <message>
            <source>Signatories on certificates (at most %1)</source>
            <translation>በምስክር ወረቀቶች ላይ ያሉ ፈራሚዎች (ቢበዛ %1)</translation>
        </message>
        <message>
            <source>Only administrators change the centre settings.</source>
            <translation>የማዕከሉን ቅንብሮች የሚለውጡት አስተዳዳሪዎች ብቻ ናቸው።</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>አርማ የለም</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>የማዕከሉ አርማ</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>ምስል</translation>
        </message>
        <message>
            <source>None</source>
            <translation>የለም</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>ምስሎች (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>Serial</source>
            <translation>ተከታታይ ቁ.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ዓይነት</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>የምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>የተሰጠ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>እንደገና የታተሙ</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Search by serial, registration number or name</source>
            <translation>በተከታታይ ቁጥር፣ በምዝገባ ቁጥር ወይም በስም ፈልግ</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>ማንኛውም ሁኔታ</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>ማንኛውም ዓይነት</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>ማንኛውም ዓመት</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>ስጥ…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>ቅድመ ዕይታ</translation>
        </message>
        <message>
            <source>Reprint…</source>
            <translation>እንደገና አትም…</translation>
        </message>
        <message>
            <source>Reprint to PDF or ZIP…</source>
            <translation>እንደገና ወደ PDF ወይም ZIP አትም…</translation>
        </message>
        <message>
            <source>Save badge…</source>
            <translation>ባጁን አስቀምጥ…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>ሻር…</translation>
        </message>
        <message>
            <source>Reissue…</source>
            <translation>እንደገና ስጥ…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>አረጋግጥ…</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>የምስክር ወረቀቶች</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in the register</source>
            <translation>
                <numerusform>በመዝገቡ ውስጥ %n የምስክር ወረቀት</numerusform>
                <numerusform>በመዝገቡ ውስጥ %n የምስክር ወረቀቶች</numerusform>
            </translation>
        </message>
        <message>
            <source>Issuing, printing and revoking need the registrar role.</source>
            <translation>መስጠት፣ ማተም እና መሻር የሬጅስትራር ሚና ያስፈልጋቸዋል።</translation>
        </message>
        <message>
            <source>Printed again, marked "Reprint" and counted in the register.</source>
            <translation>እንደገና ታትሟል፣ "ድጋሚ ህትመት" ተብሎ ተለይቷል፣ በመዝገቡ ውስጥም ተቆጥሯል።</translation>
        </message>
        <message>
            <source>An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.</source>
            <translation>ለእያንዳንዱ የምስክር ወረቀት አንድ Open Badge (.jwt)፣ በማዕከሉ ቁልፍ የተፈረመ፦ ዕጩው ወደ ዲጂታል ቦርሳ ያስገባዋል፣ የአሠሪዎች ሶፍትዌርም ያረጋግጠዋል።</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>ስጥ</translation>
        </message>
        <message>
            <source>Finding the candidates who can be certified…</source>
            <translation>ሊመሰከርላቸው የሚችሉ ተመዛኞች እየተፈለጉ ነው…</translation>
        </message>
        <message>
            <source>Issued: %1</source>
            <translation>የተሰጠው፦ %1</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>አትም…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF አስቀምጥ…</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>የምስክር ወረቀቶችን አስቀምጥ</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate %1</source>
            <translation>የምስክር ወረቀት %1</translation>
        </message>
        <message>
            <source>One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)</source>
            <translation>አንድ PDF (*.pdf);;ለእያንዳንዱ የምስክር ወረቀት አንድ PDF የያዘ ZIP (*.zip)</translation>
        </message>
        <message>
            <source>Open Badge (*.jwt)</source>
            <translation>Open Badge (*.jwt)</translation>
        </message>
        <message>
            <source>ZIP of one badge per certificate (*.zip)</source>
            <translation>ለእያንዳንዱ የምስክር ወረቀት አንድ ባጅ የያዘ ZIP (*.zip)</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>ባጆችን አስቀምጥ</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved</source>
            <translation>
                <numerusform>%n ባጅ ተቀምጧል</numerusform>
                <numerusform>%n ባጆች ተቀምጠዋል</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Signing %n badge(s)…</source>
            <translation>
                <numerusform>%n ባጅ እየተፈረመ ነው…</numerusform>
                <numerusform>%n ባጆች እየተፈረሙ ነው…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) saved</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት ተቀምጧል</numerusform>
                <numerusform>%n የምስክር ወረቀቶች ተቀምጠዋል</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n certificate(s)…</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት እየተዘጋጀ ነው…</numerusform>
                <numerusform>%n የምስክር ወረቀቶች እየተዘጋጁ ነው…</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>አትም</translation>
        </message>
        <message numerus="yes">
            <source>Printing %n certificate(s)…</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት እየታተመ ነው…</numerusform>
                <numerusform>%n የምስክር ወረቀቶች እየታተሙ ነው…</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>የምስክር ወረቀት ሻር</translation>
        </message>
        <message>
            <source>Why is certificate %1 revoked? It stays in the register, marked revoked.</source>
            <translation>የምስክር ወረቀት %1 ለምን ይሻራል? በመዝገቡ ውስጥ እንደተሻረ ተለይቶ ይቆያል።</translation>
        </message>
        <message>
            <source>Reissue certificate</source>
            <translation>የምስክር ወረቀት እንደገና ስጥ</translation>
        </message>
        <message>
            <source>What was corrected? Certificate %1 will be revoked and a new serial issued in its place.</source>
            <translation>ምን ተስተካከለ? የምስክር ወረቀት %1 ይሻራል፤ በምትኩም አዲስ ተከታታይ ቁጥር ይሰጣል።</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>የይለፍ ቃሌን ቀይር</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;የአሁኑ የይለፍ ቃል፦</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;አዲስ የይለፍ ቃል፦</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>&amp;አዲሱ የይለፍ ቃል በድጋሚ፦</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not given</source>
            <translation>አልተሰጠም</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>ቀቀ/ወወ/ዓዓዓዓ</translation>
        </message>
        <message>
            <source>Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).</source>
            <translation>ቀኑን እንደ 14/05/2001 ወይም 2001-05-14 ይጻፉ፣ ወይም በቀን መቁጠሪያው ይምረጡ (Alt+Down)።</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>በቀን መቁጠሪያው ምረጥ</translation>
        </message>
        <message>
            <source>Give a date.</source>
            <translation>ቀን ያስገቡ።</translation>
        </message>
        <message>
            <source>%1 is not a date: type it as 14/05/2001 or 2001-05-14.</source>
            <translation>%1 ቀን አይደለም፦ እንደ 14/05/2001 ወይም 2001-05-14 ይጻፉት።</translation>
        </message>
        <message>
            <source>The date may not be before %1.</source>
            <translation>ቀኑ ከ%1 በፊት ሊሆን አይችልም።</translation>
        </message>
        <message>
            <source>The date may not be after %1.</source>
            <translation>ቀኑ ከ%1 በኋላ ሊሆን አይችልም።</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrol candidate</source>
            <translation>ተመዛኝ አስመዝግብ</translation>
        </message>
        <message>
            <source>The whole qualification</source>
            <translation>ሙሉውን ብቃት</translation>
        </message>
        <message>
            <source>Chosen units only</source>
            <translation>የተመረጡ አሃዶችን ብቻ</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>መንገድ</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>የተመዘገበበት ቀን</translation>
        </message>
        <message>
            <source>Choose a qualification (and sign in) to enrol.</source>
            <translation>ለማስመዝገብ ብቃት ይምረጡ (እና ይግቡ)።</translation>
        </message>
        <message>
            <source>Tick at least one unit, or choose the whole qualification.</source>
            <translation>ቢያንስ አንድ አሃድ ምልክት ያድርጉ፣ ወይም ሙሉውን ብቃት ይምረጡ።</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>የመረጃ ቋቱ ሥራ ላይ ነው፦ ሌላ ተጠቃሚ ወይም ፕሮግራም እያስቀመጠበት ነው። ምንም አልተለወጠም፤ ትንሽ ቆይተው እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>የመረጃ ቋቱ ሊለወጥ አይችልም፦ ፋይሉ ወይም አቃፊው ለንባብ ብቻ ነው። ምንም አልተለወጠም፤ እዚያ መጻፍን ይፍቀዱ፣ ወይም የመረጃ ቋቱን መጻፍ ወደሚችሉበት አቃፊ ይገልብጡ።</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>የመረጃ ቋቱን የያዘው ዲስክ ሞልቷል። ምንም አልተለወጠም፤ ቦታ ያስለቅቁ እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>የመረጃ ቋት ፋይሉ ሊነበብ ወይም ሊጻፍ አልቻለም (የዲስክ፣ የUSB ፍላሽ ወይም የአውታረ መረብ ችግር)። ምንም አልተለወጠም፤ ዲስኩ መገናኘቱን ያረጋግጡ እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>የመረጃ ቋት ፋይሉ ተበላሽቷል። ምንም አልተለወጠም፤ መጠቀሙን ያቁሙ እና የቅርብ ጊዜውን ምትኬ ይመልሱ።</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>የመረጃ ቋት አገልጋዩ ሊደረስበት አይችልም፦ ቆሟል፣ ወይም አውታረ መረቡ የለም። ግንኙነቱን ይፈትሹ ወይም አገልጋዩን የሚያስተዳድረውን ይጠይቁ፣ ከዚያ እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>ለውጡ በተመሳሳይ ጊዜ ከተቀመጠ ሌላ ለውጥ ጋር ይጋጫል፣ ምናልባት በሌላ ተጠቃሚ። ምንም አልተለወጠም፤ መዝገቡን እንደገና ይመልከቱ እና ለውጡን ይድገሙ።</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>የመረጃ ቋቱ ችግር ሪፖርት አድርጓል። ምንም አልተለወጠም፤ እንደገና ይሞክሩ፣ ደግሞ ከተከሰተ ከሎግ ፋይሉ ጋር ሪፖርት ያድርጉ።</translation>
        </message>
        <message>
            <source>Something went wrong: %1
Please report this with the log file.</source>
            <translation>የሆነ ነገር ተበላሽቷል፦ %1
እባክዎ ይህን ከሎግ ፋይሉ ጋር ሪፖርት ያድርጉ።</translation>
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
            <translation>ማስረጃው ተቀባይነት አግኝቷል</translation>
        </message>
        <message>
            <source>Evidence not yet judged</source>
            <translation>ማስረጃው ገና አልተገመገመም</translation>
        </message>
        <message>
            <source>Evidence rejected</source>
            <translation>ማስረጃው ተቀባይነት አላገኘም</translation>
        </message>
        <message>
            <source>No evidence</source>
            <translation>ማስረጃ የለም</translation>
        </message>
        <message>
            <source>valid, sufficient, authentic and current</source>
            <translation>ትክክለኛ፣ በቂ፣ እውነተኛ እና ወቅታዊ</translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>ገና አልተገመገመም</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>ትክክለኛ</translation>
        </message>
        <message>
            <source>sufficient</source>
            <translation>በቂ</translation>
        </message>
        <message>
            <source>authentic</source>
            <translation>እውነተኛ</translation>
        </message>
        <message>
            <source>current</source>
            <translation>ወቅታዊ</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>፣ </translation>
        </message>
        <message>
            <source>fails: %1</source>
            <translation>አያሟላም፦ %1</translation>
        </message>
        <message>
            <source>not judged: %1</source>
            <translation>አልተገመገመም፦ %1</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator of groups</comment>
            <translation>፤ </translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>አልተመለሰም</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>የራስ ምዘና፦ %1</translation>
        </message>
        <message>
            <source>Ctrl+E opens the evidence.</source>
            <translation>Ctrl+E ማስረጃውን ይከፍታል።</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBasisDialog</name>
        <message>
            <source>Evidence and self-assessment — %1</source>
            <translation>ማስረጃ እና የራስ ምዘና — %1</translation>
        </message>
        <message>
            <source>%1 of %2 criteria are covered by accepted evidence.</source>
            <translation>ከ%2 መስፈርቶች %1 በተቀባይነት ባገኘ ማስረጃ ተሸፍነዋል።</translation>
        </message>
        <message>
            <source>This candidate is not on the RPL pathway.</source>
            <translation>ይህ ተመዛኝ በRPL መንገድ ላይ አይደለም።</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>መስፈርት</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>ማስረጃ</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>የራስ ምዘና</translation>
        </message>
        <message>
            <source>Element %1: %2</source>
            <translation>ንጥል %1፦ %2</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>ያልተመለሰ</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>የራስ ምዘና፦ %1</translation>
        </message>
        <message>
            <source>No accepted evidence covers these criteria: plan observation or questioning for them, or judge the evidence not yet judged.</source>
            <translation>እነዚህን መስፈርቶች ተቀባይነት ያገኘ ማስረጃ አይሸፍናቸውም፦ ምልከታ ወይም ጥያቄ ያቅዱላቸው፣ ወይም ገና ያልተገመገመውን ማስረጃ ይገምግሙ።</translation>
        </message>
        <message>
            <source>Accepted evidence covers every criterion of the unit.</source>
            <translation>ተቀባይነት ያገኘ ማስረጃ የአሃዱን እያንዳንዱን መስፈርት ይሸፍናል።</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>በመስፈርት</translation>
        </message>
        <message>
            <source>Gaps (%1)</source>
            <translation>ክፍተቶች (%1)</translation>
        </message>
        <message>
            <source>Open file (read-only)</source>
            <translation>ፋይሉን ክፈት (ለንባብ ብቻ)</translation>
        </message>
        <message>
            <source>Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment (full: I can do this, half: with help, ring: not yet).</source>
            <translation>ገጽ፦ ማስረጃ (አረንጓዴ ተቀባይነት ያገኘ፣ ብርቱካናማ ገና ያልተገመገመ፣ ቀይ ተቀባይነት ያላገኘ)። ነጥብ፦ የራስ ምዘና (ሙሉ፦ ይህን መሥራት እችላለሁ፣ ግማሽ፦ በእገዛ፣ ቀለበት፦ ገና)።</translation>
        </message>
        <message>
            <source>A gap: plan observation or questioning for this criterion.</source>
            <translation>ክፍተት፦ ለዚህ መስፈርት ምልከታ ወይም ጥያቄ ያቅዱ።</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>ትክክለኛ</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>በቂ</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>እውነተኛ</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ወቅታዊ</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>አዎ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>አይ</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>አልተገመገመም</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>ዓይነት፦ %1</translation>
        </message>
        <message>
            <source>Date of the evidence: %1</source>
            <translation>የማስረጃው ቀን፦ %1</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>መግለጫ፦ %1</translation>
        </message>
        <message>
            <source>Judgement on the rules of evidence:</source>
            <translation>በማስረጃ ሕጎች ላይ የተሰጠ ውሳኔ፦</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256፦ %1</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Portfolio of evidence — %1</source>
            <translation>የማስረጃ ማህደር — %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ፋይል</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ዓይነት</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>መግለጫ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ቀን</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>መስፈርቶች</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>ውሳኔ</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>ፋይል ጨምር…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ክፈት</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>አንሳ</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>አርትዕ…</translation>
        </message>
        <message>
            <source>Change the type, description, date or criteria of the item</source>
            <translation>የንጥሉን ዓይነት፣ መግለጫ፣ ቀን ወይም መስፈርቶች ቀይር</translation>
        </message>
        <message>
            <source>Show withdrawn</source>
            <translation>የተነሱትን አሳይ</translation>
        </message>
        <message>
            <source>Rules of evidence (assessor's judgement)</source>
            <translation>የማስረጃ ደንቦች (የመዛኙ ውሳኔ)</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>ትክክለኛ</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>በቂ</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>እውነተኛ</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ወቅታዊ</translation>
        </message>
        <message>
            <source>Save judgement</source>
            <translation>ውሳኔውን አስቀምጥ</translation>
        </message>
        <message>
            <source>Each box has three states: ticked = met, empty = not met, filled square = not judged yet. Click to go from one to the next, then Save judgement.</source>
            <translation>እያንዳንዱ ሳጥን ሦስት ሁኔታዎች አሉት፦ ምልክት የተደረገበት = ተሟልቷል፣ ባዶ = አልተሟላም፣ የተሞላ ካሬ = ገና አልተገመገመም። ከአንዱ ወደ ሌላው ለመሄድ ጠቅ ያድርጉ፣ ከዚያ ውሳኔውን አስቀምጥ የሚለውን ይጫኑ።</translation>
        </message>
        <message>
            <source>Ticked: met · empty: not met · filled square: not judged yet</source>
            <translation>ምልክት የተደረገበት፦ ተሟልቷል · ባዶ፦ አልተሟላም · የተሞላ ካሬ፦ ገና አልተገመገመም</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(ለንባብ ብቻ)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the portfolio</source>
            <translation>
                <numerusform>በማህደሩ ውስጥ %n ንጥል</numerusform>
                <numerusform>በማህደሩ ውስጥ %n ንጥሎች</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, SHA-256 %2</source>
            <translation>%1፣ SHA-256 %2</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>ማስረጃ ጨምር</translation>
        </message>
        <message>
            <source>Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)</source>
            <translation>ማስረጃ (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;ሁሉም ፋይሎች (*)</translation>
        </message>
        <message>
            <source>This file is already in the portfolio; it was not added twice.</source>
            <translation>ይህ ፋይል ቀድሞውኑ በማህደሩ ውስጥ አለ፤ ሁለት ጊዜ አልተጨመረም።</translation>
        </message>
        <message>
            <source>Withdraw evidence</source>
            <translation>ማስረጃ አንሳ</translation>
        </message>
        <message>
            <source>Withdraw %1 from the portfolio? The file is kept and stays in the record.</source>
            <translation>%1 ከማህደሩ ይነሳ? ፋይሉ ይቀመጣል፣ በመዝገቡ ውስጥም ይቆያል።</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <source>Exchange bundles</source>
            <translation>የልውውጥ ጥቅሎች</translation>
        </message>
        <message>
            <source>Send and receive</source>
            <translation>ላክ እና ተቀበል</translation>
        </message>
        <message>
            <source>National register</source>
            <translation>ብሔራዊ መዝገብ</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>የውጤት ማጣራት</translation>
        </message>
        <message>
            <source>Send this centre's results to the awarding body</source>
            <translation>የዚህን ማዕከል ውጤቶች ወደ የምስክር ወረቀት ሰጪው አካል ላክ</translation>
        </message>
        <message>
            <source>What changed since the previous export</source>
            <translation>ካለፈው መላክ ወዲህ የተለወጠው</translation>
        </message>
        <message>
            <source>Results verified since:</source>
            <translation>ከዚህ ቀን ወዲህ የተረጋገጡ ውጤቶች፦</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>ሁሉም</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>ጥቅል ላክ…</translation>
        </message>
        <message>
            <source>Only verified results leave, with the candidate fields the awarding body needs (never notes, telephone numbers or addresses), every certificate, and the centre's public keys. The file is signed with the centre's key.</source>
            <translation>የሚወጡት የተረጋገጡ ውጤቶች ብቻ ናቸው፤ የምስክር ወረቀት ሰጪው አካል ከሚያስፈልገው የተመዛኙ መረጃ ጋር (ማስታወሻዎች፣ የስልክ ቁጥሮች ወይም አድራሻዎች በፍጹም አይወጡም)፣ ሁሉም የምስክር ወረቀቶች እና የማዕከሉ የወል ቁልፎች። ፋይሉ በማዕከሉ ቁልፍ ይፈረማል።</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>ጥቅል ተቀበል</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>ጥቅል አስገባ…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ኮድ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ስም</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ሚና</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>ቁልፎች</translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>የገቡ ጥቅሎች</translation>
        </message>
        <message>
            <source>Registered partners:</source>
            <translation>የተመዘገቡ አጋሮች፦</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>ጥቅል ላክ</translation>
        </message>
        <message>
            <source>SkillAssess exchange bundles (*.sabundle)</source>
            <translation>የSkillAssess የልውውጥ ጥቅሎች (*.sabundle)</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>ጥቅሉ እየተጻፈ ነው…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>ጥቅሉ ተጽፏል</translation>
        </message>
        <message>
            <source>%1 is written (bundle number %2): %3.</source>
            <translation>%1 ተጽፏል (የጥቅል ቁጥር %2)፦ %3።</translation>
        </message>
        <message>
            <source>Import bundle</source>
            <translation>ጥቅል አስገባ</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>ጥቅሉ እየተፈተሸ ነው…</translation>
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation>ጥቅሉ እየገባ ነው…</translation>
        </message>
        <message>
            <source>%1 was already imported; nothing changed.</source>
            <translation>%1 ቀደም ብሎ ገብቷል፤ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 updated, %4 unchanged</source>
            <translation>%1፦ %2 ተጨምረዋል፣ %3 ተሻሽለዋል፣ %4 አልተለወጡም</translation>
        </message>
        <message>
            <source>Not taken over: %1</source>
            <translation>ያልተወሰደ፦ %1</translation>
        </message>
        <message>
            <source>Imported %1 from %2.</source>
            <translation>%1 ከ%2 ገብቷል።</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>ጥቅሉ ገብቷል</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ምድብ</translation>
        </message>
        <message>
            <source>Assessed: women</source>
            <translation>የተመዘኑ፦ ሴቶች</translation>
        </message>
        <message>
            <source>men</source>
            <translation>ወንዶች</translation>
        </message>
        <message>
            <source>Competent: women</source>
            <translation>ብቁ፦ ሴቶች</translation>
        </message>
        <message>
            <source>Certified: women</source>
            <translation>የምስክር ወረቀት ያገኙ፦ ሴቶች</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>ስታቲስቲክስ ላክ…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>ውጤቶችን ላክ…</translation>
        </message>
        <message>
            <source>Export certificates…</source>
            <translation>የምስክር ወረቀቶችን ላክ…</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>ማዕከል፦</translation>
        </message>
        <message>
            <source>Breakdown:</source>
            <translation>ዝርዝር ክፍፍል፦</translation>
        </message>
        <message>
            <source>Browse candidates and certificates…</source>
            <translation>ተመዛኞችንና የምስክር ወረቀቶችን ያስሱ…</translation>
        </message>
        <message>
            <source>By centre</source>
            <translation>በማዕከል</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>በብቃት</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>በዕድሜ ምድብ</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>በአካል ጉዳት</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>በዜግነት</translation>
        </message>
        <message>
            <source>%1 candidates, %2 results, %3 certificates (%4 revoked).</source>
            <translation>%1 ተመዛኞች፣ %2 ውጤቶች፣ %3 የምስክር ወረቀቶች (%4 የተሻሩ)።</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>ድምር</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>ስታቲስቲክስ ላክ</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>የExcel የሥራ መጻሕፍት (*.xlsx)</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>ውጤቶችን ላክ</translation>
        </message>
        <message>
            <source>Export certificates</source>
            <translation>የምስክር ወረቀቶችን ላክ</translation>
        </message>
        <message>
            <source>Draw sample</source>
            <translation>ናሙና ውሰድ</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>የማዕከል ኮድ</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>የምዝገባ ቁጥር</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>አሃድ</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>ሙከራ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ማስታወሻ</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>ተረጋግጧል</translation>
        </message>
        <message>
            <source>Not confirmed…</source>
            <translation>አልተረጋገጠም…</translation>
        </message>
        <message>
            <source>Send outcomes to the centre…</source>
            <translation>ውጤቶቹን ወደ ማዕከሉ ላክ…</translation>
        </message>
        <message>
            <source>Rate:</source>
            <translation>መጠን፦</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>ቢያንስ፦</translation>
        </message>
        <message>
            <source>The sample takes, for each centre and unit, the given share of the results not sampled before (at least the given number), drawn at random; the draw is recorded in the audit log.</source>
            <translation>ናሙናው ለእያንዳንዱ ማዕከል እና አሃድ ከዚህ በፊት ናሙና ካልተወሰደባቸው ውጤቶች የተሰጠውን ድርሻ (ቢያንስ የተሰጠውን ቁጥር) በዘፈቀደ ይወስዳል፤ አወሳሰዱ በኦዲት መዝገቡ ውስጥ ይመዘገባል።</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>በመጠባበቅ ላይ</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>አልተረጋገጠም</translation>
        </message>
        <message>
            <source>Why is the result not confirmed? The centre will read this.</source>
            <translation>ውጤቱ ለምን አልተረጋገጠም? ማዕከሉ ይህን ያነባል።</translation>
        </message>
        <message>
            <source>Choose the centre whose outcomes you send back.</source>
            <translation>ውጤቶቹን የሚመልሱለትን ማዕከል ይምረጡ።</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>ማዕከል</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>የምስክር ወረቀት ሰጪ አካል</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>ሁሉም ማዕከላት</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Saved</source>
            <translation>ተቀምጧል</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 ተቀምጧል</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>በ%1 ውስጥ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>አቃፊውን ክፈት</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Welcome to %1</source>
            <translation>እንኳን ወደ %1 በደህና መጡ</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;ጀምር</translation>
        </message>
        <message>
            <source>This database (%1) has no users yet. Record your centre and its first administrator to start.</source>
            <translation>ይህ የመረጃ ቋት (%1) እስካሁን ተጠቃሚዎች የሉትም። ለመጀመር ማዕከልዎን እና የመጀመሪያውን አስተዳዳሪ ይመዝግቡ።</translation>
        </message>
    </context>
    <context>
        <name>GapReferralDialog</name>
        <message>
            <source>Refer to gap training</source>
            <translation>ወደ ክፍተት ሥልጠና ላክ</translation>
        </message>
        <message>
            <source>%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.</source>
            <translation>%1 አሃድ(ዎች) ዕውቅና አግኝተዋል። ተመዛኙ ለሥልጠና የሚላክባቸውን ያልተገኙ አሃዶች ምልክት ያድርጉ።</translation>
        </message>
        <message>
            <source>Where and when, for example: evening course at the centre, from March</source>
            <translation>የት እና መቼ፣ ለምሳሌ፦ በማዕከሉ የምሽት ኮርስ፣ ከመጋቢት ጀምሮ</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>አሃዶች</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ቀን</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>ሥልጠና</translation>
        </message>
        <message>
            <source>Print cover letter…</source>
            <translation>የሽፋን ደብዳቤ አትም…</translation>
        </message>
        <message>
            <source>The letter that goes with the statement of attainment: units recognised, units to train for</source>
            <translation>ከክንውን ማረጋገጫው ጋር የሚሄደው ደብዳቤ፦ ዕውቅና ያገኙ አሃዶች፣ ሥልጠና የሚያስፈልጋቸው አሃዶች</translation>
        </message>
        <message>
            <source>Tick at least one unit.</source>
            <translation>ቢያንስ አንድ አሃድ ምልክት ያድርጉ።</translation>
        </message>
        <message>
            <source>Save cover letter</source>
            <translation>የሽፋን ደብዳቤውን አስቀምጥ</translation>
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
            <translation>መነሻ</translation>
        </message>
        <message>
            <source>Sign in to see what needs doing.</source>
            <translation>መሠራት ያለበትን ለማየት ይግቡ።</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>እንኳን ደህና መጡ፣ %1</translation>
        </message>
        <message>
            <source>What needs doing now</source>
            <translation>አሁን መሠራት ያለበት</translation>
        </message>
        <message>
            <source>Nothing is waiting for you. New work shows here as it comes.</source>
            <translation>የሚጠብቅዎት ምንም ነገር የለም። አዲስ ሥራ ሲመጣ እዚህ ይታያል።</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft in your sessions.</source>
            <translation>
                <numerusform>በክፍለ ጊዜዎችዎ ውስጥ %n ውጤት በረቂቅ ላይ ነው።</numerusform>
                <numerusform>በክፍለ ጊዜዎችዎ ውስጥ %n ውጤቶች በረቂቅ ላይ ናቸው።</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft.</source>
            <translation>
                <numerusform>%n ውጤት በረቂቅ ላይ ነው።</numerusform>
                <numerusform>%n ውጤቶች በረቂቅ ላይ ናቸው።</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) to record</source>
            <translation>
                <numerusform>የሚመዘገብ %n ክፍለ ጊዜ</numerusform>
                <numerusform>የሚመዘገቡ %n ክፍለ ጊዜዎች</numerusform>
            </translation>
        </message>
        <message>
            <source>Show them on the Assessments page.</source>
            <translation>በምዘናዎች ገጽ ላይ አሳያቸው።</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting for verification</source>
            <translation>
                <numerusform>ማረጋገጫ የሚጠብቅ %n ውጤት</numerusform>
                <numerusform>ማረጋገጫ የሚጠብቁ %n ውጤቶች</numerusform>
            </translation>
        </message>
        <message>
            <source>Submitted by assessors: check them, then verify or return each one.</source>
            <translation>በመዛኞች የቀረቡ፦ ይፈትሿቸው፣ ከዚያ እያንዳንዱን ያረጋግጡ ወይም ይመልሱ።</translation>
        </message>
        <message numerus="yes">
            <source>%n returned result(s)</source>
            <translation>
                <numerusform>%n የተመለሰ ውጤት</numerusform>
                <numerusform>%n የተመለሱ ውጤቶች</numerusform>
            </translation>
        </message>
        <message>
            <source>A verifier returned them with a reason: correct them and submit again.</source>
            <translation>አረጋጋጭ ከምክንያት ጋር መልሷቸዋል፦ ያስተካክሏቸው እና እንደገና ያቅርቡ።</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) eligible for a certificate</source>
            <translation>
                <numerusform>ለምስክር ወረቀት ብቁ የሆነ %n ተመዛኝ</numerusform>
                <numerusform>ለምስክር ወረቀት ብቁ የሆኑ %n ተመዛኞች</numerusform>
            </translation>
        </message>
        <message>
            <source>Their results are verified and no certificate states them yet: issue the certificates.</source>
            <translation>ውጤቶቻቸው ተረጋግጠዋል እና እስካሁን የሚገልጻቸው የምስክር ወረቀት የለም፦ የምስክር ወረቀቶቹን ይስጡ።</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>ክፍለ ጊዜ %1</translation>
        </message>
        <message>
            <source>Record: %1</source>
            <translation>መዝግብ፦ %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 — assessor %2 — %n result(s) in draft</source>
            <translation>
                <numerusform>%1 — መዛኝ %2 — %n ውጤት በረቂቅ ላይ</numerusform>
                <numerusform>%1 — መዛኝ %2 — %n ውጤቶች በረቂቅ ላይ</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>ለመጀመር</translation>
        </message>
        <message>
            <source>This database is new. Three steps make it ready for assessments: the standards to assess against, the candidates, then a session to record.</source>
            <translation>ይህ የመረጃ ቋት አዲስ ነው። ለምዘናዎች ዝግጁ የሚያደርጉት ሦስት እርምጃዎች ናቸው፦ የሚመዘንባቸው ደረጃዎች፣ ተመዛኞቹ፣ ከዚያ የሚመዘገብ ክፍለ ጊዜ።</translation>
        </message>
        <message>
            <source>1. Import standards</source>
            <translation>1. ደረጃዎችን አስገባ</translation>
        </message>
        <message>
            <source>From a CASE package (JSON) or the Excel template of the awarding body.</source>
            <translation>ከCASE ጥቅል (JSON) ወይም ከየምስክር ወረቀት ሰጪው አካል የExcel አብነት።</translation>
        </message>
        <message>
            <source>…or create a qualification</source>
            <translation>…ወይም ብቃት ፍጠር</translation>
        </message>
        <message>
            <source>Type its units, elements and performance criteria on the Standards page.</source>
            <translation>አሃዶቹን፣ ንጥሎቹን እና የአፈጻጸም መስፈርቶቹን በደረጃዎች ገጽ ላይ ይጻፉ።</translation>
        </message>
        <message>
            <source>1. An administrator imports or creates the standards.</source>
            <translation>1. አስተዳዳሪ ደረጃዎቹን ያስገባል ወይም ይፈጥራል።</translation>
        </message>
        <message>
            <source>2. Add a candidate</source>
            <translation>2. ተመዛኝ ጨምር</translation>
        </message>
        <message>
            <source>Register one candidate with the candidate form.</source>
            <translation>አንድ ተመዛኝ በተመዛኝ ቅጹ ይመዝግቡ።</translation>
        </message>
        <message>
            <source>…or import candidates from Excel</source>
            <translation>…ወይም ተመዛኞችን ከExcel አስገባ</translation>
        </message>
        <message>
            <source>Fill in the Excel template (Candidates page) and import it in one go.</source>
            <translation>የExcel አብነቱን (የተመዛኞች ገጽ) ይሙሉ እና በአንድ ጊዜ ያስገቡት።</translation>
        </message>
    </context>
    <context>
        <name>IssueConfirmDialog</name>
        <message numerus="yes">
            <source>Issue %n certificate(s)?</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት ይሰጥ?</numerusform>
                <numerusform>%n የምስክር ወረቀቶች ይሰጡ?</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation> እና </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) will be issued in %1, dated %2.</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት በ%1 ውስጥ፣ በ%2 ቀን ይሰጣል።</numerusform>
                <numerusform>%n የምስክር ወረቀቶች በ%1 ውስጥ፣ በ%2 ቀን ይሰጣሉ።</numerusform>
            </translation>
        </message>
        <message>
            <source>Each takes the next serial number and is recorded in the register; a mistake can then only be revoked, not undone.</source>
            <translation>እያንዳንዱ ቀጣዩን ተከታታይ ቁጥር ይወስዳል እና በመዝገቡ ውስጥ ይመዘገባል፤ ከዚያ ስህተት ሊሻር ብቻ እንጂ ሊቀለበስ አይችልም።</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>የምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>ሙሉ የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>የክንውን ማረጋገጫ</translation>
        </message>
        <message>
            <source>The first certificate as it will print (its serial is taken on issue).</source>
            <translation>የመጀመሪያው የምስክር ወረቀት እንደሚታተመው (ተከታታይ ቁጥሩ ሲሰጥ ይወሰዳል)።</translation>
        </message>
        <message>
            <source>First certificate: %1</source>
            <translation>የመጀመሪያው የምስክር ወረቀት፦ %1</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n certificate(s)</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት ስጥ</numerusform>
                <numerusform>%n የምስክር ወረቀቶች ስጥ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>(none)</source>
            <translation>(የለም)</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>የምስክር ወረቀቶችን ስጥ</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>የምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Units achieved</source>
            <translation>የተገኙ አሃዶች</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>ሙሉ የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>የክንውን ማረጋገጫ</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 አግድም</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 ቁመታዊ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ቋንቋ</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>ሁለተኛ ቋንቋ</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>ገጽ</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>ስጥ</translation>
        </message>
        <message>
            <source>No candidate is eligible: certificates need verified results.</source>
            <translation>ብቁ የሆነ ተመዛኝ የለም፦ የምስክር ወረቀቶች የተረጋገጡ ውጤቶች ያስፈልጋቸዋል።</translation>
        </message>
        <message>
            <source>Choose two different languages, or no second language.</source>
            <translation>ሁለት የተለያዩ ቋንቋዎችን ይምረጡ፣ ወይም ሁለተኛ ቋንቋ አይምረጡ።</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>አስተዳዳሪ</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>መዛኝ</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>አረጋጋጭ</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>ሬጅስትራር</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>standard</comment>
            <translation>ረቂቅ</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ወቅታዊ</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>የተተካ</translation>
        </message>
        <message>
            <source>All core units plus electives</source>
            <translation>ሁሉም ዋና አሃዶች እና ተመራጮች</translation>
        </message>
        <message>
            <source>All core units and a minimum of credits</source>
            <translation>ሁሉም ዋና አሃዶች እና ዝቅተኛ ክሬዲቶች</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>ዋና</translation>
        </message>
        <message>
            <source>Elective</source>
            <translation>ተመራጭ</translation>
        </message>
        <message>
            <source>Range statement</source>
            <translation>የአፈጻጸም ወሰን</translation>
        </message>
        <message>
            <source>Required knowledge</source>
            <translation>የሚያስፈልግ ዕውቀት</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>የሚያስፈልጉ ክህሎቶች</translation>
        </message>
        <message>
            <source>Evidence guide</source>
            <translation>የማስረጃ መመሪያ</translation>
        </message>
        <message>
            <source>Assessment conditions</source>
            <translation>የምዘና ሁኔታዎች</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>ሴት</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ወንድ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>አዎ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>አይ</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>አልተገለጸም</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>ብሔራዊ መታወቂያ</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>ፓስፖርት</translation>
        </message>
        <message>
            <source>Refugee ID</source>
            <translation>የስደተኛ መታወቂያ</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>ሌላ ሰነድ</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>ሰነድ የለም</translation>
        </message>
        <message>
            <source>RPL</source>
            <translation>RPL</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>ሥልጠና</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>enrolment</comment>
            <translation>ንቁ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>የተጠናቀቀ</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>enrolment</comment>
            <translation>ያቋረጠ</translation>
        </message>
        <message>
            <source>Information and counselling</source>
            <translation>መረጃ እና ምክር</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>ብቁነት</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>የራስ ምዘና</translation>
        </message>
        <message>
            <source>Portfolio of evidence</source>
            <translation>የማስረጃ ማህደር</translation>
        </message>
        <message>
            <source>Assessment</source>
            <comment>RPL stage</comment>
            <translation>ምዘና</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>ማረጋገጫ መስጠት</translation>
        </message>
        <message>
            <source>Appeal</source>
            <comment>RPL stage</comment>
            <translation>ይግባኝ</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>ብቁ</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>ብቁ ያልሆነ</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>ይህን መሥራት እችላለሁ</translation>
        </message>
        <message>
            <source>With help</source>
            <translation>በእገዛ</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ገና</translation>
        </message>
        <message>
            <source>Certificate</source>
            <comment>evidence</comment>
            <translation>የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Photo of work</source>
            <translation>የሥራ ፎቶ</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>ቪዲዮ</translation>
        </message>
        <message>
            <source>Reference letter</source>
            <translation>የድጋፍ ደብዳቤ</translation>
        </message>
        <message>
            <source>Work sample</source>
            <translation>የሥራ ናሙና</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>evidence</comment>
            <translation>የሦስተኛ ወገን ሪፖርት</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>evidence</comment>
            <translation>ሌላ</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>evidence</comment>
            <translation>ንቁ</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>evidence</comment>
            <translation>የተነሳ</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>ምልከታ</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>ጥያቄ</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ምርት</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>assessment method</comment>
            <translation>የሦስተኛ ወገን ሪፖርት</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>ማህደር</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>assessment</comment>
            <translation>ረቂቅ</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>የቀረበ</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>የተረጋገጠ</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>የተመለሰ</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>ብቁ</translation>
        </message>
        <message>
            <source>Not Yet Competent</source>
            <translation>ገና ብቁ ያልሆነ</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>RPL ተሰጥቷል</translation>
        </message>
        <message>
            <source>Credit transfer</source>
            <translation>የክሬዲት ዝውውር</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>outcome</comment>
            <translation>ያቋረጠ</translation>
        </message>
        <message>
            <source>Satisfactory</source>
            <translation>አጥጋቢ</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>ገና አጥጋቢ ያልሆነ</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>በመጠባበቅ ላይ</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>ተቀባይነት ያገኘ</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>ውድቅ የተደረገ</translation>
        </message>
        <message>
            <source>Qualification certificate</source>
            <translation>የብቃት የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>የክንውን ማረጋገጫ</translation>
        </message>
        <message>
            <source>Issued</source>
            <comment>certificate</comment>
            <translation>የተሰጠ</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>የተሻረ</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>ተፈጥሯል</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>ተለውጧል</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ተሰርዟል</translation>
        </message>
        <message>
            <source>Self-assessment saved</source>
            <translation>የራስ ምዘና ተቀምጧል</translation>
        </message>
        <message>
            <source>Evidence judged</source>
            <translation>ማስረጃው ተገምግሟል</translation>
        </message>
        <message>
            <source>Assessment planned</source>
            <translation>ምዘና ታቅዷል</translation>
        </message>
        <message>
            <source>Result verified</source>
            <translation>ውጤቱ ተረጋግጧል</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>የምስክር ወረቀት ተሰጥቷል</translation>
        </message>
        <message>
            <source>Appeal lodged</source>
            <translation>ይግባኝ ቀርቧል</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>ቋንቋ</translation>
        </message>
        <message>
            <source>The language of SkillAssess on this computer. You can change it later in View → Language.</source>
            <translation>በዚህ ኮምፒውተር ላይ የSkillAssess ቋንቋ። በኋላ በዕይታ → ቋንቋ መቀየር ይችላሉ።</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;ቋንቋ፦</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ፋይል</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ቋንቋ</translation>
        </message>
        <message>
            <source>SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.</source>
            <translation>SkillAssess እንደገና ከተጀመረ በኋላ በ%1 ይታያል። ያስቀመጡት ምንም ነገር አይጠፋም።</translation>
        </message>
        <message>
            <source>Restart now?</source>
            <translation>አሁን እንደገና ይጀምር?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>አሁን እንደገና ጀምር</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>በኋላ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;ቋንቋ</translation>
        </message>
        <message>
            <source>Latin digits (0–9)</source>
            <translation>የላቲን አሃዞች (0–9)</translation>
        </message>
        <message>
            <source>Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)</source>
            <translation>ቁጥሮች እና ቀኖች በቋንቋው አሃዞች ምትክ በ0–9 አሃዞች (እንደገና ከተጀመረ በኋላ ይተገበራል)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>የመረጃ ቋት፦ %1</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>አልገቡም</translation>
        </message>
        <message>
            <source>Opening database…</source>
            <translation>የመረጃ ቋቱ በመከፈት ላይ…</translation>
        </message>
        <message>
            <source>Waiting for sign-in…</source>
            <translation>መግቢያን በመጠበቅ ላይ…</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>የገቡት፦ %1</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;አዲስ የመረጃ ቋት…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;የመረጃ ቋት ክፈት…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;ውጣ</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>&amp;የይለፍ ቃሌን ቀይር…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>&amp;ተጠቃሚ ቀይር…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;ዘግተህ ውጣ</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;አሁን ምትኬ ያዝ…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;ከምትኬ መልስ…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;ላክ</translation>
        </message>
        <message>
            <source>&amp;Results…</source>
            <translation>&amp;ውጤቶች…</translation>
        </message>
        <message>
            <source>Certificate &amp;register…</source>
            <translation>&amp;የምስክር ወረቀት መዝገብ…</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;ስታቲስቲክስ…</translation>
        </message>
        <message>
            <source>E&amp;xchange bundles…</source>
            <translation>የል&amp;ውውጥ ጥቅሎች…</translation>
        </message>
        <message>
            <source>&amp;Verification site…</source>
            <translation>የማረጋገጫ &amp;ድረ ገጽ…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;ዕይታ</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;አድስ</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;መሣሪያዎች</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;የመረጃ ቋቱን ፈትሽ…</translation>
        </message>
        <message>
            <source>&amp;Backup settings…</source>
            <translation>&amp;የምትኬ ቅንብሮች…</translation>
        </message>
        <message>
            <source>C&amp;entre settings…</source>
            <translation>የማዕከሉ &amp;ቅንብሮች…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;እገዛ</translation>
        </message>
        <message>
            <source>&amp;About SkillAssess</source>
            <translation>&amp;ስለ SkillAssess</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>እንደ %1 ገብተዋል</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>የመረጃ ቋት ክፈት</translation>
        </message>
        <message>
            <source>SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>የSkillAssess የመረጃ ቋት (*.sqlite3 *.sqlite *.db);;ሁሉም ፋይሎች (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>አዲስ የመረጃ ቋት</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>%1 ቀድሞውኑ አለ፤ አዲስ የፋይል ስም ይምረጡ።</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>የመረጃ ቋቱን መክፈት አልተቻለም</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 ተከፍቷል</translation>
        </message>
        <message>
            <source>The database file is damaged: changes are refused.</source>
            <translation>የመረጃ ቋት ፋይሉ ተበላሽቷል፦ ለውጦች ተቀባይነት አያገኙም።</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>ብቃት {code} ስሪት {version} ተተክቷል፣ እንደነበረም ይቆያል፤ የአሁኑን ስሪት ይቀይሩ ወይም አዲስ ስሪት ይሥሩ።</translation>
        </message>
        <message>
            <source>Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>ብቃት {code} ስሪት {version} ጥቅም ላይ ነው ({enrolments} ምዝገባዎች፣ {certificates} የምስክር ወረቀቶች)፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>አሃድ {code} ስሪት {version} ተተክቷል፣ እንደነበረም ይቆያል፤ የአሁኑን ስሪት ይቀይሩ ወይም አዲስ ስሪት ይሥሩ።</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>አሃድ {code} ስሪት {version} በ{count} ምዘናዎች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>አሃድ {code} ስሪት {version} በ{count} የምስክር ወረቀቶች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>አሃድ {code} ስሪት {version} በ{count} የራስ ምዘና መልሶች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>አሃድ {code} ስሪት {version} በ{count} የማስረጃ ትስስሮች ጥቅም ላይ ውሏል፣ ስለዚህ በቦታው ሊስተካከል አይችልም፤ በ"አዲስ ስሪት" አዲስ ስሪት ይሥሩ፣ ያንን ያስተካክሉ እና ያትሙት።</translation>
        </message>
        <message>
            <source>Satisfactory</source>
            <translation>አጥጋቢ</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>ገና አጥጋቢ ያልሆነ</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>ረቂቅ</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>የቀረበ</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>የተመለሰ</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>ብቁ</translation>
        </message>
        <message>
            <source>Not Yet Competent</source>
            <translation>ገና ብቁ ያልሆነ</translation>
        </message>
        <message>
            <source>Credit transfer</source>
            <translation>የክሬዲት ዝውውር</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt.</source>
            <translation>የ{candidate} ውጤት በ{unit} ተረጋግጧል እና ተቆልፏል፤ በማስተካከያ (ከምክንያት ጋር) ያስተካክሉት ወይም አዲስ ሙከራ ይመዝግቡ።</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change.</source>
            <translation>የ{candidate} ውጤት በ{unit} ቀርቧል እና ማረጋገጫ ይጠብቃል፤ ከመለወጡ በፊት አረጋጋጭ መመለስ አለበት።</translation>
        </message>
        <message>
            <source>Only the assessor of {candidate} in {unit} ({assessor}) records this result.</source>
            <translation>ይህን ውጤት የሚመዘግበው የ{candidate} በ{unit} መዛኝ ({assessor}) ብቻ ነው።</translation>
        </message>
        <message>
            <source>{code} (attempt {attempt})</source>
            <translation>{code} (ሙከራ {attempt})</translation>
        </message>
        <message>
            <source>The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds.</source>
            <translation>ውጤቱ {outcome} ተሰርዟል፦ አንድ መስፈርት ከአሁን በኋላ አጥጋቢ አይደለም። ሲሟላ ውጤቱን እንደገና ይመዝግቡ።</translation>
        </message>
        <message>
            <source>{outcome} cannot be recorded for {candidate} in {unit}:</source>
            <translation>{outcome} ለ{candidate} በ{unit} ሊመዘገብ አይችልም፦</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} cannot be submitted yet:</source>
            <translation>የ{candidate} ውጤት በ{unit} ገና ሊቀርብ አይችልም፦</translation>
        </message>
        <message>
            <source>no outcome is recorded</source>
            <translation>ምንም ውጤት አልተመዘገበም</translation>
        </message>
        <message>
            <source>the assessor has not declared whether there is a conflict of interest</source>
            <translation>መዛኙ የጥቅም ግጭት መኖሩን ወይም አለመኖሩን አላሳወቀም</translation>
        </message>
        <message>
            <source>Describe the conflict of interest (for example a relative or an employee).</source>
            <translation>የጥቅም ግጭቱን ይግለጹ (ለምሳሌ ዘመድ ወይም ሠራተኛ)።</translation>
        </message>
        <message>
            <source>You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it.</source>
            <translation>{candidate}ን በ{unit} የመዘኑት እርስዎ ነዎት፣ ስለዚህ ይህን ውጤት ማረጋገጥ ወይም መመለስ አይችሉም፤ ሌላ አረጋጋጭ ሊሠራው ይገባል።</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is already verified and locked.</source>
            <translation>የ{candidate} ውጤት በ{unit} ቀደም ብሎ ተረጋግጧል እና ተቆልፏል።</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is not submitted; its assessor must submit it first.</source>
            <translation>የ{candidate} ውጤት በ{unit} አልቀረበም፤ መዛኙ መጀመሪያ ሊያቀርበው ይገባል።</translation>
        </message>
        <message>
            <source>Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix.</source>
            <translation>መዛኙ ምን ማስተካከል እንዳለበት እንዲያውቅ የ{candidate} ውጤት በ{unit} ለምን እንደተመለሰ ይግለጹ።</translation>
        </message>
        <message>
            <source>the unit has no performance criteria to judge</source>
            <translation>አሃዱ የሚገመገሙ የአፈጻጸም መስፈርቶች የሉትም</translation>
        </message>
        <message>
            <source>criteria not yet Satisfactory: {numbers}</source>
            <translation>ገና አጥጋቢ ያልሆኑ መስፈርቶች፦ {numbers}</translation>
        </message>
        <message>
            <source>no assessment method is recorded (observation, questioning, product, ...)</source>
            <translation>ምንም የምዘና ዘዴ አልተመዘገበም (ምልከታ፣ ጥያቄ፣ ምርት፣ ...)</translation>
        </message>
        <message>
            <source>RPL granted is only for candidates enrolled on the RPL pathway</source>
            <translation>RPL ተሰጥቷል የሚለው በRPL መንገድ ለተመዘገቡ ተመዛኞች ብቻ ነው</translation>
        </message>
        <message>
            <source>credit transfer needs its source (the earlier qualification or statement and who issued it)</source>
            <translation>የክሬዲት ዝውውር ምንጩን ይፈልጋል (ቀደም ሲል የተገኘው ብቃት ወይም ማረጋገጫ እና የሰጠው አካል)</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>የተሰጠ</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>የተሻረ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ንቁ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>የተጠናቀቀ</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ወቅታዊ</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>የተተካ</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>ብቁ</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>ብቁ ያልሆነ</translation>
        </message>
        <message>
            <source>result</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>checked by</source>
            <translation>የፈተሸው</translation>
        </message>
        <message>
            <source>assessor</source>
            <translation>መዛኝ</translation>
        </message>
        <message>
            <source>reason for return</source>
            <translation>የመመለሻ ምክንያት</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>አስተያየቶች</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>ግብረ መልስ</translation>
        </message>
        <message>
            <source>assessment methods</source>
            <translation>የምዘና ዘዴዎች</translation>
        </message>
        <message>
            <source>date of assessment</source>
            <translation>የምዘና ቀን</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>ቦታ</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>የጥቅም ግጭት</translation>
        </message>
        <message>
            <source>credit transfer source</source>
            <translation>የክሬዲት ዝውውር ምንጭ</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>የቤተሰብ ስም</translation>
        </message>
        <message>
            <source>given names</source>
            <translation>የግል ስሞች</translation>
        </message>
        <message>
            <source>name in local script</source>
            <translation>ስም በአካባቢው ፊደል</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>የትውልድ ቀን</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>ጾታ</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>ስልክ</translation>
        </message>
        <message>
            <source>email</source>
            <translation>ኢሜይል</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>የመታወቂያ ቁጥር</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>ፎቶ</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>ሙሉ ስም</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>ሚናዎች</translation>
        </message>
        <message>
            <source>active</source>
            <translation>ንቁ</translation>
        </message>
        <message>
            <source>password</source>
            <translation>የይለፍ ቃል</translation>
        </message>
        <message>
            <source>title</source>
            <translation>ርዕስ</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>ደረጃ</translation>
        </message>
        <message>
            <source>description</source>
            <translation>መግለጫ</translation>
        </message>
        <message>
            <source>reprints</source>
            <translation>እንደገና የታተሙ</translation>
        </message>
        <message>
            <source>reason for revocation</source>
            <translation>የመሻሪያ ምክንያት</translation>
        </message>
        <message>
            <source>{record} {id}</source>
            <translation>{record} {id}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>ማስረጃ</translation>
        </message>
        <message>
            <source>Assessment session</source>
            <translation>የምዘና ክፍለ ጊዜ</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ላክ</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>ማዕከል</translation>
        </message>
        <message>
            <source>Awarding body</source>
            <translation>የምስክር ወረቀት ሰጪ አካል</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>ንጥል</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>የአፈጻጸም መስፈርት</translation>
        </message>
        <message>
            <source>Unit of a qualification</source>
            <translation>የብቃት አሃድ</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>የፊርማ ቁልፍ</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>ፈራሚ</translation>
        </message>
        <message>
            <source>Audit checkpoint</source>
            <translation>የኦዲት መቆጣጠሪያ ነጥብ</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>ምዝገባ</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>የራስ ምዘና</translation>
        </message>
        <message>
            <source>RPL step</source>
            <translation>የRPL እርምጃ</translation>
        </message>
        <message>
            <source>an assessment record (PDF)</source>
            <translation>የምዘና መዝገብ (PDF)</translation>
        </message>
        <message>
            <source>an assessment record (printed)</source>
            <translation>የምዘና መዝገብ (የታተመ)</translation>
        </message>
        <message>
            <source>the results (Excel)</source>
            <translation>ውጤቶቹ (Excel)</translation>
        </message>
        <message>
            <source>the certificate register (Excel)</source>
            <translation>የምስክር ወረቀት መዝገቡ (Excel)</translation>
        </message>
        <message>
            <source>the statistics (Excel)</source>
            <translation>ስታቲስቲክሱ (Excel)</translation>
        </message>
        <message>
            <source>{what}, by {user}</source>
            <translation>{what}፣ በ{user}</translation>
        </message>
        <message>
            <source>Judgement {criterion} of assessment {id}</source>
            <translation>የምዘና {id} ውሳኔ {criterion}</translation>
        </message>
        <message>
            <source>Evidence {id}</source>
            <translation>ማስረጃ {id}</translation>
        </message>
        <message>
            <source>Assessment session {title} of {date}</source>
            <translation>የ{date} የምዘና ክፍለ ጊዜ {title}</translation>
        </message>
        <message>
            <source>Certificate {serial}</source>
            <translation>የምስክር ወረቀት {serial}</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>ተጠቃሚ {name}</translation>
        </message>
        <message>
            <source>Export of {what}</source>
            <translation>የ{what} መላክ</translation>
        </message>
        <message>
            <source>none</source>
            <translation>የለም</translation>
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
            <translation>{subject}፦ {fields} ተለውጠዋል</translation>
        </message>
        <message>
            <source>Judgement {criterion} of {candidate}, {unit} attempt {attempt}</source>
            <translation>የ{candidate} ውሳኔ {criterion}፣ {unit} ሙከራ {attempt}</translation>
        </message>
        <message>
            <source>Assessment {id}</source>
            <translation>ምዘና {id}</translation>
        </message>
        <message>
            <source>Amendment {id}</source>
            <translation>ማስተካከያ {id}</translation>
        </message>
        <message>
            <source>Appeal {id}</source>
            <translation>ይግባኝ {id}</translation>
        </message>
        <message>
            <source>Candidate {name} ({number})</source>
            <translation>ተመዛኝ {name} ({number})</translation>
        </message>
        <message>
            <source>Candidate {number}</source>
            <translation>ተመዛኝ {number}</translation>
        </message>
        <message>
            <source>Evidence “{what}” of {candidate}</source>
            <translation>የ{candidate} ማስረጃ “{what}”</translation>
        </message>
        <message>
            <source>Certificate {serial} of {candidate}</source>
            <translation>የ{candidate} የምስክር ወረቀት {serial}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>አዎ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>አይ</translation>
        </message>
        <message>
            <source>{subject}: {change}</source>
            <translation>{subject}፦ {change}</translation>
        </message>
        <message>
            <source>{subject}: created</source>
            <translation>{subject}፦ ተፈጥሯል</translation>
        </message>
        <message>
            <source>{subject}: deleted</source>
            <translation>{subject}፦ ተሰርዟል</translation>
        </message>
        <message>
            <source>{subject}: answers changed</source>
            <translation>{subject}፦ መልሶቹ ተለውጠዋል</translation>
        </message>
        <message>
            <source>{subject}: changed</source>
            <translation>{subject}፦ ተለውጧል</translation>
        </message>
        <message>
            <source>{subject}: {changes}</source>
            <translation>{subject}፦ {changes}</translation>
        </message>
        <message>
            <source>{subject}: {stage} recorded</source>
            <translation>{subject}፦ {stage} ተመዝግቧል</translation>
        </message>
        <message>
            <source>{subject}: password changed</source>
            <translation>{subject}፦ የይለፍ ቃሉ ተለውጧል</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>የይለፍ ቃሉ ተለውጧል</translation>
        </message>
        <message>
            <source>{field} changed</source>
            <translation>{field} ተለውጧል</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}፦ {before} › {after}</translation>
        </message>
        <message>
            <source>Assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>የ{candidate} ምዘና፣ {unit} ሙከራ {attempt}</translation>
        </message>
        <message>
            <source>Amendment of the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>የ{candidate} ምዘና ማስተካከያ፣ {unit} ሙከራ {attempt}</translation>
        </message>
        <message>
            <source>Appeal on the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>በ{candidate} ምዘና ላይ የቀረበ ይግባኝ፣ {unit} ሙከራ {attempt}</translation>
        </message>
        <message>
            <source>Qualification {code} version {version}</source>
            <translation>ብቃት {code} ስሪት {version}</translation>
        </message>
        <message>
            <source>Unit {code} version {version}</source>
            <translation>አሃድ {code} ስሪት {version}</translation>
        </message>
        <message>
            <source>Enrolment of {candidate} in {qualification}</source>
            <translation>የ{candidate} ምዝገባ በ{qualification}</translation>
        </message>
        <message>
            <source>Self-assessment of {candidate} in {qualification}</source>
            <translation>የ{candidate} የራስ ምዘና በ{qualification}</translation>
        </message>
        <message>
            <source>RPL step of {candidate} in {qualification}</source>
            <translation>የ{candidate} የRPL እርምጃ በ{qualification}</translation>
        </message>
        <message>
            <source>Enrolment {id} does not exist.</source>
            <translation>ምዝገባ {id} የለም።</translation>
        </message>
        <message>
            <source>The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.</source>
            <translation>በ{qualification} ያለው ምዝገባ በRPL መንገድ ላይ አይደለም፦ የሚላክ ክፍተት የለም።</translation>
        </message>
        <message>
            <source>No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.</source>
            <translation>እስካሁን ዕውቅና ያገኘ የ{qualification} አሃድ የለም፦ ወደ ክፍተት ሥልጠና መላክ ከፊል ዕውቅናን ይከተላል።</translation>
        </message>
        <message>
            <source>Every unit of {qualification} is achieved: there is no gap to train for.</source>
            <translation>የ{qualification} እያንዳንዱ አሃድ ተገኝቷል፦ ሥልጠና የሚያስፈልገው ክፍተት የለም።</translation>
        </message>
        <message>
            <source>Units: {units} are achieved or not part of the enrolment.</source>
            <translation>አሃዶች፦ {units} ተገኝተዋል ወይም የምዝገባው አካል አይደሉም።</translation>
        </message>
        <message>
            <source>Date: {date} is in the future.</source>
            <translation>ቀን፦ {date} ወደፊት ነው።</translation>
        </message>
        <message>
            <source>Date: {date} is before the enrolment ({enrolled}).</source>
            <translation>ቀን፦ {date} ከምዝገባው ({enrolled}) በፊት ነው።</translation>
        </message>
        <message>
            <source>The referral was not recorded.</source>
            <translation>ወደ ሥልጠና መላኩ አልተመዘገበም።</translation>
        </message>
        <message>
            <source>Some remarks are for elements outside this enrolment.</source>
            <translation>አንዳንድ ማስታወሻዎች ከዚህ ምዝገባ ውጭ ላሉ ንጥሎች ናቸው።</translation>
        </message>
        <message>
            <source>element {id}</source>
            <translation>ንጥል {id}</translation>
        </message>
        <message>
            <source>No statement of attainment in {qualification} is issued to this candidate yet.</source>
            <translation>በ{qualification} ለዚህ ተመዛኝ እስካሁን የተሰጠ የክንውን ማረጋገጫ የለም።</translation>
        </message>
        <message>
            <source>{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.</source>
            <translation>{cells} ቁጥር=S፣ ቁጥር=N ወይም ቁጥር=clear አይደለም (ለምሳሌ 1.2=S)፤ ምንም አልተቀመጠም።</translation>
        </message>
        <message>
            <source>This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).</source>
            <translation>ይህ ትእዛዝ የግል መረጃ ያሳያል፦ ራስዎን በ--user ስም ይግለጹ (የይለፍ ቃል ከSKILLASSESS_PASSWORD ወይም ይጠየቃል)።</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ዲስኩ ሞልቷል</translation>
        </message>
        <message>
            <source>permission denied; choose another folder</source>
            <translation>ፈቃድ ተከልክሏል፤ ሌላ አቃፊ ይምረጡ</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>ዲስኩ ለንባብ ብቻ ነው</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>ስሙ በጣም ረጅም ነው</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path}ን መጻፍ አልተቻለም፦ {reason}።</translation>
        </message>
        <message>
            <source>Cannot write {path}: the folder {folder} does not exist; choose another folder.</source>
            <translation>{path}ን መጻፍ አልተቻለም፦ አቃፊ {folder} የለም፤ ሌላ አቃፊ ይምረጡ።</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>አቃፊው የለም</translation>
        </message>
        <message>
            <source>{value} is too large (at most {limit:,}).</source>
            <translation>{value} በጣም ትልቅ ነው (ቢበዛ {limit:,})።</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}፦ {problem}</translation>
        </message>
        <message>
            <source>{length:,} characters, more than the {limit:,} it can hold; shorten it.</source>
            <translation>{length:,} ፊደላት፣ ሊይዝ ከሚችለው {limit:,} በላይ፤ ያሳጥሩት።</translation>
        </message>
        <message>
            <source>contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).</source>
            <translation>በቦታ {position} ላይ የማይታይ የቁጥጥር ምልክት {code} ይዟል፣ ይህም ሊቀመጥ አይችልም፤ ይሰርዙት (ብዙ ጊዜ በመገልበጥና በመለጠፍ ይመጣል)።</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the text named below.</source>
            <translation>ምንም አልተቀመጠም፦ ከታች የተጠቀሰውን ጽሑፍ ያስተካክሉ።</translation>
        </message>
        <message>
            <source>contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.</source>
            <translation>በቦታ {position} ላይ የማይታይ የአቅጣጫ ቁጥጥር {code} ({name}) ይዟል፣ ይህም ስም ተገልብጦ እንዲታተም ሊያደርግ ይችላል፤ ይሰርዙት።</translation>
        </message>
        <message>
            <source>{record}, {field}: {problem}</source>
            <translation>{record}፣ {field}፦ {problem}</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>ሁለተኛው የምትኬ አቃፊ {folder} የለም (የUSB ፍላሹ ተሰክቷል?)፤ ምትኬው በመረጃ አቃፊው ውስጥ ብቻ ነው።</translation>
        </message>
        <message>
            <source>Keep between 0 and {most} daily backups.</source>
            <translation>ከ0 እስከ {most} ዕለታዊ ምትኬዎችን ያስቀምጡ።</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: {reason} Nothing was changed.</source>
            <translation>{archive} ሊመለስ አይችልም፦ {reason} ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup.</source>
            <translation>የSkillAssess ምትኬ አይደለም።</translation>
        </message>
        <message>
            <source>its manifest is damaged.</source>
            <translation>የይዘት ዝርዝሩ ተበላሽቷል።</translation>
        </message>
        <message>
            <source>it was made by a newer version of SkillAssess; install that version.</source>
            <translation>የተሠራው በአዲስ የSkillAssess ስሪት ነው፤ ያንን ስሪት ይጫኑ።</translation>
        </message>
        <message>
            <source>restoring it needs {need} MB free in {folder}, and there are {free} MB.</source>
            <translation>መመለሱ በ{folder} ውስጥ {need} MB ነፃ ቦታ ያስፈልገዋል፤ ያለው {free} MB ነው።</translation>
        </message>
        <message>
            <source>{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.</source>
            <translation>{path} በSkillAssess ወይም በሌላ ፕሮግራም ተከፍቷል፦ እዚያ ይዝጉት፣ ከዚያ እንደገና ይመልሱ። ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>There is no file {archive}.</source>
            <translation>ፋይል {archive} የለም።</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (not a zip archive).</source>
            <translation>የSkillAssess ምትኬ አይደለም (የzip ማህደር አይደለም)።</translation>
        </message>
        <message>
            <source>its manifest is too large.</source>
            <translation>የይዘት ዝርዝሩ በጣም ትልቅ ነው።</translation>
        </message>
        <message>
            <source>it names a file outside its own folders ({name}).</source>
            <translation>ከራሱ አቃፊዎች ውጭ ያለ ፋይል ይጠቅሳል ({name})።</translation>
        </message>
        <message>
            <source>{name} is too large for a key file.</source>
            <translation>{name} ለቁልፍ ፋይል በጣም ትልቅ ነው።</translation>
        </message>
        <message>
            <source>it holds the same file twice.</source>
            <translation>አንድን ፋይል ሁለት ጊዜ ይዟል።</translation>
        </message>
        <message>
            <source>it holds files its manifest does not list ({name}).</source>
            <translation>የይዘት ዝርዝሩ የማይዘረዝራቸውን ፋይሎች ይዟል ({name})።</translation>
        </message>
        <message>
            <source>files listed in its manifest are missing ({name}).</source>
            <translation>በይዘት ዝርዝሩ ውስጥ የተዘረዘሩ ፋይሎች የሉም ({name})።</translation>
        </message>
        <message>
            <source>it holds no database (it was made from a PostgreSQL database).</source>
            <translation>የመረጃ ቋት አልያዘም (ከPostgreSQL የመረጃ ቋት የተሠራ ነው)።</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>አቃፊ {folder} የለም።</translation>
        </message>
        <message>
            <source>it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.</source>
            <translation>የSQLite የመረጃ ቋት ይዟል፤ በዚህ ወደ ፋይል ይመልሱት፦ skillassess --db FILE restore ARCHIVE።</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (it has no manifest).</source>
            <translation>የSkillAssess ምትኬ አይደለም (የይዘት ዝርዝር የለውም)።</translation>
        </message>
        <message>
            <source>the database in it is damaged (SQLite's integrity check failed).</source>
            <translation>በውስጡ ያለው የመረጃ ቋት ተበላሽቷል (የSQLite የታማኝነት ፍተሻ አልተሳካም)።</translation>
        </message>
        <message>
            <source>the database in it is empty.</source>
            <translation>በውስጡ ያለው የመረጃ ቋት ባዶ ነው።</translation>
        </message>
        <message>
            <source>{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).</source>
            <translation>በውስጡ ያለው {name} ምትኬው ከተሠራ በኋላ ተለውጧል (SHA-256 ከይዘት ዝርዝሩ ይለያል)።</translation>
        </message>
        <message>
            <source>{name} in it is damaged (the zip check failed).</source>
            <translation>በውስጡ ያለው {name} ተበላሽቷል (የzip ፍተሻ አልተሳካም)።</translation>
        </message>
        <message>
            <source>{name} is larger than its manifest says.</source>
            <translation>{name} የይዘት ዝርዝሩ ከሚለው ይበልጣል።</translation>
        </message>
        <message>
            <source>There is no database file at {path} to back up.</source>
            <translation>በ{path} ምትኬ የሚያዝለት የመረጃ ቋት ፋይል የለም።</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>የመረጃ ቋት ፋይሉ {path} ተበላሽቷል፤ ስለዚህ SkillAssess በእሱ ላይ አይጽፍም። የቅርብ ጊዜውን ምትኬ ({backup}፣ የተሠራው {made}) በዚህ ይመልሱ፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል &gt; ከምትኬ መልስ…)።</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>የመረጃ ቋት ፋይሉ {path} ተበላሽቷል፤ ስለዚህ SkillAssess በእሱ ላይ አይጽፍም። በ{folder} ውስጥ የእሱ ምትኬ አልተገኘም፤ በሌላ ቦታ (ለምሳሌ በUSB ፍላሽ) ካለዎት በዚህ ይመልሱት፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል &gt; ከምትኬ መልስ…)።</translation>
        </message>
        <message>
            <source>There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File &gt; New database in the application).</source>
            <translation>በ{path} የSkillAssess የመረጃ ቋት የለም፦ ስሙን ይፈትሹ፣ ወይም በዚህ አንድ ይፍጠሩ፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል &gt; አዲስ የመረጃ ቋት)።</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File &gt; New database in the application).</source>
            <translation>{path} ባዶ ፋይል ነው እንጂ የSkillAssess የመረጃ ቋት አይደለም፦ ስሙን ይፈትሹ፣ ወይም እዚያ የመረጃ ቋት በዚህ ይፍጠሩ፦ {command} (ወይም በመተግበሪያው ውስጥ ፋይል &gt; አዲስ የመረጃ ቋት)።</translation>
        </message>
        <message>
            <source>{path} cannot be opened: it is in use or cannot be read. This file was left untouched.</source>
            <translation>{path} ሊከፈት አይችልም፦ ጥቅም ላይ ነው ወይም ሊነበብ አይችልም። ይህ ፋይል አልተነካም።</translation>
        </message>
        <message>
            <source>Cannot open the database {name}. {reason}</source>
            <translation>የመረጃ ቋት {name}ን መክፈት አልተቻለም። {reason}</translation>
        </message>
        <message>
            <source>The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.</source>
            <translation>የመረጃ ቋቱ {name} ባዶ ነው (የSkillAssess ሰንጠረዦች የሉትም)፦ አድራሻውን ይፈትሹ፣ ወይም ሰንጠረዦቹን በዚህ ይፍጠሩ፦ skillassess --db ADDRESS setup።</translation>
        </message>
        <message>
            <source>The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner's account (see "Several users on a PostgreSQL server" in the README), then again with this one.</source>
            <translation>የመረጃ ቋቱ {name} ለዚህ የSkillAssess ስሪት ሰንጠረዦቹ እንዲፈጠሩ ወይም እንዲሻሻሉ ያስፈልገዋል፤ መለያው {user} ግን ይህን ማድረግ አይችልም። አንድ ጊዜ በመረጃ ቋቱ ባለቤት መለያ ይክፈቱት (በREADME ውስጥ "Several users on a PostgreSQL server" ይመልከቱ)፣ ከዚያ እንደገና በዚህኛው።</translation>
        </message>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>የመረጃ ቋቱ ሥራ ላይ ነው፦ ሌላ ተጠቃሚ ወይም ፕሮግራም እያስቀመጠበት ነው። ምንም አልተለወጠም፤ ትንሽ ቆይተው እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>የመረጃ ቋቱ ሊለወጥ አይችልም፦ ፋይሉ ወይም አቃፊው ለንባብ ብቻ ነው። ምንም አልተለወጠም፤ እዚያ መጻፍን ይፍቀዱ፣ ወይም የመረጃ ቋቱን መጻፍ ወደሚችሉበት አቃፊ ይገልብጡ።</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>የመረጃ ቋቱን የያዘው ዲስክ ሞልቷል። ምንም አልተለወጠም፤ ቦታ ያስለቅቁ እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>የመረጃ ቋት ፋይሉ ሊነበብ ወይም ሊጻፍ አልቻለም (የዲስክ፣ የUSB ፍላሽ ወይም የአውታረ መረብ ችግር)። ምንም አልተለወጠም፤ ዲስኩ መገናኘቱን ያረጋግጡ እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>የመረጃ ቋት ፋይሉ ተበላሽቷል። ምንም አልተለወጠም፤ መጠቀሙን ያቁሙ እና የቅርብ ጊዜውን ምትኬ ይመልሱ።</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>የመረጃ ቋት አገልጋዩ ሊደረስበት አይችልም፦ ቆሟል፣ ወይም አውታረ መረቡ የለም። ግንኙነቱን ይፈትሹ ወይም አገልጋዩን የሚያስተዳድረውን ይጠይቁ፣ ከዚያ እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>ለውጡ በተመሳሳይ ጊዜ ከተቀመጠ ሌላ ለውጥ ጋር ይጋጫል፣ ምናልባት በሌላ ተጠቃሚ። ምንም አልተለወጠም፤ መዝገቡን እንደገና ይመልከቱ እና ለውጡን ይድገሙ።</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>የመረጃ ቋቱ ችግር ሪፖርት አድርጓል። ምንም አልተለወጠም፤ እንደገና ይሞክሩ፣ ደግሞ ከተከሰተ ከሎግ ፋይሉ ጋር ሪፖርት ያድርጉ።</translation>
        </message>
        <message>
            <source>the system refused it</source>
            <translation>ሥርዓቱ አልፈቀደም</translation>
        </message>
        <message>
            <source>a part of its path is a file, not a folder</source>
            <translation>የመንገዱ አንድ ክፍል ፋይል እንጂ አቃፊ አይደለም</translation>
        </message>
        <message>
            <source>you may not write there</source>
            <translation>እዚያ መጻፍ አይፈቀድልዎትም</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator.</source>
            <translation>የመረጃ አቃፊው {folder} ሊፈጠር አይችልም፦ {reason}። በSKILLASSESS_DATA_DIR ሌላ አቃፊ ይምረጡ፣ ወይም የኮምፒውተሩን አስተዳዳሪ ይጠይቁ።</translation>
        </message>
        <message>
            <source>Competent (C)</source>
            <translation>ብቁ (C)</translation>
        </message>
        <message>
            <source>Not Yet Competent (NYC)</source>
            <translation>ገና ብቁ ያልሆነ (NYC)</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>RPL ተሰጥቷል</translation>
        </message>
        <message>
            <source>Credit transfer (CT)</source>
            <translation>የክሬዲት ዝውውር (CT)</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>ያቋረጠ</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>ምልከታ</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>ጥያቄ</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>ምርት</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <translation>የሦስተኛ ወገን ሪፖርት</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>ማህደር</translation>
        </message>
        <message>
            <source>Draft (not final)</source>
            <translation>ረቂቅ (የመጨረሻ ያልሆነ)</translation>
        </message>
        <message>
            <source>Submitted, awaiting verification</source>
            <translation>የቀረበ፣ ማረጋገጫ በመጠባበቅ ላይ</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>የተረጋገጠ</translation>
        </message>
        <message>
            <source>Returned to the assessor</source>
            <translation>ወደ መዛኙ የተመለሰ</translation>
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
            <translation>ቀደም ሲል የተገኘ ትምህርት ዕውቅና</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>ሥልጠና</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>ፊርማ፦</translation>
        </message>
        <message>
            <source> — from: {source}</source>
            <translation> — ከ፦ {source}</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>የመዛኙ አስተያየት</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>ለተመዛኙ የተሰጠ ግብረ መልስ</translation>
        </message>
        <message>
            <source>Not declared.</source>
            <translation>አልተገለጸም።</translation>
        </message>
        <message>
            <source>Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}</source>
            <translation>ምዘና {id} — {regno} — {unit} ሙከራ {attempt} — የታተመው {date}</translation>
        </message>
        <message>
            <source>Assessment record</source>
            <translation>የምዘና መዝገብ</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>User</source>
            <translation>ተጠቃሚ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>ምዘና</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>ማስተካከያ</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>ይግባኝ</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>አሃድ</translation>
        </message>
        <message>
            <source>{code} version {version} — {title}</source>
            <translation>{code} ስሪት {version} — {title}</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>ሙከራ</translation>
        </message>
        <message>
            <source>Date and venue</source>
            <translation>ቀን እና ቦታ</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>መንገድ</translation>
        </message>
        <message>
            <source>Methods used</source>
            <translation>ጥቅም ላይ የዋሉ ዘዴዎች</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Performance criteria</source>
            <translation>የአፈጻጸም መስፈርቶች</translation>
        </message>
        <message>
            <source>Element {position}: {title}</source>
            <translation>ንጥል {position}፦ {title}</translation>
        </message>
        <message>
            <source>S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.</source>
            <translation>S = አጥጋቢ፤ NYS = ገና አጥጋቢ ያልሆነ፤ — = ያልተመዘነ።</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>የጥቅም ግጭት</translation>
        </message>
        <message>
            <source>The assessor declared a conflict of interest: {details}</source>
            <translation>መዛኙ የጥቅም ግጭት እንዳለ ገልጿል፦ {details}</translation>
        </message>
        <message>
            <source>The assessor declared no conflict of interest with this candidate.</source>
            <translation>መዛኙ ከዚህ ተመዛኝ ጋር ምንም የጥቅም ግጭት እንደሌለ ገልጿል።</translation>
        </message>
        <message>
            <source>Status: {status}. This record is not final until it is verified.</source>
            <translation>ሁኔታ፦ {status}። ይህ መዝገብ እስኪረጋገጥ ድረስ የመጨረሻ አይደለም።</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ቁ.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>መስፈርት</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>ውሳኔ</translation>
        </message>
        <message>
            <source>Criteria not yet Satisfactory: {criteria}</source>
            <translation>ገና አጥጋቢ ያልሆኑ መስፈርቶች፦ {criteria}</translation>
        </message>
        <message>
            <source>Returned by the verifier</source>
            <translation>በአረጋጋጩ የተመለሰ</translation>
        </message>
        <message>
            <source>Amendments after verification</source>
            <translation>ከማረጋገጫ በኋላ የተደረጉ ማስተካከያዎች</translation>
        </message>
        <message>
            <source>Attempts at this unit</source>
            <translation>በዚህ አሃድ ላይ የተደረጉ ሙከራዎች</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>ገጽ {page}</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>መዛኝ</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>አረጋጋጭ</translation>
        </message>
        <message>
            <source>Submitted: {date}</source>
            <translation>የቀረበው፦ {date}</translation>
        </message>
        <message>
            <source>Verified: {date}</source>
            <translation>የተረጋገጠው፦ {date}</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>ፊርማዎች</translation>
        </message>
        <message>
            <source>Attempt {attempt}: {date}, {outcome}, {status}</source>
            <translation>ሙከራ {attempt}፦ {date}፣ {outcome}፣ {status}</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>ውጤት የለም</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file}፦ የሥራ መጽሐፉ ተበላሽቷል ወይም ቀላል የExcel ፋይል አይደለም፤ ምንም አልተለወጠም። በExcel ወይም በLibreOffice ይክፈቱት፣ እንደገና ያስቀምጡት እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.</source>
            <translation>{file}፦ JSONኑ በጣም ጥልቅ ነው (ከአንድ ሺህ ደረጃዎች በላይ)፤ የCASE ጥቅል ጥቂት ደረጃዎች ብቻ ነው። ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>{file}: not valid JSON ({problem}).</source>
            <translation>{file}፦ ትክክለኛ JSON አይደለም ({problem})።</translation>
        </message>
        <message>
            <source>The bundle's manifest could not be made ({problem}).</source>
            <translation>የጥቅሉ ማውጫ ሊሠራ አልቻለም ({problem})።</translation>
        </message>
        <message>
            <source>The file is empty; choose a PNG or JPEG image.</source>
            <translation>ፋይሉ ባዶ ነው፤ PNG ወይም JPEG ምስል ይምረጡ።</translation>
        </message>
        <message>
            <source>The image is {size} KB; use an image of at most {limit} KB.</source>
            <translation>ምስሉ {size} KB ነው፤ ቢበዛ {limit} KB የሆነ ምስል ይጠቀሙ።</translation>
        </message>
        <message>
            <source>The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.</source>
            <translation>ፋይሉ PNG ወይም JPEG ምስል አይደለም፤ እንደ PNG ወይም JPEG ያስቀምጡት እና እንደገና ይምረጡት።</translation>
        </message>
        <message>
            <source>The image is damaged and cannot be read; save it again as PNG or JPEG.</source>
            <translation>ምስሉ ተበላሽቷል እና ሊነበብ አይችልም፤ እንደገና እንደ PNG ወይም JPEG ያስቀምጡት።</translation>
        </message>
        <message>
            <source>The image is {width} × {height} pixels; use one of at most {limit} pixels a side.</source>
            <translation>ምስሉ {width} × {height} ፒክሰል ነው፤ በእያንዳንዱ ጎን ቢበዛ {limit} ፒክሰል ያለውን ይጠቀሙ።</translation>
        </message>
        <message>
            <source>{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration &gt; Competencies &gt; Export competency framework).</source>
            <translation>{file}፦ የMoodle competency framework CSV አይደለም፦ ዓምድ(ዎች) {columns} በረድፍ 1 ውስጥ የሉም። ማዕቀፉን ከMoodle ይላኩ (Site administration &gt; Competencies &gt; Export competency framework)።</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): not a readable CSV file ({reason}).</source>
            <translation>{file}፣ ረድፍ {row} (መስመር {line})፦ ሊነበብ የሚችል CSV ፋይል አይደለም ({reason})።</translation>
        </message>
        <message>
            <source>Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.</source>
            <translation>{count} ረድፍ(ፎች) ተነበዋል፦ 1 ማዕቀፍ እና {competencies} ብቃቶች፤ {units} አሃድ(ዎች)፣ {elements} ንጥል(ሎች)፣ {criteria} የአፈጻጸም መስፈርቶች ተጽፈዋል።</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?</source>
            <translation>{file}፣ ረድፍ {row} (መስመር {line})፦ ከ{limit:,} ፊደላት በላይ የሆነ መስክ፤ ትክክለኛው ፋይል ነው?</translation>
        </message>
        <message>
            <source>{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).</source>
            <translation>{file}፣ ረድፍ {row}፦ {id} ከማዕቀፉ {depth:,} ደረጃዎች በታች ነው፤ SkillAssess ቢበዛ {limit} ይወስዳል (አሃዶች፣ ንጥሎች፣ መስፈርቶች እና ከነሱ በታች ያሉ ደረጃዎች)።</translation>
        </message>
        <message>
            <source>{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.</source>
            <translation>{file}፦ ማዕቀፉ ሊገባ አይችልም ({count} ችግር(ሮች))፤ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.</source>
            <translation>{file}፦ ማዕቀፉ {levels} ደረጃ(ዎች) አሉት፤ አሃዶቹ ከደረጃ 1 እስከ {levels} ሊሆኑ ይችላሉ፣ {level} ግን አይደለም።</translation>
        </message>
        <message>
            <source>The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them.</source>
            <translation>የረድፍ 1 ራስጌ የMoodleን ዓምዶች አይሰይምም፤ Moodle እንደሚያነባቸው በቦታቸው ተነበዋል።</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).</source>
            <translation>ካርታ፦ ማዕቀፍ {code} → ብቃት፤ የደረጃ {u} {units} ብቃቶቹ → አሃዶች (ID number → የአሃድ ኮድ)፣ እያንዳንዱ ተመሳሳይ ስም ያለው አንድ ንጥል እና አንድ የአፈጻጸም መስፈርት ያለው (አጭር ስም፣ ከዚያ መግለጫ)።</translation>
        </message>
        <message>
            <source>{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.</source>
            <translation>ከ40 ፊደላት በላይ የሆኑ {count} የአሃድ ID ቁጥር(ሮች) የተፈጠሩ ኮዶች አግኝተዋል፦ {ids}።</translation>
        </message>
        <message>
            <source>the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent.</source>
            <translation>የማዕቀፉ መለኪያ ({scale})፦ SkillAssess እያንዳንዱን መስፈርት ብቁ ወይም ገና ብቁ ያልሆነ ብሎ ይወስናል።</translation>
        </message>
        <message>
            <source>the framework's scale configuration (which values are proficient).</source>
            <translation>የማዕቀፉ መለኪያ ቅንብር (የትኞቹ እሴቶች ብቁ እንደሆኑ)።</translation>
        </message>
        <message>
            <source>the framework's taxonomy (names of its levels): {taxonomy}.</source>
            <translation>የማዕቀፉ ምድብ (የደረጃዎቹ ስሞች)፦ {taxonomy}።</translation>
        </message>
        <message>
            <source>the own scales of {count} competencies: {ids}.</source>
            <translation>የ{count} ብቃቶች የራሳቸው መለኪያዎች፦ {ids}።</translation>
        </message>
        <message>
            <source>the completion rules of {count} competencies: {rules}.</source>
            <translation>የ{count} ብቃቶች የማጠናቀቂያ ሕጎች፦ {rules}።</translation>
        </message>
        <message>
            <source>the cross-references of {count} competencies: {refs}.</source>
            <translation>የ{count} ብቃቶች ተሻጋሪ ማጣቀሻዎች፦ {refs}።</translation>
        </message>
        <message>
            <source>the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.</source>
            <translation>የ{count} አሃድ(ዎች) እና ንጥል(ሎች) መግለጫዎች (SkillAssess ለእነሱ ምንም አያስቀምጥም)፦ {ids}።</translation>
        </message>
        <message>
            <source>the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.</source>
            <translation>የ{count} ንጥሎች፣ መስፈርቶች እና ጥልቅ ብቃቶች ID ቁጥሮች (SkillAssess 1፣ 1.1፣ ... ብሎ ይቆጥራቸዋል)፦ {ids}።</translation>
        </message>
        <message>
            <source>Not imported (no place in SkillAssess):</source>
            <translation>ያልገባ (በSkillAssess ውስጥ ቦታ የለውም)፦</translation>
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.</source>
            <translation>{file}፣ መስመር {line}፦ ፋይሉ UTF-8 ጽሑፍ አይደለም፤ CSVውን እንደ UTF-8 ያስቀምጡ (በExcel፦ CSV UTF-8፤ በLibreOffice፦ character set Unicode (UTF-8)) እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>{file}: the file is empty; choose a Moodle competency framework CSV.</source>
            <translation>{file}፦ ፋይሉ ባዶ ነው፤ የMoodle competency framework CSV ይምረጡ።</translation>
        </message>
        <message>
            <source>{where}, column ID number: the ID number is empty.</source>
            <translation>{where}፣ ዓምድ ID number፦ የID ቁጥሩ ባዶ ነው።</translation>
        </message>
        <message>
            <source>{where}: the ID number {id} appears twice (also row {other}).</source>
            <translation>{where}፦ የID ቁጥር {id} ሁለት ጊዜ ይገኛል (ረድፍ {other} ውስጥም)።</translation>
        </message>
        <message>
            <source>{where}, column Short name: the short name of {id} is empty.</source>
            <translation>{where}፣ ዓምድ Short name፦ የ{id} አጭር ስም ባዶ ነው።</translation>
        </message>
        <message>
            <source>{file}: the column Is framework is missing from row 1.</source>
            <translation>{file}፦ ዓምድ Is framework በረድፍ 1 ውስጥ የለም።</translation>
        </message>
        <message>
            <source>{file}: no framework row (a row with Is framework = 1).</source>
            <translation>{file}፦ የማዕቀፍ ረድፍ የለም (Is framework = 1 የሆነ ረድፍ)።</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parent {parent} of {id} is not in the file.</source>
            <translation>{file}፣ ረድፍ {row}፦ የ{id} ወላጅ {parent} በፋይሉ ውስጥ የለም።</translation>
        </message>
        <message>
            <source>Level 1 is above the units and has no place: {count} competencies ({ids}).</source>
            <translation>ደረጃ 1 ከአሃዶቹ በላይ ነው እና ቦታ የለውም፦ {count} ብቃቶች ({ids})።</translation>
        </message>
        <message>
            <source>Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).</source>
            <translation>ከደረጃ 1 እስከ {last} ከአሃዶቹ በላይ ናቸው እና ቦታ የላቸውም፦ {count} ብቃቶች ({ids})።</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).</source>
            <translation>ካርታ፦ ማዕቀፍ {code} → ብቃት፤ ደረጃ {u} → {units} አሃድ(ዎች) (ID number → የአሃድ ኮድ)፣ እያንዳንዱ ተመሳሳይ ርዕስ ያለው አንድ ንጥል ያለው፤ ደረጃ {e} → የዚያ ንጥል {criteria} የአፈጻጸም መስፈርቶች (አጭር ስም፣ ከዚያ መግለጫ)።</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).</source>
            <translation>ካርታ፦ ማዕቀፍ {code} → ብቃት፤ ደረጃ {u} → {units} አሃድ(ዎች) (ID number → የአሃድ ኮድ)፤ ደረጃ {e} → {elements} ንጥል(ሎች)፤ ደረጃ {c} → {criteria} የአፈጻጸም መስፈርቶች (አጭር ስም፣ ከዚያ መግለጫ)፤ የደረጃ {f} እና ከዚያ በታች ያሉ {deeper} ብቃቶች → በመስፈርታቸው ጽሑፍ ውስጥ ተካተዋል፣ እያንዳንዱ በአንድ መስመር (- አጭር ስም፦ መግለጫ)።</translation>
        </message>
        <message>
            <source>- {what}</source>
            <translation>- {what}</translation>
        </message>
        <message>
            <source>{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).</source>
            <translation>{file}፣ ረድፍ {row}፦ ከ{limit:,} ረድፎች በላይ፤ ይህን ያህል ትልቅ ማዕቀፍ የብቃት ደረጃ አይደለም (ትክክለኛው ፋይል ነው?)።</translation>
        </message>
        <message>
            <source>{where}: a second framework (the first is on row {first}); import one framework per file.</source>
            <translation>{where}፦ ሁለተኛ ማዕቀፍ (የመጀመሪያው በረድፍ {first} ላይ ነው)፤ በአንድ ፋይል አንድ ማዕቀፍ ያስገቡ።</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parents of {id} form a cycle ({cycle}).</source>
            <translation>{file}፣ ረድፍ {row}፦ የ{id} ወላጆች ዑደት ይፈጥራሉ ({cycle})።</translation>
        </message>
        <message>
            <source>This file is far too large to be a badge ({size} bytes).</source>
            <translation>ይህ ፋይል ባጅ ለመሆን እጅግ ትልቅ ነው ({size} ባይት)።</translation>
        </message>
        <message>
            <source>The badge is empty.</source>
            <translation>ባጁ ባዶ ነው።</translation>
        </message>
        <message>
            <source>This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.</source>
            <translation>ይህ በJWT መልክ ያለ ባጅ (በነጥብ የተያያዙ ሦስት base64url ክፍሎች) ወይም JSON ማስረጃ አይደለም፤ ተቀይሮ ሊሆን ይችላል።</translation>
        </message>
        <message>
            <source>it has no @context</source>
            <translation>@context የለውም</translation>
        </message>
        <message>
            <source>its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)</source>
            <translation>ዓይነቱ {types} ነው፣ OpenBadgeCredential (ወይም AchievementCredential) አይደለም</translation>
        </message>
        <message>
            <source>it names no issuer</source>
            <translation>ሰጪውን አይጠቅስም</translation>
        </message>
        <message>
            <source>it has no credentialSubject</source>
            <translation>credentialSubject የለውም</translation>
        </message>
        <message>
            <source>This file is not text: a badge is a .jwt file or a JSON credential.</source>
            <translation>ይህ ፋይል ጽሑፍ አይደለም፦ ባጅ .jwt ፋይል ወይም JSON ማስረጃ ነው።</translation>
        </message>
        <message>
            <source>The badge's JWT is not valid base64url: it was changed or damaged.</source>
            <translation>የባጁ JWT ትክክለኛ base64url አይደለም፦ ተቀይሯል ወይም ተበላሽቷል።</translation>
        </message>
        <message>
            <source>the type of its subject is {types}, not {wanted}</source>
            <translation>የባለቤቱ ዓይነት {types} ነው፣ {wanted} አይደለም</translation>
        </message>
        <message>
            <source>evidence {n} is of type {types}, not Evidence</source>
            <translation>ማስረጃ {n} ዓይነቱ {types} ነው፣ Evidence አይደለም</translation>
        </message>
        <message>
            <source>it has no validFrom (nor issuanceDate)</source>
            <translation>validFrom (ወይም issuanceDate) የለውም</translation>
        </message>
        <message>
            <source>it expired on {date}</source>
            <translation>በ{date} ጊዜው አልፏል</translation>
        </message>
        <message>
            <source>its JWT jti differs from its id</source>
            <translation>የJWT jti ከid ይለያል</translation>
        </message>
        <message>
            <source>its JWT iss differs from its issuer</source>
            <translation>የJWT iss ከሰጪው ይለያል</translation>
        </message>
        <message>
            <source>it is not valid before {date}</source>
            <translation>ከ{date} በፊት የሚሠራ አይደለም</translation>
        </message>
        <message>
            <source>Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.</source>
            <translation>እያንዳንዱን ዓረፍተ ነገር ያንብቡ እና አንድ ሳጥን ብቻ ምልክት ያድርጉ፦ ይህን መሥራት እችላለሁ (በራሴ፣ በደረጃው መሠረት)፣ በእገዛ (አንድ ሰው እየመራኝ ሠርቼዋለሁ)፣ ወይም ገና። የተሳሳተ መልስ የለም፦ መልሶችዎ መዛኙ ከእርስዎ ጋር የሚመለከተውን እንዲያቅድ ይረዳሉ።</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>ይህን መሥራት እችላለሁ</translation>
        </message>
        <message>
            <source>With help</source>
            <translation>በእገዛ</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ገና</translation>
        </message>
        <message>
            <source>{regno} · {qualification} · self-assessment</source>
            <translation>{regno} · {qualification} · የራስ ምዘና</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ቀን</translation>
        </message>
        <message>
            <source>the Open Badges of certificates (.jwt)</source>
            <translation>የምስክር ወረቀቶች Open Badges (.jwt)</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} ሊነበብ አይችልም፦ {reason}</translation>
        </message>
        <message>
            <source>Self-assessment checklist</source>
            <translation>የራስ ምዘና ማረጋገጫ ዝርዝር</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>የምዝገባ ቁጥር</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Candidate's signature</source>
            <translation>የተመዛኙ ፊርማ</translation>
        </message>
        <message>
            <source>Assessor's signature</source>
            <translation>የመዛኙ ፊርማ</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file}፦ የሥራ መጽሐፉ ተበላሽቷል ({where} ሊፈታ አይችልም)፤ ምንም አልተለወጠም። በExcel ወይም በLibreOffice ይክፈቱት፣ እንደገና ያስቀምጡት እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).</source>
            <translation>{file} ሊነበብ የሚችል የExcel የሥራ መጽሐፍ (.xlsx) አይደለም፦ የሥራ መጽሐፍ ክፍል የለውም (ስሙ .xlsx ተብሎ የተቀየረ ሌላ ዓይነት ሰነድ ነው?)።</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.</source>
            <translation>{file}፦ የሥራ መጽሐፉ ተበላሽቷል ወይም ቀላል የExcel ፋይል አይደለም (የሉሆቹ ዝርዝር ሊነበብ አይችልም)፤ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).</source>
            <translation>{file} ሊነበብ የሚችል የExcel የሥራ መጽሐፍ (.xlsx) አይደለም፦ የZIP ጥቅል አይደለም፤ ከExcel ወይም ከLibreOffice እንደ Excel የሥራ መጽሐፍ (.xlsx) ያስቀምጡት።</translation>
        </message>
        <message>
            <source>{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.</source>
            <translation>{file}፦ የሥራ መጽሐፉ {count:,} ክፍሎች አሉት፣ የትኛውም የተመን ሉህ ከሚኖረው በላይ፤ ውድቅ ተደርጓል፣ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.</source>
            <translation>{file}፦ የሥራ መጽሐፉ ሲፈታ ወደ {size} MB ይሰፋል፣ አንድ ማስገባት ከሚወስደው {limit} MB በላይ፤ ምንም አልተለወጠም። ትክክለኛው ፋይል ነው? በጣም ትልቅ ዝርዝርን በብዙ ፋይሎች ይከፋፍሉ።</translation>
        </message>
        <message>
            <source>{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.</source>
            <translation>{file}፦ የሥራ መጽሐፉ አንድ ክፍል ({part}) {ratio:,} ለ1 ተጨምቋል፣ ከየትኛውም የተመን ሉህ እጅግ በላይ፤ ፋይሉ ሊሆን የሚችል የzip ቦምብ ተብሎ ውድቅ ተደርጓል፣ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.</source>
            <translation>{file}፦ የሥራ መጽሐፉ ጽሑፍ ወደ {size} MB ይሰፋል፣ አንድ ማስገባት ከሚወስደው {limit} MB በላይ፤ ምንም አልተለወጠም። በጣም ትልቅ ዝርዝርን በብዙ ፋይሎች ይከፋፍሉ።</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.</source>
            <translation>{file}፦ ሉህ {sheet} ከ{limit:,} በላይ ረድፎች አሉት (ባዶ ረድፎችም ይቆጠራሉ)፤ በአንድ ጊዜ ቢበዛ {limit:,} ሊገቡ ይችላሉ፣ ምንም አልተለወጠም። ከዝርዝሩ በታች ያሉትን ባዶ ረድፎች ይሰርዙ፣ ወይም ዝርዝሩን በብዙ ፋይሎች ይከፋፍሉ።</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>{file}፦ የሥራ መጽሐፉ ተበላሽቷል፦ {where} የቁጥጥር ምልክት {code} (ባይት {offset:,}) ይዟል፣ የተመን ሉህ ፈጽሞ የማይጽፈው፤ ምንም አልተለወጠም። በExcel ወይም በLibreOffice ይክፈቱት፣ እንደገና ያስቀምጡት እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>{values}</source>
            <translation>{values}</translation>
        </message>
        <message>
            <source>Information and counselling</source>
            <translation>መረጃ እና ምክር</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>ብቁነት</translation>
        </message>
        <message>
            <source>Portfolio of evidence</source>
            <translation>የማስረጃ ማህደር</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>ማረጋገጫ መስጠት</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>ሴት</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ወንድ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>አዎ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>አይ</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>አልተገለጸም</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>ብሔራዊ መታወቂያ</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>ፓስፖርት</translation>
        </message>
        <message>
            <source>Refugee ID</source>
            <translation>የስደተኛ መታወቂያ</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>ሌላ ሰነድ</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>ሰነድ የለም</translation>
        </message>
        <message>
            <source>RPL</source>
            <translation>RPL</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>አስተዳዳሪ</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>ሬጅስትራር</translation>
        </message>
        <message>
            <source>Qualification certificate</source>
            <translation>የብቃት የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>የክንውን ማረጋገጫ</translation>
        </message>
        <message>
            <source>{text}</source>
            <translation>{text}</translation>
        </message>
        <message>
            <source>A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.</source>
            <translation>በ{tables} ላይ የተደረገ ለውጥ በኦዲት መዝገቡ ውስጥ አልተመዘገበም፣ ስለዚህ አልተቀመጠም። ይህ የSkillAssess ጉድለት ነው፦ እባክዎ ሪፖርት ያድርጉት።</translation>
        </message>
        <message>
            <source>A change to {table} could not be followed for the audit log; nothing was saved.</source>
            <translation>በ{table} ላይ የተደረገ ለውጥ ለኦዲት መዝገቡ ሊከታተል አልተቻለም፤ ምንም አልተቀመጠም።</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.</source>
            <translation>{table} ({record})፦ የኦዲት መዝገቡ (ግቤት {entry}) መሰረዙን ይመዘግባል፤ ነገር ግን በመረጃ ቋቱ ውስጥ አለ።</translation>
        </message>
        <message>
            <source>The audit log is intact: {count} entries checked, and {records} records match it.</source>
            <translation>የኦዲት መዝገቡ ያልተነካ ነው፦ {count} ግቤቶች ተፈትሸዋል፣ {records} መዝገቦችም ይስማማሉ።</translation>
        </message>
        <message>
            <source>{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.</source>
            <translation>{table} ({record})፣ {field}፦ የኦዲት መዝገቡ (ግቤት {entry}) {audited} ይላል፤ የመረጃ ቋቱ {found} ይዟል።</translation>
        </message>
        <message>
            <source>{table} ({record}): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>{table} ({record})፦ ይህን መዝገብ የሚመዘግብ የኦዲት ግቤት የለም፤ ከSkillAssess ውጭ ተጨምሯል።</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.</source>
            <translation>{table} ({record})፦ የኦዲት መዝገቡ (ግቤት {entry}) ይመዘግበዋል፤ ነገር ግን በመረጃ ቋቱ ውስጥ የለም፤ ከSkillAssess ውጭ ተሰርዟል።</translation>
        </message>
        <message>
            <source>The audit log is broken at entry {entry}: {problem}.</source>
            <translation>የኦዲት መዝገቡ በግቤት {entry} ላይ ተሰብሯል፦ {problem}።</translation>
        </message>
        <message>
            <source>{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.</source>
            <translation>{count} መዝገቦች የኦዲት መዝገቡ ከሚለው ይለያሉ፦ ከSkillAssess ውጭ ተለውጠዋል።</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… እና ሌሎች {count}።</translation>
        </message>
        <message>
            <source>The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).</source>
            <translation>ፍተሻው ለSQLite የመረጃ ቋት ፋይሎች ነው፤ ለ{name} የአገልጋዩን የራሱን መሣሪያዎች ይጠቀሙ (pg_amcheck)።</translation>
        </message>
        <message>
            <source>{path} is not a SkillAssess database (it is not a SQLite file).</source>
            <translation>{path} የSkillAssess የመረጃ ቋት አይደለም (የSQLite ፋይል አይደለም)።</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({reason}); nothing was kept of it.</source>
            <translation>ምትኬው ወደ {folder} ሊጻፍ አልቻለም ({reason})፤ ከእሱ ምንም አልተቀመጠም።</translation>
        </message>
        <message>
            <source>The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.</source>
            <translation>ምትኬው በቦታው ሊቀመጥ አልቻለም ({reason})። የመረጃ ቋቱ በተከፈተበት ቦታ ሁሉ SkillAssessን ይዝጉ እና እንደገና ይሞክሩ።</translation>
        </message>
        <message>
            <source>The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.</source>
            <translation>ምትኬው ወደ ሁለተኛው አቃፊ {folder} ሊገለበጥ አልቻለም ({reason})፤ በመረጃ አቃፊው ውስጥ ብቻ ነው።</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.</source>
            <translation>{archive} ሊመለስ አይችልም፦ የኦዲት መዝገቡ ተሰብሯል ({problem})። ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.</source>
            <translation>ይህ ባጅ ይህ የመረጃ ቋት በሚያውቀው ማዕከል አልተሰጠም (ሰጪ፦ {issuer})፤ {why} ሰጪውን ወይም የሚያምነውን አረጋጋጭ እንዲያረጋግጥ ይጠይቁ።</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is genuine and in force.</source>
            <translation>የምስክር ወረቀት {serial} ባጅ እውነተኛና በሥራ ላይ ያለ ነው።</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it gets no badge.</source>
            <translation>የምስክር ወረቀት {serial} ተሰርዟል ({reason})፤ ባጅ አይሰጠውም።</translation>
        </message>
        <message>
            <source>Choose at least one certificate.</source>
            <translation>ቢያንስ አንድ የምስክር ወረቀት ይምረጡ።</translation>
        </message>
        <message>
            <source>No badge was written:</source>
            <translation>ምንም ባጅ አልተጻፈም፦</translation>
        </message>
        <message>
            <source>{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.</source>
            <translation>{path}፦ ባጅ የሚጻፈው እንደ .jwt ፋይል ነው (ቦርሳዎች የሚያስገቡት የተፈረመ ማስረጃ)፤ .json ፋይል ማስረጃውን ያለ ፊርማው ይይዛል። FILE.jwt፣ FILE.zip ወይም አቃፊ ይስጡ።</translation>
        </message>
        <message>
            <source>{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).</source>
            <translation>{path}፦ FILE.jwt (አንድ የምስክር ወረቀት)፣ FILE.zip ወይም አቃፊ (ለእያንዳንዱ የምስክር ወረቀት አንድ .jwt) ይስጡ።</translation>
        </message>
        <message>
            <source>The badge is signed with a registered centre's key but names no certificate.</source>
            <translation>ባጁ በተመዘገበ ማዕከል ቁልፍ ተፈርሟል ግን ምንም የምስክር ወረቀት አይጠቅስም።</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states something else than the certificate {serial} it carries.</source>
            <translation>የባጁ ፊርማ ትክክለኛ ነው፣ ነገር ግን ከያዘው የምስክር ወረቀት {serial} የተለየ ነገር ይገልጻል።</translation>
        </message>
        <message>
            <source>This badge is not valid: {problems}.</source>
            <translation>ይህ ባጅ ትክክለኛ አይደለም፦ {problems}።</translation>
        </message>
        <message>
            <source>its proof ({kinds}) cannot be checked here.</source>
            <translation>ማረጋገጫው ({kinds}) እዚህ ሊፈተሽ አይችልም።</translation>
        </message>
        <message>
            <source>it carries no proof at all.</source>
            <translation>ምንም ማረጋገጫ የለውም።</translation>
        </message>
        <message>
            <source>it is signed with {alg}, and no key here can check it.</source>
            <translation>በ{alg} ተፈርሟል፣ እዚህ ያለ ምንም ቁልፍ ሊያረጋግጠው አይችልም።</translation>
        </message>
        <message>
            <source>its JWT names no Ed25519 key.</source>
            <translation>JWT-ው ምንም Ed25519 ቁልፍ አይጠቅስም።</translation>
        </message>
        <message>
            <source>its key {key} is not one of this centre's keys.</source>
            <translation>ቁልፉ {key} ከዚህ ማዕከል ቁልፎች አንዱ አይደለም።</translation>
        </message>
        <message>
            <source>The badge's signature does not match its content: it was changed or forged.</source>
            <translation>የባጁ ፊርማ ከይዘቱ ጋር አይዛመድም፦ ተቀይሯል ወይም ተጭበርብሯል።</translation>
        </message>
        <message>
            <source>The badge is signed with this centre's key but names no certificate.</source>
            <translation>ባጁ በዚህ ማዕከል ቁልፍ ተፈርሟል ግን ምንም የምስክር ወረቀት አይጠቅስም።</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states another {fields} than the register entry of {serial}.</source>
            <translation>የባጁ ፊርማ ትክክለኛ ነው፣ ነገር ግን ከ{serial} የመዝገብ ግቤት የተለየ {fields} ይገልጻል።</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is revoked: {reason}</source>
            <translation>የምስክር ወረቀት {serial} ባጅ ተሰርዟል፦ {reason}</translation>
        </message>
        <message>
            <source>{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.</source>
            <translation>{path}፦ አንድ .jwt ፋይል አንድ ባጅ ይይዛል፤ ለ{count} የምስክር ወረቀቶች አቃፊ ወይም .zip ፋይል ይስጡ።</translation>
        </message>
        <message>
            <source>This is not a readable badge: {problem}</source>
            <translation>ይህ የሚነበብ ባጅ አይደለም፦ {problem}</translation>
        </message>
        <message>
            <source>This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.</source>
            <translation>ይህ ማስረጃ የSkillAssess የምስክር ወረቀት ይጠቅሳል ግን ፊርማ የለውም፦ ሊረጋገጥ የሚችለው ማዕከሉ የጻፈው .jwt ፋይል ብቻ ነው።</translation>
        </message>
        <message>
            <source>The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.</source>
            <translation>ባጁ የተፈረመው በቁልፍ {key} ነው፣ እሱም የዚህ ማዕከል የታመነ ቁልፍ አይደለም፦ {problem}። ይህን ባጅ አይቀበሉ።</translation>
        </message>
        <message>
            <source>Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.</source>
            <translation>ያልታወቀ የምስክር ወረቀት፦ የባጁ ፊርማ እውነተኛ ነው (ቁልፍ {key})፣ ነገር ግን የምስክር ወረቀት {serial} በዚህ የመረጃ ቋት መዝገብ ውስጥ የለም።</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.</source>
            <translation>ከ{file} ምንም አልገባም፦ ፋይሉ እየተፈተሸ ሳለ ብቃት {code} ተተክቷል፤ ፋይሉን እንደገና ያስገቡ።</translation>
        </message>
        <message>
            <source>it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.</source>
            <translation>{length} ፊደላት አሉት፤ የQR ኮዶች ሊነበቡ እንዲችሉ ቢበዛ {limit} ፊደላት ያለው አድራሻ ይጠቀሙ።</translation>
        </message>
        <message>
            <source>use a web address without spaces or accented letters, for example {example}</source>
            <translation>ያለ ክፍተቶች ወይም ያለ ትእምርተ ፊደላት የድር አድራሻ ይጠቀሙ፣ ለምሳሌ {example}</translation>
        </message>
        <message>
            <source>this is not a web address; write it as {example}</source>
            <translation>ይህ የድር አድራሻ አይደለም፤ እንደ {example} ይጻፉት</translation>
        </message>
        <message>
            <source>the host name {host} is not a public web address, for example {example}</source>
            <translation>የአስተናጋጅ ስም {host} የወል የድር አድራሻ አይደለም፣ ለምሳሌ {example}</translation>
        </message>
        <message>
            <source>the address may not contain ? or # (the certificate is added after #).</source>
            <translation>አድራሻው ? ወይም # ሊይዝ አይችልም (የምስክር ወረቀቱ ከ# በኋላ ይጨመራል)።</translation>
        </message>
        <message>
            <source>the address must end with / (for example {example})</source>
            <translation>አድራሻው በ/ መጨረስ አለበት (ለምሳሌ {example})</translation>
        </message>
        <message>
            <source>The centre is not set up yet (name, code, country); an administrator sets it up first.</source>
            <translation>ማዕከሉ እስካሁን አልተዋቀረም (ስም፣ ኮድ፣ አገር)፤ መጀመሪያ አስተዳዳሪ ያዋቅረዋል።</translation>
        </message>
        <message>
            <source>the address must start with https:// (http:// only for localhost), for example {example}</source>
            <translation>አድራሻው በhttps:// መጀመር አለበት (http:// ለlocalhost ብቻ)፣ ለምሳሌ {example}</translation>
        </message>
        <message>
            <source>Centre name</source>
            <translation>የማዕከሉ ስም</translation>
        </message>
        <message>
            <source>enter the centre's name.</source>
            <translation>የማዕከሉን ስም ያስገቡ።</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>የማዕከል ኮድ</translation>
        </message>
        <message>
            <source>1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.</source>
            <translation>ከ1 እስከ 20 ፊደላት፣ አሃዞች ወይም ሰረዞች (ለምሳሌ ACC)፤ እያንዳንዱን የምስክር ወረቀት ተከታታይ ቁጥር ይጀምራል።</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ሀገር</translation>
        </message>
        <message>
            <source>the two-letter ISO code, for example GH, ET or LB.</source>
            <translation>ባለሁለት ፊደል የISO ኮድ፣ ለምሳሌ GH፣ ET ወይም LB።</translation>
        </message>
        <message>
            <source>Verification address</source>
            <translation>የማረጋገጫ አድራሻ</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>ፈራሚዎች</translation>
        </message>
        <message>
            <source>a certificate has room for {limit} signatories; remove {extra}.</source>
            <translation>የምስክር ወረቀት ለ{limit} ፈራሚዎች ቦታ አለው፤ {extra} ያስወግዱ።</translation>
        </message>
        <message>
            <source>The centre settings were not saved:</source>
            <translation>የማዕከሉ ቅንብሮች አልተቀመጡም፦</translation>
        </message>
        <message>
            <source>There is no signatory {n}; the centre has {count}.</source>
            <translation>ፈራሚ {n} የለም፤ ማዕከሉ {count} አለው።</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>አርማ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>አድራሻ</translation>
        </message>
        <message>
            <source>Signatory {n}</source>
            <translation>ፈራሚ {n}</translation>
        </message>
        <message>
            <source>enter the name, or remove the signatory.</source>
            <translation>ስሙን ያስገቡ፣ ወይም ፈራሚውን ያስወግዱ።</translation>
        </message>
        <message>
            <source>{lang} is not a certificate language.</source>
            <translation>{lang} የምስክር ወረቀት ቋንቋ አይደለም።</translation>
        </message>
        <message>
            <source>Signatory {n}, signature</source>
            <translation>ፈራሚ {n}፣ ፊርማ</translation>
        </message>
        <message>
            <source>Signatory {n}, title ({lang})</source>
            <translation>ፈራሚ {n}፣ ማዕረግ ({lang})</translation>
        </message>
        <message>
            <source>{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).</source>
            <translation>{path}፦ ፋይሉ በ.pdf (አንድ PDF) ወይም በ.zip (ለእያንዳንዱ የምስክር ወረቀት አንድ PDF) መጨረስ አለበት።</translation>
        </message>
        <message>
            <source>No certificate was reprinted.</source>
            <translation>ምንም የምስክር ወረቀት እንደገና አልታተመም።</translation>
        </message>
        <message>
            <source>No certificate was issued.</source>
            <translation>ምንም የምስክር ወረቀት አልተሰጠም።</translation>
        </message>
        <message>
            <source>{problem} {nothing}</source>
            <translation>{problem} {nothing}</translation>
        </message>
        <message>
            <source>Certificate {serial} is genuine and in force (issued by the registered centre {centre}).</source>
            <translation>የምስክር ወረቀት {serial} እውነተኛ እና በሥራ ላይ ያለ ነው (በተመዘገበው ማዕከል {centre} የተሰጠ)።</translation>
        </message>
        <message>
            <source>Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it.</source>
            <translation>ያልታወቀ የምስክር ወረቀት፦ ፊርማው እውነተኛ ነው (ቁልፍ {key})፣ ነገር ግን የምስክር ወረቀት {serial} በዚህ የመረጃ ቋት መዝገብ ውስጥ የለም። ሊያረጋግጠው የሚችለው የሰጠው ማዕከል መዝገብ ብቻ ነው።</translation>
        </message>
        <message>
            <source>The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.</source>
            <translation>የምስክር ወረቀት {serial} የመዝገብ ግቤት ከSkillAssess ውጭ ተለውጧል ({problem})፤ ሊረጋገጥ አይችልም። አስተዳዳሪ skillassess audit verify ያሂድ።</translation>
        </message>
        <message>
            <source>The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.</source>
            <translation>የባጁ ቁልፍ ትክክለኛ Ed25519 ቁልፍ (jwk ወይም did:key) አይደለም፦ ተቀይሯል ወይም ተበላሽቷል።</translation>
        </message>
        <message>
            <source>The badge is not a JSON object in UTF-8: it was changed or damaged.</source>
            <translation>ባጁ በUTF-8 የተጻፈ JSON ነገር አይደለም፦ ተቀይሯል ወይም ተበላሽቷል።</translation>
        </message>
        <message>
            <source>a date in it is not a date and time ({date})</source>
            <translation>በውስጡ ያለ ቀን ትክክለኛ ቀንና ሰዓት አይደለም ({date})</translation>
        </message>
        <message>
            <source>The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.</source>
            <translation>ፊርማው እውነተኛ ነው (የማዕከሉ {centre} ቁልፍ {key})፣ ነገር ግን የምስክር ወረቀት {serial} ብሔራዊ መዝገቡ ላይ አልደረሰም፦ እዚህ የገባ የ{centre} ጥቅል አይዘረዝረውም።</translation>
        </message>
        <message>
            <source>Certificate {serial} of the centre {centre} was revoked: {reason}</source>
            <translation>የማዕከሉ {centre} የምስክር ወረቀት {serial} ተሽሯል፦ {reason}</translation>
        </message>
        <message>
            <source>The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.</source>
            <translation>መረጃው የተፈረመው በቁልፍ {key} ነው፣ ይህም የዚህ ማዕከል የታመነ ቁልፍ አይደለም፦ {problem}። ይህን የምስክር ወረቀት አይቀበሉ።</translation>
        </message>
        <message>
            <source>Choose at least one candidate to certify.</source>
            <translation>የምስክር ወረቀት የሚሰጠው ቢያንስ አንድ ተመዛኝ ይምረጡ።</translation>
        </message>
        <message>
            <source>No certificate was issued:</source>
            <translation>ምንም የምስክር ወረቀት አልተሰጠም፦</translation>
        </message>
        <message>
            <source>No certificate was printed:</source>
            <translation>ምንም የምስክር ወረቀት አልታተመም፦</translation>
        </message>
        <message>
            <source>{regno}: {code} is chosen twice.</source>
            <translation>{regno}፦ {code} ሁለት ጊዜ ተመርጧል።</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it cannot be printed.</source>
            <translation>የምስክር ወረቀት {serial} ተሽሯል ({reason})፤ ሊታተም አይችልም።</translation>
        </message>
        <message>
            <source>Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.</source>
            <translation>የቅርብ ጊዜውን ምትኬ ይመልሱ (skillassess restore FILE)፣ ወይም አስተዳዳሪ መጥፋቱን ይመዝግብ (skillassess audit accept-loss፣ ወይም በኦዲት መዝገብ ገጽ ላይ መዝገቡን ፈትሽ)፤ እስከዚያ ምንም ነገር ሊቀመጥ አይችልም።</translation>
        </message>
        <message>
            <source>The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.</source>
            <translation>የ{at} የኦዲት ማረጋገጫ ነጥብ ({expected} ግቤቶች፣ በቁልፍ {key} የተፈረመ) በመዝገቡ ውስጥ ይገኛል፤ ከዚያ ወዲህ {added} ግቤቶች ተጨምረዋል።</translation>
        </message>
        <message>
            <source>The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}</source>
            <translation>{at} የተጻፈው የኦዲት ማረጋገጫ ነጥብ {expected} የኦዲት ግቤቶችን ይመዘግባል፤ የመረጃ ቋቱ ግን {found} ይዟል፦ የቅርብ ጊዜዎቹ ለውጦች የሉም (ከብልሽት በኋላ የጠፋ -wal ፋይል፣ እየተጻፈ ሳለ የተገለበጠ የመረጃ ቋት ቅጂ፣ ወይም የተሰረዙ ግቤቶች)። {hint}</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}</source>
            <translation>የኦዲት መዝገቡ የ{at} ማረጋገጫ ነጥቡ የሚመዘግባቸውን ግቤቶች ከእንግዲህ አይዝም (ግቤት {entry} ይለያል)፦ መዝገቡ እንደገና ተጽፏል ወይም ተተክቷል። {hint}</translation>
        </message>
        <message>
            <source>The audit log holds its checkpoint.</source>
            <translation>የኦዲት መዝገቡ ማረጋገጫ ነጥቡን ይዟል።</translation>
        </message>
        <message>
            <source>There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ ({path}) የለም፤ ስለዚህ የመዝገቡ የቅርብ ጊዜ ግቤቶች መወገድ ሊታወቅ አልተቻለም። SkillAssess ከእያንዳንዱ ለውጥ በኋላ ይጽፈዋል፤ የመረጃ ቋቱን ከገለበጡ የ.checkpoint ፋይሉንም አብረው ይገልብጡ።</translation>
        </message>
        <message>
            <source>The audit log holds every entry its checkpoint records: there is no loss to record.</source>
            <translation>የኦዲት መዝገቡ ማረጋገጫ ነጥቡ የሚመዘግበውን እያንዳንዱን ግቤት ይዟል፦ የሚመዘገብ መጥፋት የለም።</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>የኦዲት መዝገቡ ባዶ ነው፤ እስካሁን ማረጋገጫ ነጥብ የለም።</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ {path} ሊነበብ አይችልም፤ ጥቅም ላይ አልዋለም። ቀጣዩ ለውጥ አዲስ ይጽፋል።</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ {path} ይህ ኮምፒውተር በማያውቀው ቁልፍ ተፈርሟል (የሌላ ኮምፒውተር የማረጋገጫ ነጥብ ቁልፍ፣ ወይም ፋይሉ ተተክቷል)፤ ጥቅም ላይ አልዋለም። ቀጣዩ ለውጥ አዲስ ይጽፋል።</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.</source>
            <translation>የኦዲት ማረጋገጫ ነጥብ {path} ከፊርማው ጋር አይስማማም፦ ከSkillAssess ውጭ ተለውጧል።</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}; see skillassess exchange partners.</source>
            <translation>የተመዘገበ ማዕከል ኮድ {code} የለውም፤ skillassess exchange partners ይመልከቱ።</translation>
        </message>
        <message>
            <source>An exchange bundle's file name ends in .sabundle: {file}</source>
            <translation>የልውውጥ ጥቅል የፋይል ስም በ.sabundle ይጨርሳል፦ {file}</translation>
        </message>
        <message>
            <source>The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.</source>
            <translation>የናሙና መጠኑ ከ0 በላይ እና ቢበዛ 1 የሆነ ክፍልፋይ ነው፣ ለምሳሌ 0.1 ለ10 %።</translation>
        </message>
        <message>
            <source>The minimum sample size cannot be negative.</source>
            <translation>ዝቅተኛው የናሙና መጠን አሉታዊ ሊሆን አይችልም።</translation>
        </message>
        <message>
            <source>A moderation outcome is confirmed or not_confirmed, not {outcome}.</source>
            <translation>የውጤት ማጣራት ውጤት confirmed ወይም not_confirmed ነው እንጂ {outcome} አይደለም።</translation>
        </message>
        <message>
            <source>There is no sampled result {id} to moderate.</source>
            <translation>የሚጣራ በናሙና የተወሰደ ውጤት {id} የለም።</translation>
        </message>
        <message>
            <source>Say why the result is not confirmed (the notes travel back to the centre).</source>
            <translation>ውጤቱ ለምን እንዳልተረጋገጠ ይግለጹ (ማስታወሻዎቹ ወደ ማዕከሉ ይመለሳሉ)።</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}.</source>
            <translation>የተመዘገበ ማዕከል ኮድ {code} የለውም።</translation>
        </message>
        <message>
            <source>{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.</source>
            <translation>{file}፦ ቁልፎቹ የፈረመውን ቁልፍ {key} አይዙም፣ ወይም በተሳሳተ መለያ ይዘውታል፤ ምንም አልገባም።</translation>
        </message>
        <message>
            <source>{file} has no keys member; nothing was imported.</source>
            <translation>{file} የቁልፎች አባል የለውም፤ ምንም አልገባም።</translation>
        </message>
        <message>
            <source>{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.</source>
            <translation>{file}፦ ቁልፎቹ የ{owner} ናቸው እንጂ የላኪው {code} አይደሉም፤ ምንም አልገባም።</translation>
        </message>
        <message>
            <source>{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.</source>
            <translation>{file}፦ የማውጫው ፊርማ አይጸናም፦ ጥቅሉ ከተፈረመ በኋላ ተለውጧል፤ ምንም አልገባም።</translation>
        </message>
        <message>
            <source>The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.</source>
            <translation>የጻፉት የጣት አሻራ {file}ን ከፈረመው ቁልፍ {key} ({fingerprint}) ጋር አይዛመድም። አይመዝግቡት፦ {name}ን የጣት አሻራውን እንደገና ይጠይቁ።</translation>
        </message>
        <message>
            <source>{file} was made by this database's own centre ({code}); there is nothing to register.</source>
            <translation>{file} የተሠራው በዚህ የመረጃ ቋት የራሱ ማዕከል ({code}) ነው፤ የሚመዘገብ ምንም ነገር የለም።</translation>
        </message>
        <message>
            <source>{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.</source>
            <translation>{code} እዚህ እንደ {role} ተመዝግቧል፣ ነገር ግን {file}ን የላከው እንደ {other} ነው፤ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>The key {key} of {file} is registered here for another partner; nothing was changed.</source>
            <translation>የ{file} ቁልፍ {key} እዚህ ለሌላ አጋር ተመዝግቧል፤ ምንም አልተለወጠም።</translation>
        </message>
        <message>
            <source>No centre {code} is registered in this database.</source>
            <translation>{code} የተባለ ማዕከል በዚህ የመረጃ ቋት አልተመዘገበም።</translation>
        </message>
        <message>
            <source>The register holds no candidate {reg} of the centre {code}.</source>
            <translation>መዝገቡ የማዕከል {code} ተመዛኝ {reg} የለውም።</translation>
        </message>
        <message>
            <source>No candidate with the id {id} is in the register.</source>
            <translation>መለያው {id} የሆነ ተመዛኝ በመዝገቡ ውስጥ የለም።</translation>
        </message>
        <message>
            <source>Sign in first: every export and read of personal data names who made it.</source>
            <translation>መጀመሪያ ይግቡ፦ እያንዳንዱ የግል መረጃ መላክ እና ንባብ ያደረገውን ይጠቅሳል።</translation>
        </message>
        <message>
            <source>no audit entry records key {key}: it was added outside SkillAssess</source>
            <translation>ቁልፍ {key}ን የሚመዘግብ የኦዲት ግቤት የለም፦ ከSkillAssess ውጭ ተጨምሯል</translation>
        </message>
        <message>
            <source>its audit entry {entry} was changed</source>
            <translation>የኦዲት ግቤቱ {entry} ተለውጧል</translation>
        </message>
        <message>
            <source>it was not made trusted by an administrator (audit entry {entry})</source>
            <translation>በአስተዳዳሪ የታመነ አልተደረገም (የኦዲት ግቤት {entry})</translation>
        </message>
        <message>
            <source>its record differs from audit entry {entry} ({problem})</source>
            <translation>መዝገቡ ከኦዲት ግቤት {entry} ይለያል ({problem})</translation>
        </message>
        <message>
            <source>This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.</source>
            <translation>ይህ ማዕከል እስካሁን የምስክር ወረቀት የፊርማ ቁልፍ የለውም፤ ስለዚህ ምንም ሊፈረም አይችልም። አስተዳዳሪ አንድ ይፍጠር፦ በተጠቃሚዎች ገጽ ላይ፣ የፊርማ ቁልፎች…፣ ከዚያ ቁልፍ ፍጠር፤ ወይም skillassess keys create --user ስም።</translation>
        </message>
        <message>
            <source>The checkpoint key {path} cannot be read.</source>
            <translation>የማረጋገጫ ነጥብ ቁልፉ {path} ሊነበብ አይችልም።</translation>
        </message>
        <message>
            <source>The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate).</source>
            <translation>የማዕከሉ የፊርማ ቁልፍ {key} የግል ቁልፍ በዚህ ኮምፒውተር ላይ የለም ({file} መሆን ነበረበት)። ቁልፉ ከተፈጠረበት ኮምፒውተር ያንን ፋይል ይገልብጡ፣ ወይም አስተዳዳሪ እዚህ ቁልፉን ይቀይር (skillassess keys rotate)።</translation>
        </message>
        <message>
            <source>The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).</source>
            <translation>ማዕከሉ ቀድሞውኑ የፊርማ ቁልፍ አለው ({key})፤ ለመተካት ይቀይሩት (skillassess keys rotate)።</translation>
        </message>
        <message>
            <source>There is no trusted signing key to rotate; create one (skillassess keys create).</source>
            <translation>የሚቀየር የታመነ የፊርማ ቁልፍ የለም፤ አንድ ይፍጠሩ (skillassess keys create)።</translation>
        </message>
        <message>
            <source>its public key is damaged</source>
            <translation>የወል ቁልፉ ተበላሽቷል</translation>
        </message>
        <message>
            <source>There is no such assessment (it may have been deleted meanwhile).</source>
            <translation>እንደዚህ ያለ ምዘና የለም (በመሀል ተሰርዞ ሊሆን ይችላል)።</translation>
        </message>
        <message>
            <source>There is no such assessment or performance criterion (it may have been deleted meanwhile).</source>
            <translation>እንደዚህ ያለ ምዘና ወይም የአፈጻጸም መስፈርት የለም (በመሀል ተሰርዞ ሊሆን ይችላል)።</translation>
        </message>
        <message>
            <source>Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.</source>
            <translation>መስፈርት {number} የ{candidate} በ{unit} የአሃድ ስሪት መስፈርት አይደለም።</translation>
        </message>
        <message>
            <source>Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.</source>
            <translation>የምዘና {assessment} መስፈርት {number} ከከፈቱት በኋላ በሌላ ሰው ተለውጧል፦ አሁን {now} ነው። የእርስዎ እሴት አልተቀመጠም፤ ሕዋሱን እንደገና ይመልከቱ እና ሊተካው የሚገባ ከሆነ እሴትዎን አንድ ጊዜ ደግመው ይጻፉ።</translation>
        </message>
        <message>
            <source>Nothing was saved in assessment {id}:</source>
            <translation>በምዘና {id} ውስጥ ምንም አልተቀመጠም፦</translation>
        </message>
        <message>
            <source>{unit} has no criterion {number}.</source>
            <translation>{unit} መስፈርት {number} የለውም።</translation>
        </message>
        <message>
            <source>Criterion {number} is given twice with different results.</source>
            <translation>መስፈርት {number} በተለያዩ ውጤቶች ሁለት ጊዜ ተሰጥቷል።</translation>
        </message>
        <message>
            <source>The {what} code: {problem}</source>
            <translation>የ{what} ኮድ፦ {problem}</translation>
        </message>
        <message>
            <source>The {what} title: {problem}</source>
            <translation>የ{what} ርዕስ፦ {problem}</translation>
        </message>
        <message>
            <source>This item cannot be removed: {kind}.</source>
            <translation>ይህ ንጥል ሊወገድ አይችልም፦ {kind}።</translation>
        </message>
        <message>
            <source>This item cannot be moved: {kind}.</source>
            <translation>ይህ ንጥል ሊንቀሳቀስ አይችልም፦ {kind}።</translation>
        </message>
        <message>
            <source>Only a qualification or a unit has versions, not a {kind}.</source>
            <translation>ስሪቶች ያሉት ብቃት ወይም አሃድ ብቻ ነው፤ {kind} አይደለም።</translation>
        </message>
        <message>
            <source>Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.</source>
            <translation>የተጠቃሚ ስም ወይም የይለፍ ቃል ስህተት ነው፣ ወይም መለያው ከ{attempts} የተሳሳቱ የይለፍ ቃላት በኋላ ተቆልፏል። የተቆለፈ መለያ ከ{minutes} ደቂቃዎች በኋላ እንደገና ይከፈታል፤ አስተዳዳሪ የይለፍ ቃሉን በማደስ ቀደም ብሎ ሊከፍተው ይችላል።</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be made: {reason}</source>
            <translation>አቃፊ {folder} ሊፈጠር አልቻለም፦ {reason}</translation>
        </message>
        <message>
            <source>{field}: {path}: {problem}</source>
            <translation>{field}፦ {path}፦ {problem}</translation>
        </message>
        <message>
            <source>{field}: {path} cannot be read ({reason}).</source>
            <translation>{field}፦ {path} ሊነበብ አይችልም ({reason})።</translation>
        </message>
    </context>
    <context>
        <name>NewItemDialog</name>
        <message>
            <source>To add a unit that exists already, give its code; the title is then not needed.</source>
            <translation>ቀድሞ ያለ አሃድ ለመጨመር ኮዱን ይስጡ፤ ያኔ ርዕሱ አያስፈልግም።</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;ኮድ</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;ርዕስ</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;ምድብ</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>ሁለቱ የይለፍ ቃላት ይለያያሉ፤ እንደገና ይጻፏቸው።</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>የይለፍ ቃሉ ቢያንስ %1 ፊደላት ያስፈልጉታል።</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Progress: %1</source>
            <translation>ሂደት፦ %1</translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message>
            <source>Packaging rules met: a full qualification certificate can be issued.</source>
            <translation>የጥቅል ደንቦቹ ተሟልተዋል፦ ሙሉ የብቃት የምስክር ወረቀት ሊሰጥ ይችላል።</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved: a statement of attainment can be issued.</source>
            <translation>
                <numerusform>%n አሃድ ተገኝቷል፦ የክንውን ማረጋገጫ ሊሰጥ ይችላል።</numerusform>
                <numerusform>%n አሃዶች ተገኝተዋል፦ የክንውን ማረጋገጫ ሊሰጥ ይችላል።</numerusform>
            </translation>
        </message>
        <message>
            <source>No unit achieved yet.</source>
            <translation>እስካሁን የተገኘ አሃድ የለም።</translation>
        </message>
        <message>
            <source>The candidate is not enrolled for any qualification.</source>
            <translation>ተመዛኙ በየትኛውም ብቃት አልተመዘገበም።</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>አሃድ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ርዕስ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>ምድብ</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>ክሬዲቶች</translation>
        </message>
        <message>
            <source>Latest outcome</source>
            <translation>የቅርብ ጊዜ ውጤት</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>ሙከራዎች</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>የተገኘ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>አዎ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>ድራይቭ</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>አቃፊ</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;የፋይል ስም፦</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;የሚፈለግበት፦</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;የፋይል ዓይነት፦</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>አቃፊ፦</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;ክፈት</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;አስቀምጥ</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;ምረጥ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ክፈት</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>አስቀምጥ እንደ</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>አቃፊ ፈልግ</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ሁሉም ፋይሎች (*)</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ፋይሎች</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>የቦታዎች እና የዕልባቶች ዝርዝር</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ወደ ኋላ ሂድ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ወደ ፊት ሂድ</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ወደ ወላጅ አቃፊ ሂድ</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>አዲስ አቃፊ ፍጠር</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>ወደ ዝርዝር ዕይታ ቀይር</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ወደ ዝርዝር መረጃ ዕይታ ቀይር</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ተመለስ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ወደ ፊት</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ወላጅ አቃፊ</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>አዲስ አቃፊ ፍጠር</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>አዲስ አቃፊ</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;አዲስ አቃፊ</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>የዝርዝር ዕይታ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>የዝርዝር መረጃ ዕይታ</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>የቅርብ ጊዜ ቦታዎች</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>የጎን አሞሌ</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;የተደበቁ ፋይሎችን አሳይ</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;ሰርዝ</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;ስም ቀይር</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>ስም</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>መጠን</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>ኮምፒውተር</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>ዓይነት</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>የተቀየረበት ቀን</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;ቀልብስ</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;ድገም</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;ቁረጥ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;ቅዳ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;ለጥፍ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ሰርዝ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ሁሉንም ምረጥ</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>ዝርዝሩን አሳይ…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ዝርዝሩን ደብቅ…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>እሺ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ሰርዝ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>አስቀምጥ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ክፈት</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ዝጋ</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;አዎ</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;አይ</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;ለሁሉም አዎ</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ለ&amp;ሁሉም አይ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ተግብር</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ዳግም አስጀምር</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>እገዛ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ተው</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>እንደገና ሞክር</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ችላ በል</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>አቋርጥ</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>ሁሉንም አስቀምጥ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>ነባሪዎቹን መልስ</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;ቀልብስ</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;ድገም</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;ቁረጥ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;ቅዳ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;ለጥፍ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ሰርዝ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ሁሉንም ምረጥ</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;ተመለስ</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;ቀጣይ &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;ቀጣይ</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;ጨርስ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ሰርዝ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>እገዛ</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>ተመለስ</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ቀጥል</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>አጽድቅ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ተጠናቋል</translation>
        </message>
    </context>
    <context>
        <name>QualificationForm</name>
        <message>
            <source>Code</source>
            <translation>ኮድ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ስሪት</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;ርዕስ</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;ደረጃ</translation>
        </message>
        <message>
            <source>Sec&amp;tor</source>
            <translation>&amp;ዘርፍ</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;መግለጫ</translation>
        </message>
        <message>
            <source>&amp;Packaging rules</source>
            <translation>&amp;የጥቅል ደንቦች</translation>
        </message>
        <message>
            <source>&amp;Electives required</source>
            <translation>&amp;የሚያስፈልጉ ተመራጮች</translation>
        </message>
        <message>
            <source>C&amp;redits required</source>
            <translation>&amp;የሚያስፈልጉ ክሬዲቶች</translation>
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
            <translation>ምዘናዎችን መዝግብ</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>አሃድ፦</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>አሳይ፦</translation>
        </message>
        <message>
            <source>Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once.</source>
            <translation>ቁልፎች፦ S = አጥጋቢ፣ N = ገና አጥጋቢ ያልሆነ፣ Space = አጽዳ፤ ቀስቶች እና Tab ያንቀሳቅሳሉ። ጠቅ ማድረግ የሕዋሱን እሴት ያዞራል። እያንዳንዱ ለውጥ ወዲያውኑ ይቀመጣል።</translation>
        </message>
        <message>
            <source>Evidence and self-assessment…</source>
            <translation>ማስረጃ እና የራስ ምዘና…</translation>
        </message>
        <message>
            <source>Find a candidate (Ctrl+F)</source>
            <translation>ተመዛኝ ፈልግ (Ctrl+F)</translation>
        </message>
        <message>
            <source>Session of %1, %2, assessor %3</source>
            <translation>የ%1 ክፍለ ጊዜ፣ %2፣ መዛኝ %3</translation>
        </message>
        <message>
            <source>%1, attempt %2</source>
            <translation>%1፣ ሙከራ %2</translation>
        </message>
        <message>
            <source>All candidates</source>
            <translation>ሁሉም ተመዛኞች</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>ጸድቷል</translation>
        </message>
        <message>
            <source>Saved %1 %2 = %3 at %4</source>
            <translation>ተቀምጧል %1 %2 = %3 በ%4</translation>
        </message>
        <message>
            <source>The database was busy (another user or an import was writing) for longer than a change waits.</source>
            <translation>የመረጃ ቋቱ አንድ ለውጥ ከሚጠብቀው ጊዜ በላይ ሥራ ላይ ነበር (ሌላ ተጠቃሚ ወይም ማስገባት እየጻፈ ነበር)።</translation>
        </message>
        <message>
            <source>The database did not accept the change (the details are in the log file).</source>
            <translation>የመረጃ ቋቱ ለውጡን አልተቀበለም (ዝርዝሩ በሎግ ፋይሉ ውስጥ ነው)።</translation>
        </message>
        <message>
            <source>Not saved: %1 The cell is marked with !; type the value again to retry.</source>
            <translation>አልተቀመጠም፦ %1 ሕዋሱ በ! ተለይቷል፤ እንደገና ለመሞከር እሴቱን በድጋሚ ይጻፉ።</translation>
        </message>
        <message>
            <source>Read only: only the assessor of a result records its judgements, until it is submitted.</source>
            <translation>ለንባብ ብቻ፦ የአንድን ውጤት ውሳኔዎች እስኪቀርብ ድረስ የሚመዘግበው መዛኙ ብቻ ነው።</translation>
        </message>
        <message>
            <source>Read only: only the assessor of %1 records these judgements.</source>
            <translation>ለንባብ ብቻ፦ እነዚህን ውሳኔዎች የሚመዘግበው የ%1 መዛኝ ብቻ ነው።</translation>
        </message>
        <message>
            <source>%1 is submitted and waits for verification: a verifier must return it before it can change.</source>
            <translation>%1 ቀርቧል እና ማረጋገጫ ይጠብቃል፦ ከመለወጡ በፊት አረጋጋጭ መመለስ አለበት።</translation>
        </message>
        <message>
            <source>%1 is verified and locked: correct it with an amendment or record a new attempt.</source>
            <translation>%1 ተረጋግጧል እና ተቆልፏል፦ በማስተካከያ ያስተካክሉት ወይም አዲስ ሙከራ ይመዝግቡ።</translation>
        </message>
        <message>
            <source>%1 cannot be changed now.</source>
            <translation>%1 አሁን ሊለወጥ አይችልም።</translation>
        </message>
        <message>
            <source>Hide panel</source>
            <translation>ፓነሉን ደብቅ</translation>
        </message>
        <message>
            <source>Show panel</source>
            <translation>ፓነሉን አሳይ</translation>
        </message>
        <message>
            <source>Hide the candidate's panel, so that more candidates fit (F9)</source>
            <translation>ብዙ ተመዛኞች እንዲገጥሙ የተመዛኙን ፓነል ደብቅ (F9)</translation>
        </message>
        <message>
            <source>Show the candidate's panel: methods, comments, outcome, Submit (F9)</source>
            <translation>የተመዛኙን ፓነል አሳይ፦ ዘዴዎች፣ አስተያየቶች፣ ውጤት፣ አቅርብ (F9)</translation>
        </message>
        <message>
            <source>No candidate matches %1.</source>
            <translation>ከ%1 ጋር የሚዛመድ ተመዛኝ የለም።</translation>
        </message>
    </context>
    <context>
        <name>RegisterBrowserDialog</name>
        <message>
            <source>National register</source>
            <translation>ብሔራዊ መዝገብ</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>ሁሉም ማዕከላት</translation>
        </message>
        <message>
            <source>Search by name, registration number or certificate serial</source>
            <translation>በስም፣ በምዝገባ ቁጥር ወይም በምስክር ወረቀት ተከታታይ ቁጥር ፈልግ</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>ተመዛኞች</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>የምስክር ወረቀቶች</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>ማዕከል</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>የምዝገባ ቁጥር</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>የአያት ስም</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>ስም</translation>
        </message>
        <message>
            <source>Name (local script)</source>
            <translation>ስም (በአካባቢው ፊደል)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ጾታ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>የትውልድ ቀን</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>ውጤቶች</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>ተከታታይ ቁ.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ዓይነት</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>የተሰጠበት ቀን</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Revoked because</source>
            <translation>የተሰረዘበት ምክንያት</translation>
        </message>
        <message>
            <source>Open candidate</source>
            <translation>ተመዛኙን ክፈት</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>ማዕከል፦</translation>
        </message>
        <message>
            <source>%1 shown; more as you scroll.</source>
            <translation>%1 ታይተዋል፤ ሲያሸብልሉ ተጨማሪ ይታያል።</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s).</source>
            <translation>
                <numerusform>%n ተመዛኝ።</numerusform>
                <numerusform>%n ተመዛኞች።</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s).</source>
            <translation>
                <numerusform>%n የምስክር ወረቀት።</numerusform>
                <numerusform>%n የምስክር ወረቀቶች።</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterCandidateDialog</name>
        <message>
            <source>Register candidate %1</source>
            <translation>የመዝገብ ተመዛኝ %1</translation>
        </message>
        <message>
            <source>Registration number %1 at %2 (%3)</source>
            <translation>የምዝገባ ቁጥር %1 በ%2 (%3)</translation>
        </message>
        <message>
            <source>Sex: %1. Date of birth: %2. Nationality: %3.</source>
            <translation>ጾታ፦ %1። የትውልድ ቀን፦ %2። ዜግነት፦ %3።</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>አልተመዘገበም</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>ብቃት</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ስሪት</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>መንገድ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>የተመዘገበበት ቀን</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>አሃድ</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>ሙከራ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ውጤት</translation>
        </message>
        <message>
            <source>Date assessed</source>
            <translation>የተመዘነበት ቀን</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>መዛኝ</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>ማጣራት</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>ተከታታይ ቁ.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ዓይነት</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>የተሰጠበት ቀን</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>እንደገና የታተሙ</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>ተሰርዟል፦ %1</translation>
        </message>
        <message>
            <source>Results (%1)</source>
            <translation>ውጤቶች (%1)</translation>
        </message>
        <message>
            <source>Certificates (%1)</source>
            <translation>የምስክር ወረቀቶች (%1)</translation>
        </message>
        <message>
            <source>Enrolments (%1)</source>
            <translation>ምዝገባዎች (%1)</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>በናሙና የተመረጠ</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>ተረጋግጧል</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>አልተረጋገጠም</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartnerDialog</name>
        <message>
            <source>Register a partner</source>
            <translation>አጋር መዝግብ</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>ማዕከል</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>የምስክር ወረቀት ሰጪ አካል</translation>
        </message>
        <message>
            <source>%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, for the fingerprint of their key and compare it with the one below. Register them only if it is the same: after that, their bundles import without questions.</source>
            <translation>%1 (%2፣ %3) በዚህ የመረጃ ቋት ውስጥ ገና አልተመዘገበም። የቁልፋቸውን የጣት አሻራ በስልክ ወይም በደብዳቤ ይጠይቋቸው እና ከታች ካለው ጋር ያወዳድሩት። የሚመዘግቧቸው ተመሳሳይ ከሆነ ብቻ ነው፦ ከዚያ በኋላ ጥቅሎቻቸው ያለ ጥያቄ ይገባሉ።</translation>
        </message>
        <message>
            <source>At least the first 16 digits</source>
            <translation>ቢያንስ የመጀመሪያዎቹ 16 አሃዞች</translation>
        </message>
        <message>
            <source>Fingerprint in the file:</source>
            <translation>በፋይሉ ውስጥ ያለው የጣት አሻራ፦</translation>
        </message>
        <message>
            <source>Fingerprint they gave you:</source>
            <translation>የሰጡዎት የጣት አሻራ፦</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>መዝግብ</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Only a period:</source>
            <translation>የተወሰነ ጊዜ ብቻ፦</translation>
        </message>
        <message>
            <source>This centre</source>
            <translation>ይህ ማዕከል</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>ውጤቶችን ላክ…</translation>
        </message>
        <message>
            <source>Export certificate register…</source>
            <translation>የምስክር ወረቀት መዝገቡን ላክ…</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>ስታቲስቲክስ ላክ…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>እስከ</translation>
        </message>
        <message>
            <source>Summary by sex</source>
            <translation>ማጠቃለያ በጾታ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>ሴቶች</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ወንዶች</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>ድምር</translation>
        </message>
        <message>
            <source>Candidates registered (all dates)</source>
            <translation>የተመዘገቡ ተመዛኞች (ሁሉም ቀኖች)</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>የተመዘኑ ተመዛኞች (የተረጋገጡ ውጤቶች)</translation>
        </message>
        <message>
            <source>Candidates competent in at least one unit</source>
            <translation>ቢያንስ በአንድ አሃድ ብቁ የሆኑ ተመዛኞች</translation>
        </message>
        <message>
            <source>Candidates certified</source>
            <translation>የምስክር ወረቀት ያገኙ ተመዛኞች</translation>
        </message>
        <message>
            <source>Candidates assessed</source>
            <translation>የተመዘኑ ተመዛኞች</translation>
        </message>
        <message>
            <source>Candidates competent</source>
            <translation>ብቁ ተመዛኞች</translation>
        </message>
        <message>
            <source>Charts show:</source>
            <translation>ገበታዎቹ የሚያሳዩት፦</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>ሪፖርቶች</translation>
        </message>
        <message>
            <source>All registered centres</source>
            <translation>ሁሉም የተመዘገቡ ማዕከላት</translation>
        </message>
        <message>
            <source>Centre %1</source>
            <translation>ማዕከል %1</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>የመጀመሪያው ቀን ከመጨረሻው ቀን በኋላ ነው።</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>እየተቆጠረ ነው…</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>ሴቶች እና ወንዶች</translation>
        </message>
        <message>
            <source>Recognition of Prior Learning</source>
            <translation>ቀደም ሲል የተገኘ ትምህርት ዕውቅና</translation>
        </message>
        <message>
            <source>RPL enrolments</source>
            <translation>የRPL ምዝገባዎች</translation>
        </message>
        <message>
            <source>Completed (certificate or statement)</source>
            <translation>የተጠናቀቁ (የምስክር ወረቀት ወይም ማረጋገጫ)</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>የማጠናቀቂያ መጠን</translation>
        </message>
        <message>
            <source>Referred to gap training</source>
            <translation>ወደ ክፍተት ሥልጠና የተላኩ</translation>
        </message>
        <message>
            <source>Median days from enrolment to certificate</source>
            <translation>ከምዝገባ እስከ የምስክር ወረቀት ያሉ መካከለኛ ቀናት</translation>
        </message>
        <message>
            <source>Now at it
women</source>
            <translation>አሁን በዚያ ያሉ
ሴቶች</translation>
        </message>
        <message>
            <source>Now at it
men</source>
            <translation>አሁን በዚያ ያሉ
ወንዶች</translation>
        </message>
        <message>
            <source>Now at it
total</source>
            <translation>አሁን በዚያ ያሉ
ጠቅላላ</translation>
        </message>
        <message>
            <source>Median days
women</source>
            <translation>መካከለኛ ቀናት
ሴቶች</translation>
        </message>
        <message>
            <source>Median days
men</source>
            <translation>መካከለኛ ቀናት
ወንዶች</translation>
        </message>
        <message>
            <source>Median days
total</source>
            <translation>መካከለኛ ቀናት
ጠቅላላ</translation>
        </message>
        <message>
            <source>Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one).</source>
            <translation>በእያንዳንዱ የRPL ደረጃ፦ አሁን በዚያ ያሉ ምዝገባዎች፣ እና ወደፊት የተሻገሩት በዚያ ያሳለፏቸው መካከለኛ ቀናት (በደረጃው ካለው የመጀመሪያ እርምጃ እስከ በኋለኛው ደረጃ ያለው የመጀመሪያ እርምጃ)።</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>የተመዘኑ</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>ብቁ</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>የምስክር ወረቀት ያገኙ</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>በብቃት</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>በዕድሜ ምድብ</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>በአካል ጉዳት</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>በዜግነት</translation>
        </message>
        <message>
            <source>No qualification</source>
            <translation>ብቃት የለም</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>አልተመዘገበም</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>ከ18 በታች</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>ከ18 እስከ 24</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>ከ25 እስከ 34</translation>
        </message>
        <message>
            <source>35 to 44</source>
            <translation>ከ35 እስከ 44</translation>
        </message>
        <message>
            <source>45 to 54</source>
            <translation>ከ45 እስከ 54</translation>
        </message>
        <message>
            <source>55 and over</source>
            <translation>ከ55 በላይ</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>አካል ጉዳት ያለባቸው</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>አካል ጉዳት የሌለባቸው</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>አልተገለጸም</translation>
        </message>
        <message>
            <source>Exports hold personal data: they need the administrator, registrar or verifier role.</source>
            <translation>የሚላኩ ፋይሎች የግል መረጃ ይይዛሉ፦ የአስተዳዳሪ፣ የሬጅስትራር ወይም የአረጋጋጭ ሚና ያስፈልጋቸዋል።</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>የExcel የሥራ መጽሐፍ (*.xlsx)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>መላኩ ተሰርዟል፤ ምንም ፋይል አልተጻፈም።</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 እየተጻፈ ነው…</translation>
        </message>
        <message>
            <source>Exported statistics to %1</source>
            <translation>ስታቲስቲክሱ ወደ %1 ተልኳል</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>%n ረድፍ ወደ %1 ተልኳል</numerusform>
                <numerusform>%n ረድፎች ወደ %1 ተልከዋል</numerusform>
            </translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>ውጤቶችን ላክ</translation>
        </message>
        <message>
            <source>Export certificate register</source>
            <translation>የምስክር ወረቀት መዝገቡን ላክ</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>ስታቲስቲክስ ላክ</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for %1</source>
            <translation>ለ%1 አዲስ የይለፍ ቃል</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;አዲስ የይለፍ ቃል፦</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>&amp;አዲሱ የይለፍ ቃል በድጋሚ፦</translation>
        </message>
        <message>
            <source>Tell the user the new password in person; it also unlocks a locked account.</source>
            <translation>አዲሱን የይለፍ ቃል ለተጠቃሚው በአካል ይንገሩት፤ የተቆለፈ መለያንም ይከፍታል።</translation>
        </message>
    </context>
    <context>
        <name>ResultsExportDialog</name>
        <message>
            <source>Export results</source>
            <translation>ውጤቶችን ላክ</translation>
        </message>
        <message>
            <source>All qualifications</source>
            <translation>ሁሉም ብቃቶች</translation>
        </message>
        <message>
            <source>Only results assessed in a period</source>
            <translation>በአንድ ጊዜ ክልል ውስጥ የተመዘኑ ውጤቶች ብቻ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ከ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>እስከ</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>ሁሉም ሁኔታዎች</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>ብቃት፦</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>ጊዜ፦</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>ሁኔታ፦</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>ፋይል ምረጥ…</translation>
        </message>
    </context>
    <context>
        <name>RplStepDialog</name>
        <message>
            <source>Record RPL step</source>
            <translation>የRPL ደረጃ መዝግብ</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>ያልተወሰነ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ማስታወሻ</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>ተመዛኝ</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>ምዝገባ</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ምዕራፍ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ቀን</translation>
        </message>
        <message>
            <source>Eligibility decision</source>
            <translation>የብቁነት ውሳኔ</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>ምክንያት *</translation>
        </message>
        <message>
            <source>Enrol the candidate first.</source>
            <translation>መጀመሪያ ተመዛኙን ያስመዝግቡ።</translation>
        </message>
    </context>
    <context>
        <name>SelfAssessmentDialog</name>
        <message>
            <source>Self-assessment — %1</source>
            <translation>የራስ ምዘና — %1</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>መስፈርት</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>መልስ</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>ማስታወሻዎች</translation>
        </message>
        <message>
            <source>Remarks: where, when, with whom</source>
            <translation>ማስታወሻዎች፦ የት፣ መቼ፣ ከማን ጋር</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>ያልተመለሰ</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>የማረጋገጫ ዝርዝሩን አትም (PDF)…</translation>
        </message>
        <message>
            <source>Prints the answers as shown, saved or not</source>
            <translation>መልሶቹን እንደሚታዩት ያትማል፣ የተቀመጡም ይሁኑ ያልተቀመጡ</translation>
        </message>
        <message>
            <source>For each criterion, record what the candidate says: I can do this, with help, or not yet.</source>
            <translation>ለእያንዳንዱ መስፈርት ተመዛኙ የሚለውን ይመዝግቡ፦ ይህን መሥራት እችላለሁ፣ በእገዛ፣ ወይም ገና።</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(ለንባብ ብቻ)</translation>
        </message>
        <message>
            <source>Answer all…</source>
            <translation>ለሁሉም መልስ…</translation>
        </message>
        <message>
            <source>Give every criterion below this answer</source>
            <translation>ከዚህ በታች ላለው እያንዳንዱ መስፈርት ይህን መልስ ስጥ</translation>
        </message>
        <message>
            <source>Save checklist</source>
            <translation>የማረጋገጫ ዝርዝሩን አስቀምጥ</translation>
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
            <translation>የምዘና ክፍለ ጊዜ አቅድ</translation>
        </message>
        <message>
            <source>For example: Practical assessment, November</source>
            <translation>ለምሳሌ፦ የተግባር ምዘና፣ ኅዳር</translation>
        </message>
        <message>
            <source>Search candidates by name, registration number or ID</source>
            <translation>ተመዛኞችን በስም፣ በምዝገባ ቁጥር ወይም በመታወቂያ ፈልግ</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>ጨምር</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>አስወግድ</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>ርዕስ፦</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>ቀን፦</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>ቦታ፦</translation>
        </message>
        <message>
            <source>Assessor:</source>
            <translation>መዛኝ፦</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>ብቃት፦</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>አሃዶች፦</translation>
        </message>
        <message>
            <source>Plan session</source>
            <translation>ክፍለ ጊዜ አቅድ</translation>
        </message>
        <message>
            <source>Candidates:</source>
            <translation>ተመዛኞች፦</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) chosen</source>
            <translation>
                <numerusform>%n ተመዛኝ ተመርጧል</numerusform>
                <numerusform>%n ተመዛኞች ተመርጠዋል</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to plan a session.</source>
            <translation>የምዘና ክፍለ ጊዜ ለማቀድ ይግቡ።</translation>
        </message>
    </context>
    <context>
        <name>SexBarChartWidget</name>
        <message>
            <source>Women</source>
            <translation>ሴቶች</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ወንዶች</translation>
        </message>
        <message>
            <source>No data for this period</source>
            <translation>ለዚህ ጊዜ ምንም መረጃ የለም</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — %1</source>
            <translation>ግባ — %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>የመረጃ ቋት፦ %1</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;የተጠቃሚ ስም፦</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;የይለፍ ቃል፦</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;ግባ</translation>
        </message>
        <message>
            <source>This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.</source>
            <translation>ይህ የማሳያ የመረጃ ቋት ነው። ተጠቃሚዎች፦ %1። እያንዳንዱ የይለፍ ቃል demo- ተከትሎ የተጠቃሚው ስም ነው፣ ለምሳሌ %2።</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>የተጠቃሚ ስምዎን እና የይለፍ ቃልዎን ያስገቡ።</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>በመግባት ላይ…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.</source>
            <translation>
                <numerusform>የተጠቃሚ ስም ወይም የይለፍ ቃል ስህተት ነው፣ ወይም መለያው ከ%1 የተሳሳቱ የይለፍ ቃላት በኋላ ተቆልፏል። የተቆለፈ መለያ ከ%n ደቂቃ በኋላ እንደገና ይከፈታል፤ አስተዳዳሪ የይለፍ ቃሉን በማደስ ቀደም ብሎ ሊከፍተው ይችላል።</numerusform>
                <numerusform>የተጠቃሚ ስም ወይም የይለፍ ቃል ስህተት ነው፣ ወይም መለያው ከ%1 የተሳሳቱ የይለፍ ቃላት በኋላ ተቆልፏል። የተቆለፈ መለያ ከ%n ደቂቃዎች በኋላ እንደገና ይከፈታል፤ አስተዳዳሪ የይለፍ ቃሉን በማደስ ቀደም ብሎ ሊከፍተው ይችላል።</numerusform>
            </translation>
        </message>
        <message>
            <source>The account %1 is deactivated; ask an administrator.</source>
            <translation>መለያው %1 ተሰናክሏል፤ አስተዳዳሪን ይጠይቁ።</translation>
        </message>
    </context>
    <context>
        <name>SigningKeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>የፊርማ ቁልፎች</translation>
        </message>
        <message>
            <source>Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since.</source>
            <translation>የምስክር ወረቀቶች በማዕከሉ ቁልፍ ይፈረማሉ፤ የወል ቁልፉ ያለው ማንኛውም ሰው ሊፈትሻቸው ይችላል። ቁልፎችን የሚሠሩት ወይም የሚቀይሩት አስተዳዳሪዎች ብቻ ናቸው፣ እያንዳንዱ ለውጥም በኦዲት መዝገቡ ይጻፋል። አንድ ቁልፍ የሚታመነው የኦዲት መዝገቡ አፈጣጠሩን ሲይዝ እና መዝገቡ ከዚያ ወዲህ ሳይለወጥ ሲቀር ብቻ ነው።</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>ቁልፍ</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>ተፈጥሯል</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>የታመነ</translation>
        </message>
        <message>
            <source>Private key on this computer</source>
            <translation>በዚህ ኮምፒውተር ላይ ያለ የግል ቁልፍ</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>&amp;ቁልፍ ፍጠር</translation>
        </message>
        <message>
            <source>Make the centre's first signing key.</source>
            <translation>የማዕከሉን የመጀመሪያ የፊርማ ቁልፍ ሥራ።</translation>
        </message>
        <message>
            <source>&amp;Rotate key…</source>
            <translation>&amp;ቁልፉን ቀይር…</translation>
        </message>
        <message>
            <source>A new key signs new certificates; the old one is retired and still verifies the certificates it signed.</source>
            <translation>አዲስ ቁልፍ አዳዲስ የምስክር ወረቀቶችን ይፈርማል፤ አሮጌው ጡረታ ይወጣል፣ የፈረማቸውንም የምስክር ወረቀቶች አሁንም ያረጋግጣል።</translation>
        </message>
        <message>
            <source>&amp;Export public key…</source>
            <translation>&amp;የወል ቁልፉን ላክ…</translation>
        </message>
        <message>
            <source>Save the current public key (PEM) for those who verify certificates.</source>
            <translation>የምስክር ወረቀቶችን ለሚያረጋግጡ የአሁኑን የወል ቁልፍ (PEM) አስቀምጥ።</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ወቅታዊ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ንቁ</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>ጡረታ የወጣ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>አዎ</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>አይ፦ %1</translation>
        </message>
        <message>
            <source>No</source>
            <translation>አይ</translation>
        </message>
        <message>
            <source>This centre has no signing key yet: certificates cannot be issued until you create one.</source>
            <translation>ይህ ማዕከል እስካሁን የፊርማ ቁልፍ የለውም፦ አንድ እስኪፈጥሩ ድረስ የምስክር ወረቀቶች ሊሰጡ አይችሉም።</translation>
        </message>
        <message>
            <source>The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here.</source>
            <translation>የ%1 የግል ቁልፍ በዚህ ኮምፒውተር ላይ የለም፦ የምስክር ወረቀቶች ሊሰጡ የሚችሉት እሱ ባለበት ብቻ ነው። ከተሠራበት ኮምፒውተር ይገልብጡት፣ ወይም እዚህ ቁልፉን ይቀይሩ።</translation>
        </message>
        <message>
            <source>New certificates are signed with key %1.</source>
            <translation>አዳዲስ የምስክር ወረቀቶች በቁልፍ %1 ይፈረማሉ።</translation>
        </message>
        <message>
            <source>Rotate the signing key</source>
            <translation>የፊርማ ቁልፉን ቀይር</translation>
        </message>
        <message>
            <source>Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key.</source>
            <translation>ለአዳዲስ የምስክር ወረቀቶች አዲስ የፊርማ ቁልፍ ይሠራ? የአሁኑ ቁልፍ ጡረታ ይወጣል፦ የፈረማቸው የምስክር ወረቀቶች አሁንም ይረጋገጣሉ። የምስክር ወረቀቶችን ያለ ኢንተርኔት የሚያረጋግጡ አዲሱን የወል ቁልፍ ያስፈልጋቸዋል።</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>የወል ቁልፉን ላክ</translation>
        </message>
        <message>
            <source>Public key (*.pem)</source>
            <translation>የወል ቁልፍ (*.pem)</translation>
        </message>
        <message>
            <source>Public key %1 written to %2.</source>
            <translation>የወል ቁልፍ %1 ወደ %2 ተጽፏል።</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Search by code or title</source>
            <translation>በኮድ ወይም በርዕስ ፈልግ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ኮድ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ርዕስ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>ዝርዝሮች</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;ጨምር</translation>
        </message>
        <message>
            <source>Add under the selected item (Ins)</source>
            <translation>ከተመረጠው ንጥል ሥር ጨምር (Ins)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;አስወግድ</translation>
        </message>
        <message>
            <source>Remove the selected item (Del)</source>
            <translation>የተመረጠውን ንጥል አስወግድ (Del)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;ወደ ላይ አንቀሳቅስ</translation>
        </message>
        <message>
            <source>Move the selected item up (Ctrl+Up)</source>
            <translation>የተመረጠውን ንጥል ወደ ላይ አንቀሳቅስ (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;ወደ ታች አንቀሳቅስ</translation>
        </message>
        <message>
            <source>Move the selected item down (Ctrl+Down)</source>
            <translation>የተመረጠውን ንጥል ወደ ታች አንቀሳቅስ (Ctrl+Down)</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>&amp;አዲስ ስሪት</translation>
        </message>
        <message>
            <source>Copy the selected qualification or unit as a draft with the next version number</source>
            <translation>የተመረጠውን ብቃት ወይም አሃድ በቀጣዩ የስሪት ቁጥር እንደ ረቂቅ ገልብጥ</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;አትም</translation>
        </message>
        <message>
            <source>Make the selected draft current; the current version becomes superseded</source>
            <translation>የተመረጠውን ረቂቅ የአሁኑ አድርግ፤ የአሁኑ ስሪት የተተካ ይሆናል</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;አስገባ…</translation>
        </message>
        <message>
            <source>Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)</source>
            <translation>የሙያ ደረጃን ከExcel (.xlsx)፣ ከCASE (.json) ወይም ከMoodle (.csv) አስገባ</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;ላክ…</translation>
        </message>
        <message>
            <source>Export the selected qualification to Excel or CASE JSON</source>
            <translation>የተመረጠውን ብቃት ወደ Excel ወይም CASE JSON ላክ</translation>
        </message>
        <message>
            <source>&amp;Template…</source>
            <translation>&amp;አብነት…</translation>
        </message>
        <message>
            <source>Save an empty, documented Excel workbook to fill in</source>
            <translation>የሚሞላ ባዶ፣ የተብራራ የExcel የሥራ መጽሐፍ አስቀምጥ</translation>
        </message>
        <message>
            <source>&amp;Element</source>
            <translation>&amp;ንጥል</translation>
        </message>
        <message>
            <source>&amp;Performance criterion</source>
            <translation>&amp;የአፈጻጸም መስፈርት</translation>
        </message>
        <message>
            <source>Select an item in the tree to see and edit it.</source>
            <translation>ለማየትና ለማስተካከል በዛፉ ውስጥ አንድ ንጥል ይምረጡ።</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>የሙያ ደረጃዎች</translation>
        </message>
        <message>
            <source>Units in no qualification</source>
            <translation>በየትኛውም ብቃት ውስጥ የሌሉ አሃዶች</translation>
        </message>
        <message>
            <source>New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up.</source>
            <translation>አዳዲስ የአሃድ ስሪቶች አንድ የብቃት ስሪት እስኪይዛቸው ድረስ እዚህ ይጠብቃሉ፦ እንዲወስዳቸው የብቃቱን አዲስ ስሪት ይሥሩ።</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>ስሪት %1 · %2</translation>
        </message>
        <message>
            <source>Level %1 · version %2 · %3</source>
            <translation>ደረጃ %1 · ስሪት %2 · %3</translation>
        </message>
        <message>
            <source>version %1 · %2</source>
            <translation>ስሪት %1 · %2</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3 credits · %4</source>
            <translation>%1 · ስሪት %2 · %3 ክሬዲቶች · %4</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>ንጥል %1 ከ%2</translation>
        </message>
        <message>
            <source>Performance criterion %1 of %2</source>
            <translation>የአፈጻጸም መስፈርት %1 ከ%2</translation>
        </message>
        <message>
            <source>Only an administrator can change, import or export standards; you can look at them here.</source>
            <translation>የሙያ ደረጃዎችን መቀየር፣ ማስገባት ወይም መላክ የሚችለው አስተዳዳሪ ብቻ ነው፤ እዚህ ሊመለከቷቸው ይችላሉ።</translation>
        </message>
        <message>
            <source>Needs the administrator role</source>
            <translation>የአስተዳዳሪ ሚና ያስፈልገዋል</translation>
        </message>
        <message>
            <source>New awarding body</source>
            <translation>አዲስ የምስክር ወረቀት ሰጪ አካል</translation>
        </message>
        <message>
            <source>New qualification</source>
            <translation>አዲስ ብቃት</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>አዲስ አሃድ</translation>
        </message>
        <message>
            <source>Title of the new element:</source>
            <translation>የአዲሱ ንጥል ርዕስ፦</translation>
        </message>
        <message>
            <source>Text of the new performance criterion:</source>
            <translation>የአዲሱ የአፈጻጸም መስፈርት ጽሑፍ፦</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>ጨምር</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>አስወግድ</translation>
        </message>
        <message>
            <source>Remove the draft qualification %1? Its units stay.</source>
            <translation>ረቂቁ ብቃት %1 ይወገድ? አሃዶቹ ይቆያሉ።</translation>
        </message>
        <message>
            <source>Take unit %1 out of this qualification? The unit itself stays.</source>
            <translation>አሃድ %1 ከዚህ ብቃት ይውጣ? አሃዱ ራሱ ይቆያል።</translation>
        </message>
        <message>
            <source>Remove element %1 and its performance criteria?</source>
            <translation>ንጥል %1 እና የአፈጻጸም መስፈርቶቹ ይወገዱ?</translation>
        </message>
        <message>
            <source>Remove performance criterion %1?</source>
            <translation>የአፈጻጸም መስፈርት %1 ይወገድ?</translation>
        </message>
        <message>
            <source>Import a standard</source>
            <translation>የሙያ ደረጃ አስገባ</translation>
        </message>
        <message>
            <source>Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</source>
            <translation>የሙያ ደረጃዎች (*.xlsx *.json *.csv);;የExcel የሥራ መጽሐፍ (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>አስገባ</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 እየተነበበ ነው…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 እየገባ ነው…</translation>
        </message>
        <message>
            <source>%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?</source>
            <translation>%1 ብቃት %2 (%3) ይዟል፦ %4 አሃድ(ዎች)፣ %5 ንጥል(ሎች)፣ %6 የአፈጻጸም መስፈርቶች። ይግባ?</translation>
        </message>
        <message>
            <source>%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next two become elements and performance criteria, deeper ones fold into the criteria's text, and levels above the units are listed as having no place.</source>
            <translation>%1 የ%2 ደረጃዎች ማዕቀፍ ነው። የትኛው ደረጃ አሃዶች ይሆናል? ደረጃ 1 ከላይ ያለው ነው፤ ቀጣዮቹ ሁለቱ ንጥሎች እና የአፈጻጸም መስፈርቶች ይሆናሉ፣ ጥልቅ የሆኑት በመስፈርቶቹ ጽሑፍ ውስጥ ይካተታሉ፣ ከአሃዶቹ በላይ ያሉ ደረጃዎች ደግሞ ቦታ እንደሌላቸው ይዘረዘራሉ።</translation>
        </message>
        <message>
            <source>Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.</source>
            <translation>%1 ስሪት %2 ገብቷል፦ %3 አሃዶች፣ %4 ንጥሎች፣ %5 የአፈጻጸም መስፈርቶች።</translation>
        </message>
        <message>
            <source>Export a standard</source>
            <translation>የሙያ ደረጃ ላክ</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)</source>
            <translation>የExcel የሥራ መጽሐፍ (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ላክ</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 እየተጻፈ ነው…</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 ተጽፏል</translation>
        </message>
        <message>
            <source>Save the standards template</source>
            <translation>የሙያ ደረጃ አብነቱን አስቀምጥ</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>የExcel የሥራ መጽሐፍ (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>ሰርዝ</translation>
        </message>
    </context>
    <context>
        <name>UnitForm</name>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;ኮድ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ስሪት</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;ርዕስ</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;ምድብ</translation>
        </message>
        <message>
            <source>C&amp;redits</source>
            <translation>&amp;ክሬዲቶች</translation>
        </message>
        <message>
            <source>&amp;Nominal hours</source>
            <translation>&amp;መደበኛ ሰዓታት</translation>
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
            <translation>ተጠቃሚ ጨምር</translation>
        </message>
        <message>
            <source>Change user %1</source>
            <translation>ተጠቃሚ %1ን ቀይር</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;የተጠቃሚ ስም፦</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ሙሉ ስም፦</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>ሚናዎች፦</translation>
        </message>
        <message>
            <source>for assessors</source>
            <translation>ለመዛኞች</translation>
        </message>
        <message>
            <source>Assessor &amp;registration no.:</source>
            <translation>&amp;የመዛኝ ምዝገባ ቁ.፦</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>የሚያበቃበት ቀን</translation>
        </message>
        <message>
            <source>Registration:</source>
            <translation>ምዝገባ፦</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;የይለፍ ቃል፦</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>&amp;የይለፍ ቃል በድጋሚ፦</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>ለተጠቃሚው ቢያንስ አንድ ሚና ይስጡ።</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (ጊዜው ያለፈበት)</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>የተሰናከለ</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>የተቆለፈ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ንቁ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>የተጠቃሚ ስም</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ሙሉ ስም</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>ሚናዎች</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ሁኔታ</translation>
        </message>
        <message>
            <source>Assessor registration no.</source>
            <translation>የመዛኝ ምዝገባ ቁ.</translation>
        </message>
        <message>
            <source>Registration expires</source>
            <translation>ምዝገባው የሚያበቃበት</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;ተጠቃሚ ጨምር…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;ቀይር…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;የይለፍ ቃል አድስ…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;አሰናክል</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>&amp;የፊርማ ቁልፎች…</translation>
        </message>
        <message>
            <source>The centre's certificate signing keys: create, rotate, export the public key.</source>
            <translation>የማዕከሉ የምስክር ወረቀት የፊርማ ቁልፎች፦ ፍጠር፣ ቀይር፣ የወል ቁልፉን ላክ።</translation>
        </message>
        <message>
            <source>Users who have records are never deleted: deactivate them, and they can no longer sign in.</source>
            <translation>መዝገቦች ያሏቸው ተጠቃሚዎች ፈጽሞ አይሰረዙም፦ ያሰናክሏቸው፣ ከዚያ በኋላ መግባት አይችሉም።</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>ተጠቃሚዎች</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n ተጠቃሚ</numerusform>
                <numerusform>%n ተጠቃሚዎች</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;አንቃ</translation>
        </message>
    </context>
    <context>
        <name>VerifierExport</name>
        <message>
            <source>Verification site</source>
            <translation>የማረጋገጫ ድረ ገጽ</translation>
        </message>
        <message>
            <source>Export the verification site into a folder</source>
            <translation>የማረጋገጫ ድረ ገጹን ወደ አቃፊ ላክ</translation>
        </message>
        <message>
            <source>The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days.</source>
            <translation>የማረጋገጫ ድረ ገጹ በ%1 ውስጥ ነው (%2 ፋይሎች)። አቃፊውን በማዕከሉ ቅንብሮች ውስጥ ወዳለው የድር አድራሻ ወይም ወደ ፍላሽ ዲስክ ይቅዱ፤ index.html እንደ ፋይልም ይከፈታል። የምስክር ወረቀት ከሰረዙ በኋላ እና ቢያንስ በየ%3 ቀናት እንደገና ይላኩት።</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>የምስክር ወረቀት አረጋግጥ</translation>
        </message>
        <message>
            <source>Paste the text of the QR code: SA1.… or a link https://…/#SA1.…</source>
            <translation>የQR ኮዱን ጽሑፍ ይለጥፉ፦ SA1.… ወይም አገናኝ https://…/#SA1.…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>አረጋግጥ</translation>
        </message>
        <message>
            <source>Open a certificate</source>
            <translation>የምስክር ወረቀት ክፈት</translation>
        </message>
        <message>
            <source>Open image, PDF or badge…</source>
            <translation>ምስል፣ PDF ወይም ባጅ ክፈት…</translation>
        </message>
        <message>
            <source>Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)</source>
            <translation>የምስክር ወረቀቶችና ባጆች (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;ሁሉም ፋይሎች (*)</translation>
        </message>
        <message>
            <source>No QR code was found in %1.</source>
            <translation>በ%1 ውስጥ የQR ኮድ አልተገኘም።</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>ትክክለኛ</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>ትክክለኛ ያልሆነ</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>የተሻረ</translation>
        </message>
        <message>
            <source>UNKNOWN KEY</source>
            <translation>ያልታወቀ ቁልፍ</translation>
        </message>
        <message>
            <source>UNTRUSTED KEY</source>
            <translation>ያልታመነ ቁልፍ</translation>
        </message>
        <message>
            <source>UNKNOWN CERTIFICATE</source>
            <translation>ያልታወቀ የምስክር ወረቀት</translation>
        </message>
        <message>
            <source>Serial: %1</source>
            <translation>ተከታታይ ቁ.፦ %1</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>ስም፦ %1</translation>
        </message>
        <message>
            <source>Qualification: %1</source>
            <translation>ብቃት፦ %1</translation>
        </message>
        <message>
            <source>Units: %1</source>
            <translation>አሃዶች፦ %1</translation>
        </message>
        <message>
            <source>Issued on: %1</source>
            <translation>የተሰጠበት ቀን፦ %1</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>ቁልፍ፦ %1</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;አስቀምጥ</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ለውጦቹን አስቀምጥ (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;መልስ</translation>
        </message>
    </context>
</TS>

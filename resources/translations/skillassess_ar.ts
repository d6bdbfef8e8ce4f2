<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation type="vanished">كلمتا المرور مختلفتان؛ اكتبهما مرة أخرى.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation type="vanished">يجب أن تتكون كلمة المرور من ⁨%1⁩ أحرف على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SkillAssess</source>
            <translation>حول SkillAssess</translation>
        </message>
        <message>
            <source>Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.</source>
            <translation>معايير الكفاءة والتقييمات العملية والاعتراف بالتعلم السابق والشهادات لمراكز التعليم والتدريب التقني والمهني، دون الحاجة إلى اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>مجلد البيانات: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>قاعدة البيانات: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Built with Python %1 and Qt %2.</source>
            <translation>بُني باستخدام Python ⁨%1⁩ وQt ⁨%2⁩.</translation>
        </message>
        <message>
            <source>SkillAssess is free software under the GNU General Public License, version 3 or later. It bundles the software below, each under its own licence: select one to read its licence.</source>
            <translation>SkillAssess برنامج حر مرخّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق. ويتضمن البرامج أدناه، ولكل منها رخصته الخاصة: اختر أحدها لقراءة رخصته.</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>الرخصة</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>فتح مجلد البيانات</translation>
        </message>
        <message>
            <source>The licence text %1 is missing: reinstall SkillAssess.</source>
            <translation>نص الرخصة ⁨%1⁩ مفقود: أعد تثبيت SkillAssess.</translation>
        </message>
    </context>
    <context>
        <name>AddEvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>إضافة دليل</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Date of the evidence</source>
            <translation>تاريخ الدليل</translation>
        </message>
        <message>
            <source>Criteria it supports</source>
            <translation>المعايير التي يدعمها</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>المسؤول الأول</translation>
        </message>
        <message>
            <source>This person adds the other users. Choose a password of at least %1 characters.</source>
            <translation>يضيف هذا الشخص المستخدمين الآخرين. اختر كلمة مرور من ⁨%1⁩ أحرف على الأقل.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>اسم المست&amp;خدم:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>الاسم ال&amp;كامل:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>تأكي&amp;د كلمة المرور:</translation>
        </message>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>كلمتا المرور مختلفتان؛ اكتبهما مرة أخرى.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>يجب أن تتكون كلمة المرور من ⁨%1⁩ أحرف على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a verified result</source>
            <translation>تصحيح نتيجة مدقَّقة</translation>
        </message>
        <message>
            <source>Why the verified result is corrected (required)</source>
            <translation>سبب تصحيح النتيجة المدقَّقة (إلزامي)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>النتيجة:</translation>
        </message>
        <message>
            <source>Methods:</source>
            <translation>الطرق:</translation>
        </message>
        <message>
            <source>Criteria:</source>
            <translation>المعايير:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>المكان:</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>الملاحظات:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>التغذية الراجعة:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>السبب:</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Database missing</source>
            <translation>قاعدة البيانات غير موجودة</translation>
        </message>
        <message>
            <source>The centre's database %1 is missing, but there is a backup of it made %2.</source>
            <translation>قاعدة بيانات المركز ⁨%1⁩ غير موجودة، لكن توجد نسخة احتياطية منها أُنشئت في ⁨%2⁩.</translation>
        </message>
        <message>
            <source>Restore the backup, or start a new, empty database?</source>
            <translation>هل تريد استعادة النسخة الاحتياطية، أم البدء بقاعدة بيانات جديدة فارغة؟</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>قاعدة بيانات جديدة</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>تعذّر فتح قاعدة البيانات</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>Record an appeal</source>
            <translation>تسجيل تظلّم</translation>
        </message>
        <message>
            <source>Lodged on:</source>
            <translation>تاريخ التقديم:</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>الأسباب:</translation>
        </message>
        <message>
            <source>Independent reviewer:</source>
            <translation>المراجع المستقل:</translation>
        </message>
        <message>
            <source>Decide the appeal</source>
            <translation>البتّ في التظلّم</translation>
        </message>
        <message>
            <source>Open a new attempt</source>
            <translation>فتح محاولة جديدة</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>القرار:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>ملاحظات:</translation>
        </message>
    </context>
    <context>
        <name>AssessmentGridTableModel</name>
        <message>
            <source>Element %1: %2</source>
            <translation>العنصر ⁨%1⁩: ⁨%2⁩</translation>
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
            <translation>لم يُقيَّم</translation>
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
            <translation>لم يُحفظ: ⁨%1⁩ اكتب القيمة مرة أخرى لإعادة المحاولة.</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>معيار الأداء</translation>
        </message>
        <message>
            <source>attempt %1</source>
            <translation>المحاولة ⁨%1⁩</translation>
        </message>
        <message>
            <source>%1, attempt %2: %3</source>
            <translation>⁨%1⁩، المحاولة ⁨%2⁩: ⁨%3⁩</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Unit title</source>
            <translation>عنوان الوحدة</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>المحاولة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>المقيّم</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>المدقق</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>All statuses</source>
            <translation>جميع الحالات</translation>
        </message>
        <message>
            <source>Plan session…</source>
            <translation>تخطيط جلسة…</translation>
        </message>
        <message>
            <source>Record…</source>
            <translation>تسجيل النتائج…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>التقدّم…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>طباعة السجل…</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>التقييمات</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>لا توجد تقييمات</numerusform>
                <numerusform>تقييم واحد</numerusform>
                <numerusform>تقييمان</numerusform>
                <numerusform>%Ln تقييمات</numerusform>
                <numerusform>%Ln تقييمًا</numerusform>
                <numerusform>%Ln تقييم</numerusform>
            </translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>حفظ سجل التقييم</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>ملف PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>&amp;Check the log</source>
            <translation>&amp;فحص السجل</translation>
        </message>
        <message>
            <source>Recompute the hash chain: any entry changed or removed since it was written shows.</source>
            <translation type="vanished">إعادة حساب سلسلة التجزئة: يظهر كل قيد عُدّل أو حُذف منذ كتابته.</translation>
        </message>
        <message>
            <source>Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows.</source>
            <translation>إعادة حساب سلسلة البصمات، ومقارنة كل سجل بما يقوله السجل، ومقارنة السجل بنقطة التحقق الخاصة به: يظهر كل قيد غُيّر أو حُذف، وكل سجل غُيّر خارج SkillAssess.</translation>
        </message>
        <message>
            <source>&amp;Record the loss…</source>
            <translation>&amp;تسجيل الفقد…</translation>
        </message>
        <message>
            <source>When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on.</source>
            <translation>عندما يفقد السجل قيودًا تثبتها نقطة التحقق ولا يمكن استعادة أي نسخة احتياطية: يُكتب الفقد في السجل ليستمر العمل.</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translation>نوع السجل:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>المستخدم:</translation>
        </message>
        <message>
            <source>Select an entry to see the values before and after.</source>
            <translation>اختر قيدًا لرؤية القيم قبل التغيير وبعده.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>All record types</source>
            <translation>جميع أنواع السجلات</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>جميع المستخدمين</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>لا توجد قيود</numerusform>
                <numerusform>قيد واحد</numerusform>
                <numerusform>قيدان</numerusform>
                <numerusform>%Ln قيود</numerusform>
                <numerusform>%Ln قيدًا</numerusform>
                <numerusform>%Ln قيد</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry %1: %2 %3 %4 by %5</source>
            <translation>القيد ⁨%1⁩: ⁨%2⁩ ⁨%3⁩ ⁨%4⁩ بواسطة ⁨%5⁩</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>التغييرات:</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <source>After</source>
            <translation>بعد</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>جارٍ فحص سجل التدقيق…</translation>
        </message>
        <message>
            <source>Record in the audit log that entries it held are lost?

%1

Restore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on.</source>
            <translation>هل تريد أن تسجل في سجل التدقيق أن قيودًا كان يحويها قد فُقدت؟

⁨%1⁩

استعد أحدث نسخة احتياطية بدلًا من ذلك إن استطعت. تسجيل الفقد يحفظ ما قالته نقطة التحقق، ويسجل السجلات التي فُقدت قيودها كما هي الآن، ويسمح باستمرار العمل.</translation>
        </message>
        <message>
            <source>Record the loss</source>
            <translation>تسجيل الفقد</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked.</source>
            <translation type="vanished">
                <numerusform>سجل التدقيق سليم: لم يُفحص أي قيد.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص قيد واحد.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص قيدان.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحصت %Ln قيود.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص %Ln قيدًا.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص %Ln قيد.</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2.</source>
            <translation type="vanished">سجل التدقيق مكسور عند القيد ⁨%1⁩: ⁨%2⁩.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>نوع السجل</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>الحقول</translation>
        </message>
    </context>
    <context>
        <name>AuditTexts</name>
        <message numerus="yes">
            <source>%n record(s) differ from the audit log: changed outside SkillAssess.</source>
            <translation>
                <numerusform>لا يختلف أي سجل عن سجل التدقيق.</numerusform>
                <numerusform>يختلف سجل واحد عن سجل التدقيق: غُيّر خارج SkillAssess.</numerusform>
                <numerusform>يختلف سجلان عن سجل التدقيق: غُيّرا خارج SkillAssess.</numerusform>
                <numerusform>تختلف %Ln سجلات عن سجل التدقيق: غُيّرت خارج SkillAssess.</numerusform>
                <numerusform>يختلف %Ln سجلًا عن سجل التدقيق: غُيّرت خارج SkillAssess.</numerusform>
                <numerusform>يختلف %Ln سجل عن سجل التدقيق: غُيّرت خارج SkillAssess.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked; every record matches it.</source>
            <translation>
                <numerusform>سجل التدقيق سليم: لم يُفحص أي قيد؛ كل سجل يطابقه.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص قيد واحد؛ كل سجل يطابقه.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص قيدان؛ كل سجل يطابقه.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحصت %Ln قيود؛ كل سجل يطابقه.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص %Ln قيدًا؛ كل سجل يطابقه.</numerusform>
                <numerusform>سجل التدقيق سليم: فُحص %Ln قيد؛ كل سجل يطابقه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… ولا شيء غير ذلك.</numerusform>
                <numerusform>… وواحد آخر.</numerusform>
                <numerusform>… واثنان آخران.</numerusform>
                <numerusform>… و%Ln أخرى.</numerusform>
                <numerusform>… و%Ln أخرى.</numerusform>
                <numerusform>… و%Ln أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.</source>
            <translation>⁨%1⁩ (⁨%2⁩)، ⁨%3⁩: يقول سجل التدقيق (القيد ⁨%4⁩) ⁨%5⁩، وتحوي قاعدة البيانات ⁨%6⁩.</translation>
        </message>
        <message>
            <source>%1 (%2): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>⁨%1⁩ (⁨%2⁩): لا يوجد قيد تدقيق يسجل هذا السجل؛ لقد أُضيف خارج SkillAssess.</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records it, but it is no longer in the database.</source>
            <translation>⁨%1⁩ (⁨%2⁩): يسجله سجل التدقيق (القيد ⁨%3⁩)، لكنه لم يعد في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.</source>
            <translation>⁨%1⁩ (⁨%2⁩): يسجل سجل التدقيق (القيد ⁨%3⁩) حذفه، لكنه موجود في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>نقطة تحقق السجل المكتوبة في ⁨%1⁩ تثبت ⁨%2⁩ من القيود، لكن قاعدة البيانات تحوي ⁨%3⁩: أحدث التغييرات مفقودة (ملف -wal فُقد بعد تعطل، أو قيود حُذفت). استعد أحدث نسخة احتياطية، أو يسجل مدير النظام الفقد في صفحة سجل التدقيق؛ وحتى ذلك الحين لا يمكن حفظ أي شيء.</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.</source>
            <translation>لم يعد سجل التدقيق يحوي القيود التي تثبتها نقطة التحقق المؤرخة ⁨%1⁩: لقد أُعيدت كتابته أو استُبدل. استعد أحدث نسخة احتياطية، أو يسجل مدير النظام الفقد في صفحة سجل التدقيق؛ وحتى ذلك الحين لا يمكن حفظ أي شيء.</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess.</source>
            <translation>نقطة تحقق السجل ⁦%1⁩ لا تطابق توقيعها: لقد غُيّرت خارج SkillAssess.</translation>
        </message>
        <message>
            <source>There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it.</source>
            <translation>لا توجد نقطة تحقق للسجل (⁦%1⁩)، لذلك لا يمكن اكتشاف حذف أحدث القيود. إذا نسخت قاعدة البيانات فانسخ معها ملف ‎.checkpoint الخاص بها.</translation>
        </message>
        <message>
            <source>The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one.</source>
            <translation>لم تُستخدم نقطة تحقق السجل ⁦%1⁩: إنها موقعة بمفتاح لا يعرفه هذا الحاسوب، أو تتعذر قراءتها. يكتب التغيير التالي نقطة جديدة.</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>سجل التدقيق فارغ؛ لا توجد نقطة تحقق بعد.</translation>
        </message>
        <message>
            <source>The audit checkpoint of %1 (%2 entries) is contained in the log.</source>
            <translation>نقطة التحقق المؤرخة ⁨%1⁩ (⁨%2⁩ من القيود) موجودة في السجل.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2.</source>
            <translation>سجل التدقيق مكسور عند القيد ⁨%1⁩: ⁨%2⁩.</translation>
        </message>
        <message>
            <source>The audit log has lost entries</source>
            <translation>فقد سجل التدقيق بعض القيود</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <source>Backup settings</source>
            <translation>إعدادات النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>On the first start of each day SkillAssess writes a backup of the database, its evidence files, the audit checkpoint and the signing keys. These settings belong to this computer.</source>
            <translation>عند أول تشغيل في كل يوم، يكتب SkillAssess نسخة احتياطية من قاعدة البيانات وملفات الأدلة ونقطة تحقق سجل التدقيق ومفاتيح التوقيع. تخص هذه الإعدادات هذا الحاسوب.</translation>
        </message>
        <message>
            <source>No daily backup</source>
            <translation>بلا نسخ يومي</translation>
        </message>
        <message>
            <source>None (for example a USB stick)</source>
            <translation>لا يوجد (مثلًا ذاكرة USB)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>ا&amp;ستعراض…</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>م&amp;سح</translation>
        </message>
        <message>
            <source>%1, made %2</source>
            <translation>⁨%1⁩، أُنشئت في ⁨%2⁩</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <source>&amp;Daily backups to keep:</source>
            <translation>&amp;عدد النسخ اليومية المحفوظة:</translation>
        </message>
        <message>
            <source>&amp;Second folder:</source>
            <translation>ال&amp;مجلد الثاني:</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>مجلد النسخ الاحتياطية:</translation>
        </message>
        <message>
            <source>Newest backup:</source>
            <translation>أحدث نسخة احتياطية:</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>المجلد الثاني للنسخ الاحتياطية</translation>
        </message>
        <message>
            <source>There is no folder %1; plug the USB stick in or choose another folder.</source>
            <translation>لا يوجد مجلد ⁨%1⁩؛ صِل ذاكرة USB أو اختر مجلدًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>SkillAssess backup (%1);;All files (*)</source>
            <translation>نسخة SkillAssess الاحتياطية (⁨%1⁩);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>قاعدة بيانات تالفة</translation>
        </message>
        <message>
            <source>The database file %1 is damaged, so SkillAssess will not write to it.</source>
            <translation>ملف قاعدة البيانات ⁨%1⁩ تالف، لذلك لن يكتب فيه SkillAssess شيئًا.</translation>
        </message>
        <message>
            <source>The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside the restored one.</source>
            <translation>أحدث نسخة احتياطية هي ⁨%1⁩، أُنشئت في ⁨%2⁩. استعِدها لمتابعة العمل؛ ويُحفظ الملف التالف بجانب الملف المستعاد.</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>استعادة أحدث نسخة احتياطية</translation>
        </message>
        <message>
            <source>No backup of it was found on this computer. If you have one (on a USB stick, for example), restore it; the damaged file is kept beside the restored one.</source>
            <translation>لم يُعثر على نسخة احتياطية منه في هذا الحاسوب. إن كانت لديك واحدة (على ذاكرة USB مثلًا) فاستعِدها؛ ويُحفظ الملف التالف بجانب الملف المستعاد.</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>الاستعادة من ملف…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Replace the database %1 (last changed %2) with the backup made %3?</source>
            <translation>هل تريد استبدال قاعدة البيانات ⁨%1⁩ (آخر تعديل ⁨%2⁩) بالنسخة الاحتياطية المُنشأة في ⁨%3⁩؟</translation>
        </message>
        <message>
            <source>Put the backup made %1 in place as the database %2?</source>
            <translation>هل تريد وضع النسخة الاحتياطية المُنشأة في ⁨%1⁩ مكان قاعدة البيانات ⁨%2⁩؟</translation>
        </message>
        <message>
            <source>The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is replaced is kept beside the database as a copy, so nothing is lost.</source>
            <translation>اجتازت النسخة الاحتياطية كل الفحوص. مصدرها ⁨%1⁩ وتضم ⁨%2⁩ مرشحًا و⁨%3⁩ تقييمًا و⁨%4⁩ شهادة. وتُستبدل أيضًا ملفات الأدلة ونقطة تحقق سجل التدقيق ومفاتيح التوقيع؛ ويُحفظ ما يُستبدل نسخةً بجانب قاعدة البيانات، فلا يضيع شيء.</translation>
        </message>
        <message>
            <source>Replace the database</source>
            <translation>استبدال قاعدة البيانات</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>جارٍ فحص ⁨%1⁩…</translation>
        </message>
        <message>
            <source>Putting the backup in place…</source>
            <translation>جارٍ وضع النسخة الاحتياطية في مكانها…</translation>
        </message>
        <message>
            <source>The database was restored from %1.</source>
            <translation>استُعيدت قاعدة البيانات من ⁨%1⁩.</translation>
        </message>
        <message>
            <source>The database it replaced is kept as %1.</source>
            <translation>حُفظت قاعدة البيانات المستبدَلة باسم ⁨%1⁩.</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>كُتبت النسخة الاحتياطية في ⁨%1⁩.</translation>
        </message>
        <message>
            <source>Copied to %1.</source>
            <translation>نُسخت إلى ⁨%1⁩.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>The PostgreSQL database itself is not in the archive; back it up with: %1</source>
            <translation>قاعدة بيانات PostgreSQL نفسها ليست في الأرشيف؛ انسخها احتياطيًا بالأمر: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>فحص قاعدة البيانات</translation>
        </message>
        <message>
            <source>The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).</source>
            <translation>ملف قاعدة البيانات ⁨%1⁩ سليم: لم يجد فحص السلامة الكامل في SQLite أي مشكلة (⁨%2⁩ ث).</translation>
        </message>
        <message>
            <source>Checking every page, table and index of %1…</source>
            <translation>جارٍ فحص كل صفحة وجدول وفهرس في ⁨%1⁩…</translation>
        </message>
        <message>
            <source>The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>المجلد الثاني للنسخ الاحتياطية ⁨%1⁩ غير موجود (هل ذاكرة USB موصولة؟)؛ النسخة الاحتياطية في مجلد البيانات فقط.</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>النسخ الاحتياطي اليومي</translation>
        </message>
        <message>
            <source>Today's backup was written to %1.</source>
            <translation>كُتبت نسخة اليوم الاحتياطية في ⁨%1⁩.</translation>
        </message>
        <message>
            <source>Daily backup written to %1</source>
            <translation>كُتبت النسخة الاحتياطية اليومية في ⁨%1⁩</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية اليومية: ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>BodyForm</name>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>ال&amp;بلد</translation>
        </message>
        <message>
            <source>&amp;Level scale</source>
            <translation>سلّم ال&amp;مستويات</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>Not given</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>مرشح جديد</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Given when saved</source>
            <translation>يُمنح عند الحفظ</translation>
        </message>
        <message>
            <source>The full name in Amharic, Arabic or another script, as the candidate writes it</source>
            <translation>الاسم الكامل بالأمهرية أو العربية أو بكتابة أخرى، كما يكتبه المرشح</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Two letters, e.g. GH</source>
            <translation>حرفان، مثلًا LB</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>اختيار صورة…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>إزالة الصورة</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Family name *</source>
            <translation>اسم العائلة *</translation>
        </message>
        <message>
            <source>Given names *</source>
            <translation>الاسم الشخصي *</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>الاسم بالكتابة المحلية</translation>
        </message>
        <message>
            <source>Sex *</source>
            <translation>الجنس *</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>وثيقة الهوية</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>رقم وثيقة الهوية</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>الجنسية</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>الإعاقة</translation>
        </message>
        <message>
            <source>Disability details</source>
            <translation>تفاصيل الإعاقة</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>المستوى التعليمي</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>سنوات الخبرة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>المرشح ⁨%1⁩</translation>
        </message>
        <message>
            <source>Choose photo</source>
            <translation>اختيار صورة</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>تعذّرت قراءة ⁦%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <source>%1 is not a picture this application can read.</source>
            <translation>الملف ⁦%1⁩ ليس صورة يستطيع البرنامج قراءتها.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>بلا صورة</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>فتح ⁨%1⁩</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>لم يُحفظ: صحّح الحقول المعلَّمة بالأحمر.</translation>
        </message>
        <message>
            <source>Check the warning above; press Save again to save anyway.</source>
            <translation>راجع التنبيه أعلاه؛ اضغط «حفظ» مرة أخرى للحفظ على أي حال.</translation>
        </message>
        <message>
            <source>Sign in to register candidates.</source>
            <translation>سجّل الدخول لتسجيل المرشحين.</translation>
        </message>
    </context>
    <context>
        <name>CandidatePanel</name>
        <message>
            <source>Methods used</source>
            <translation>الطرق المستخدمة</translation>
        </message>
        <message>
            <source>Not declared yet</source>
            <translation>لم يُصرَّح به بعد</translation>
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation>لا يوجد تضارب في المصالح</translation>
        </message>
        <message>
            <source>Conflict of interest (describe)</source>
            <translation>يوجد تضارب في المصالح (صِفه)</translation>
        </message>
        <message>
            <source>For example: the candidate is a relative</source>
            <translation>مثلًا: المرشح من الأقارب</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>ملاحظات المقيّم</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>التغذية الراجعة المقدَّمة للمرشح</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>لا نتيجة بعد</translation>
        </message>
        <message>
            <source>Credit transfer: earlier qualification and who issued it</source>
            <translation>نقل الأرصدة: المؤهل السابق والجهة التي منحته</translation>
        </message>
        <message>
            <source>Conflict of interest:</source>
            <translation>تضارب المصالح:</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>الملاحظات:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>التغذية الراجعة:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>النتيجة:</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>تقديم</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تدقيق</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>إعادة…</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>تصحيح…</translation>
        </message>
        <message>
            <source>New attempt</source>
            <translation>محاولة جديدة</translation>
        </message>
        <message>
            <source>Appeal…</source>
            <translation>تظلّم…</translation>
        </message>
        <message>
            <source>Print record…</source>
            <translation>طباعة السجل…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل التاريخي</translation>
        </message>
        <message>
            <source>Choose a candidate's column in the grid.</source>
            <translation>اختر عمود أحد المرشحين في الجدول.</translation>
        </message>
        <message>
            <source>Attempt %1 · %2</source>
            <translation>المحاولة ⁨%1⁩ · ⁨%2⁩</translation>
        </message>
        <message>
            <source>verified by %1</source>
            <translation>دقّقها ⁨%1⁩</translation>
        </message>
        <message>
            <source>assessor: %1</source>
            <translation>المقيّم: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Returned: %1</source>
            <translation>أُعيدت: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Decide appeal…</source>
            <translation>البتّ في التظلّم…</translation>
        </message>
        <message>
            <source>Not yet Satisfactory or not assessed: %1</source>
            <translation>غير مُرضٍ بعد أو لم يُقيَّم: ⁨%1⁩</translation>
        </message>
        <message>
            <source>No method recorded.</source>
            <translation>لم تُسجَّل أي طريقة.</translation>
        </message>
        <message>
            <source>Competent is blocked. </source>
            <translation>لا يمكن تسجيل «كفء». </translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: Competent can be recorded.</source>
            <translation>كل المعايير مُرضية: يمكن تسجيل «كفء».</translation>
        </message>
        <message>
            <source>Attempt %1, %2: %3, %4</source>
            <translation>المحاولة ⁨%1⁩، ⁨%2⁩: ⁨%3⁩، ⁨%4⁩</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>بلا نتيجة</translation>
        </message>
        <message>
            <source>Amended by %1: %2</source>
            <translation>صحّحها ⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <source>Appeal of %1: %2 (%3)</source>
            <translation>تظلّم بتاريخ ⁨%1⁩: ⁨%2⁩ (⁨%3⁩)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>حُفظ: ⁨%1⁩</translation>
        </message>
        <message>
            <source>methods</source>
            <translation>الطرق</translation>
        </message>
        <message>
            <source>Describe the conflict of interest, then press Enter.</source>
            <translation>صِف تضارب المصالح، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>تضارب المصالح</translation>
        </message>
        <message>
            <source>comments and feedback</source>
            <translation>الملاحظات والتغذية الراجعة</translation>
        </message>
        <message>
            <source>Type the source of the credit transfer, then press Enter.</source>
            <translation>اكتب مصدر نقل الأرصدة، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>submitted for verification</source>
            <translation>قُدّمت للتدقيق</translation>
        </message>
        <message>
            <source>verified and locked</source>
            <translation>دُقّقت وأُقفلت</translation>
        </message>
        <message>
            <source>Return to the assessor</source>
            <translation>إعادة إلى المقيّم</translation>
        </message>
        <message>
            <source>What must the assessor fix?</source>
            <translation>ما الذي يجب على المقيّم تصحيحه؟</translation>
        </message>
        <message>
            <source>returned to the assessor</source>
            <translation>أُعيدت إلى المقيّم</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>تصحيح</translation>
        </message>
        <message>
            <source>new attempt opened</source>
            <translation>فُتحت محاولة جديدة</translation>
        </message>
        <message>
            <source>appeal decided</source>
            <translation>بُتّ في التظلّم</translation>
        </message>
        <message>
            <source>appeal recorded</source>
            <translation>سُجّل التظلّم</translation>
        </message>
        <message>
            <source>Save assessment record</source>
            <translation>حفظ سجل التقييم</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>ملف PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="vanished">تعذّرت الكتابة في ⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>تمت كتابة ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Registration no.</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>الاسم الشخصي</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>الاسم بالكتابة المحلية</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>الجنسية</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>رقم وثيقة الهوية</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message>
            <source>Search by name (any script), registration number or ID</source>
            <translation>ابحث بالاسم (بأي كتابة) أو برقم التسجيل أو برقم وثيقة الهوية</translation>
        </message>
        <message>
            <source>Any sex</source>
            <translation>الجنسان</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>جميع المراحل</translation>
        </message>
        <message>
            <source>New candidate…</source>
            <translation>مرشح جديد…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>تسجيل…</translation>
        </message>
        <message>
            <source>RPL step…</source>
            <translation>مرحلة الاعتراف بالتعلم السابق…</translation>
        </message>
        <message>
            <source>Self-assessment…</source>
            <translation>التقييم الذاتي…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>الأدلة…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>استيراد من Excel…</translation>
        </message>
        <message>
            <source>Excel template…</source>
            <translation>قالب Excel…</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>المرشحون</translation>
        </message>
        <message>
            <source>Any qualification</source>
            <translation>جميع المؤهلات</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>لا يوجد مرشحون</numerusform>
                <numerusform>مرشح واحد</numerusform>
                <numerusform>مرشحان</numerusform>
                <numerusform>%Ln مرشحين</numerusform>
                <numerusform>%Ln مرشحًا</numerusform>
                <numerusform>%Ln مرشح</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enrolled yet.</source>
            <translation>غير مسجَّل بعد.</translation>
        </message>
        <message>
            <source>stage: %1</source>
            <translation>المرحلة: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Enrol the candidate in a qualification first.</source>
            <translation>سجّل المرشح في مؤهل أولًا.</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>التقييم الذاتي</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>التسجيل</translation>
        </message>
        <message>
            <source>Save Excel template</source>
            <translation>حفظ قالب Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Import candidates</source>
            <translation>استيراد المرشحين</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد ⁨%1⁩…</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) imported.</source>
            <translation>
                <numerusform>لم يُستورد أي مرشح.</numerusform>
                <numerusform>استُورد مرشح واحد.</numerusform>
                <numerusform>استُورد مرشحان.</numerusform>
                <numerusform>استُورد %Ln مرشحين.</numerusform>
                <numerusform>استُورد %Ln مرشحًا.</numerusform>
                <numerusform>استُورد %Ln مرشح.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already registered, not imported again:</source>
            <translation>
                <numerusform>لا يوجد مرشحون مسجلون مسبقًا:</numerusform>
                <numerusform>مرشح واحد مسجَّل مسبقًا، لم يُستورد مجددًا:</numerusform>
                <numerusform>مرشحان مسجَّلان مسبقًا، لم يُستوردا مجددًا:</numerusform>
                <numerusform>%Ln مرشحين مسجَّلين مسبقًا، لم يُستوردوا مجددًا:</numerusform>
                <numerusform>%Ln مرشحًا مسجَّلًا مسبقًا، لم يُستوردوا مجددًا:</numerusform>
                <numerusform>%Ln مرشح مسجَّل مسبقًا، لم يُستوردوا مجددًا:</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>الصف ⁨%1⁩: ⁨%2⁩</translation>
        </message>
    </context>
    <context>
        <name>CentrePage</name>
        <message>
            <source>Your centre</source>
            <translation>مركزكم</translation>
        </message>
        <message>
            <source>These appear on certificates and reports. An administrator can change them later.</source>
            <translation>تظهر هذه البيانات على الشهادات والتقارير. يمكن للمسؤول تغييرها لاحقًا.</translation>
        </message>
        <message>
            <source>e.g. ACC</source>
            <translation>مثلًا ACC</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>بلا شعار</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>اختيار ال&amp;شعار…</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>ا&amp;سم المركز:</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;رمز المركز:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>ال&amp;بلد:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>الشعار:</translation>
        </message>
        <message>
            <source>The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number.</source>
            <translation>يتكون رمز المركز من ٢٠ حرفًا أو رقمًا أو شرطة على الأكثر (مثلًا ACC)؛ ويبدأ به كل رقم تسلسلي للشهادات.</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>شعار المركز</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>%1 is not an image that can be read.</source>
            <translation>الملف ⁦%1⁩ ليس صورة يمكن قراءتها.</translation>
        </message>
    </context>
    <context>
        <name>CentreSettingsDialog</name>
        <message>
            <source>Centre settings</source>
            <translation>إعدادات المركز</translation>
        </message>
        <message>
            <source>Starts new certificate serial numbers and registration numbers.</source>
            <translation>يبدأ به كل رقم تسلسلي جديد للشهادات وكل رقم تسجيل جديد.</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>اختيار ال&amp;شعار…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>إزالة الشعار</translation>
        </message>
        <message>
            <source>QR codes on new certificates link to this address, where anyone can check them. Leave it empty to print the signed text only.</source>
            <translation>تحيل رموز QR في الشهادات الجديدة إلى هذا العنوان، حيث يمكن لأي شخص التحقق منها. اتركه فارغًا لطباعة النص الموقَّع فقط.</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>اسم ال&amp;مركز:</translation>
        </message>
        <message>
            <source>Centre &amp;code:</source>
            <translation>&amp;رمز المركز:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>ال&amp;بلد:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>الشعار:</translation>
        </message>
        <message>
            <source>&amp;Verification address:</source>
            <translation>عنوان ال&amp;تحقق:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Title (%1)</source>
            <translation>الصفة (⁨%1⁩)</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <source>&amp;Add signatory</source>
            <translation>إ&amp;ضافة موقِّع</translation>
        </message>
        <message>
            <source>R&amp;emove signatory</source>
            <translation>إزالة ال&amp;موقِّع</translation>
        </message>
        <message>
            <source>Choose &amp;signature…</source>
            <translation>اختيار ال&amp;توقيع…</translation>
        </message>
        <message>
            <source>Remove signature</source>
            <translation>إزالة التوقيع</translation>
        </message>
        <message>
            <source>Signatories on certificates (at most %1)</source>
            <translation>الموقِّعون على الشهادات (⁨%1⁩ على الأكثر)</translation>
        </message>
        <message>
            <source>Only administrators change the centre settings.</source>
            <translation>لا يغيّر إعدادات المركز إلا المسؤولون.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>لا شعار</translation>
        </message>
        <message>
            <source>Centre logo</source>
            <translation>شعار المركز</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>Serial</source>
            <translation>الرقم التسلسلي</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>تاريخ الإصدار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>مرات إعادة الطباعة</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Search by serial, registration number or name</source>
            <translation>ابحث بالرقم التسلسلي أو رقم التسجيل أو الاسم</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>جميع الحالات</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>جميع الأنواع</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>جميع السنوات</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>إصدار…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>Reprint…</source>
            <translation>إعادة الطباعة…</translation>
        </message>
        <message>
            <source>Reprint to PDF or ZIP…</source>
            <translation>إعادة الطباعة بصيغة PDF أو ZIP…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>إلغاء…</translation>
        </message>
        <message>
            <source>Reissue…</source>
            <translation>إعادة إصدار…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>تحقّق…</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>الشهادات</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in the register</source>
            <translation>
                <numerusform>لا توجد شهادات في السجل</numerusform>
                <numerusform>شهادة واحدة في السجل</numerusform>
                <numerusform>شهادتان في السجل</numerusform>
                <numerusform>%Ln شهادات في السجل</numerusform>
                <numerusform>%Ln شهادة في السجل</numerusform>
                <numerusform>%Ln شهادة في السجل</numerusform>
            </translation>
        </message>
        <message>
            <source>Issuing, printing and revoking need the registrar role.</source>
            <translation>الإصدار والطباعة والإلغاء تتطلب دور مسؤول التسجيل.</translation>
        </message>
        <message>
            <source>Printed again, marked "Reprint" and counted in the register.</source>
            <translation>تُطبع مجددًا مع الإشارة إلى أنها إعادة طباعة، وتُحتسب في السجل.</translation>
        </message>
        <message>
            <source>Issued: %1</source>
            <translation>صدرت: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>حفظ الشهادات</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>ملف PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="vanished">تعذّرت الكتابة في ⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <source>Certificate %1</source>
            <translation>الشهادة ⁨%1⁩</translation>
        </message>
        <message>
            <source>One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)</source>
            <translation>ملف PDF واحد (*.pdf);;ملف ZIP بملف PDF لكل شهادة (*.zip)</translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n certificate(s)…</source>
            <translation>
                <numerusform>لا توجد شهادات للتحضير…</numerusform>
                <numerusform>جارٍ تحضير شهادة واحدة…</numerusform>
                <numerusform>جارٍ تحضير شهادتين…</numerusform>
                <numerusform>جارٍ تحضير %Ln شهادات…</numerusform>
                <numerusform>جارٍ تحضير %Ln شهادة…</numerusform>
                <numerusform>جارٍ تحضير %Ln شهادة…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) saved</source>
            <translation>
                <numerusform>لم تُحفظ أي شهادة</numerusform>
                <numerusform>حُفظت شهادة واحدة</numerusform>
                <numerusform>حُفظت شهادتان</numerusform>
                <numerusform>حُفظت %Ln شهادات</numerusform>
                <numerusform>حُفظت %Ln شهادة</numerusform>
                <numerusform>حُفظت %Ln شهادة</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message numerus="yes">
            <source>Printing %n certificate(s)…</source>
            <translation>
                <numerusform>لا توجد شهادات للطباعة…</numerusform>
                <numerusform>جارٍ طباعة شهادة واحدة…</numerusform>
                <numerusform>جارٍ طباعة شهادتين…</numerusform>
                <numerusform>جارٍ طباعة %Ln شهادات…</numerusform>
                <numerusform>جارٍ طباعة %Ln شهادة…</numerusform>
                <numerusform>جارٍ طباعة %Ln شهادة…</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>إلغاء الشهادة</translation>
        </message>
        <message>
            <source>Why is certificate %1 revoked? It stays in the register, marked revoked.</source>
            <translation>لماذا تُلغى الشهادة ⁨%1⁩؟ تبقى في السجل مع إشارة إلى إلغائها.</translation>
        </message>
        <message>
            <source>Reissue certificate</source>
            <translation>إعادة إصدار الشهادة</translation>
        </message>
        <message>
            <source>What was corrected? Certificate %1 will be revoked and a new serial issued in its place.</source>
            <translation>ما الذي صُحّح؟ ستُلغى الشهادة ⁨%1⁩ ويصدر رقم تسلسلي جديد بدلًا منها.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>تغيير كلمة المرور</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>كلمة المرور ال&amp;حالية:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>كلمة المرور ال&amp;جديدة:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>تأكي&amp;د كلمة المرور الجديدة:</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrol candidate</source>
            <translation>تسجيل المرشح</translation>
        </message>
        <message>
            <source>The whole qualification</source>
            <translation>المؤهل كاملًا</translation>
        </message>
        <message>
            <source>Chosen units only</source>
            <translation>الوحدات المختارة فقط</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>المسار</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <source>Choose a qualification (and sign in) to enrol.</source>
            <translation>اختر مؤهلًا (وسجّل الدخول) للتسجيل.</translation>
        </message>
        <message>
            <source>Tick at least one unit, or choose the whole qualification.</source>
            <translation>حدّد وحدة واحدة على الأقل، أو اختر المؤهل كاملًا.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.</source>
            <translation>قاعدة البيانات مشغولة: مستخدم أو برنامج آخر يحفظ فيها. لم يتغيّر شيء؛ حاول مرة أخرى بعد لحظات.</translation>
        </message>
        <message>
            <source>The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.</source>
            <translation>لا يمكن تعديل قاعدة البيانات: الملف أو مجلده للقراءة فقط. لم يتغيّر شيء؛ اسمح بالكتابة هناك، أو انسخ قاعدة البيانات إلى مجلد يمكنك الكتابة فيه.</translation>
        </message>
        <message>
            <source>The disk that holds the database is full. Nothing was changed; free some space and try again.</source>
            <translation>القرص الذي يحوي قاعدة البيانات ممتلئ. لم يتغيّر شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.</source>
            <translation>تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه (مشكلة في القرص أو ذاكرة USB أو الشبكة). لم يتغيّر شيء؛ تحقّق من أن القرص متصل وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The database file is damaged. Nothing was changed; stop using it and restore the newest backup.</source>
            <translation>ملف قاعدة البيانات تالف. لم يتغيّر شيء؛ توقّف عن استخدامه واستعد أحدث نسخة احتياطية.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.</source>
            <translation>يتعذّر الوصول إلى خادم قاعدة البيانات: إما أنه متوقف أو أن الشبكة منقطعة. تحقّق من الاتصال أو اسأل المسؤول عن الخادم، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.</source>
            <translation>يتعارض التعديل مع تعديل آخر حُفظ في الوقت نفسه، ربما من مستخدم آخر. لم يتغيّر شيء؛ افتح السجل مجددًا وكرّر التعديل.</translation>
        </message>
        <message>
            <source>The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.</source>
            <translation>أبلغت قاعدة البيانات عن مشكلة. لم يتغيّر شيء؛ حاول مرة أخرى، وإن تكرّر ذلك فأبلغ عنه مرفقًا بملف السجل.</translation>
        </message>
        <message>
            <source>Something went wrong: %1
Please report this with the log file.</source>
            <translation>حدث خطأ غير متوقع: ⁨%1⁩
يُرجى الإبلاغ عنه مع إرفاق ملف السجل.</translation>
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
            <translation>ملف الأدلة — ⁨%1⁩</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>المعايير</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>إضافة ملف…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>سحب</translation>
        </message>
        <message>
            <source>Show withdrawn</source>
            <translation>إظهار المسحوب</translation>
        </message>
        <message>
            <source>Rules of evidence (assessor's judgement)</source>
            <translation>قواعد الأدلة (حكم المقيّم)</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>صحيح</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>كافٍ</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>أصيل</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>حديث</translation>
        </message>
        <message>
            <source>Save judgement</source>
            <translation>حفظ الحكم</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the portfolio</source>
            <translation>
                <numerusform>لا توجد أدلة في الملف</numerusform>
                <numerusform>دليل واحد في الملف</numerusform>
                <numerusform>دليلان في الملف</numerusform>
                <numerusform>%Ln أدلة في الملف</numerusform>
                <numerusform>%Ln دليلًا في الملف</numerusform>
                <numerusform>%Ln دليل في الملف</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, SHA-256 %2</source>
            <translation>⁨%1⁩، SHA-256 ⁨%2⁩</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>إضافة دليل</translation>
        </message>
        <message>
            <source>Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)</source>
            <translation>الأدلة (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>This file is already in the portfolio; it was not added twice.</source>
            <translation>هذا الملف موجود في ملف الأدلة مسبقًا؛ ولم يُضف مرتين.</translation>
        </message>
        <message>
            <source>Withdraw evidence</source>
            <translation>سحب دليل</translation>
        </message>
        <message>
            <source>Withdraw %1 from the portfolio? The file is kept and stays in the record.</source>
            <translation>هل تريد سحب ⁨%1⁩ من ملف الأدلة؟ يُحتفظ بالملف ويبقى في السجل.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Welcome to %1</source>
            <translation>مرحبًا بكم في ⁨%1⁩</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>ا&amp;بدأ</translation>
        </message>
        <message>
            <source>This database (%1) has no users yet. Record your centre and its first administrator to start.</source>
            <translation>لا يوجد مستخدمون بعد في قاعدة البيانات هذه (⁦%1⁩). سجّل مركزكم ومسؤوله الأول للبدء.</translation>
        </message>
    </context>
    <context>
        <name>IssueConfirmDialog</name>
        <message numerus="yes">
            <source>Issue %n certificate(s)?</source>
            <translation>
                <numerusform>إصدار %n شهادة؟</numerusform>
                <numerusform>إصدار شهادة واحدة؟</numerusform>
                <numerusform>إصدار شهادتين؟</numerusform>
                <numerusform>إصدار %n شهادات؟</numerusform>
                <numerusform>إصدار %n شهادة؟</numerusform>
                <numerusform>إصدار %n شهادة؟</numerusform>
            </translation>
        </message>
        <message>
            <source>English</source>
            <translation type="vanished">الإنجليزية</translation>
        </message>
        <message>
            <source>French</source>
            <translation type="vanished">الفرنسية</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation type="vanished">العربية</translation>
        </message>
        <message>
            <source>Amharic</source>
            <translation type="vanished">الأمهرية</translation>
        </message>
        <message>
            <source>Swahili</source>
            <translation type="vanished">السواحيلية</translation>
        </message>
        <message>
            <source> and </source>
            <translation> و</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) will be issued in %1, dated %2.</source>
            <translation>
                <numerusform>ستصدر %n شهادة باللغة ⁨%1⁩، بتاريخ ⁨%2⁩.</numerusform>
                <numerusform>ستصدر شهادة واحدة باللغة ⁨%1⁩، بتاريخ ⁨%2⁩.</numerusform>
                <numerusform>ستصدر شهادتان باللغة ⁨%1⁩، بتاريخ ⁨%2⁩.</numerusform>
                <numerusform>ستصدر %n شهادات باللغة ⁨%1⁩، بتاريخ ⁨%2⁩.</numerusform>
                <numerusform>ستصدر %n شهادة باللغة ⁨%1⁩، بتاريخ ⁨%2⁩.</numerusform>
                <numerusform>ستصدر %n شهادة باللغة ⁨%1⁩، بتاريخ ⁨%2⁩.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each takes the next serial number and is recorded in the register; a mistake can then only be revoked, not undone.</source>
            <translation>تأخذ كل شهادة الرقم التسلسلي التالي وتُقيَّد في السجل؛ ولا يمكن بعد ذلك إلا إلغاء الخطأ، لا التراجع عنه.</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>الشهادة</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>شهادة كاملة</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>إفادة إنجاز</translation>
        </message>
        <message>
            <source>The first certificate as it will print (its serial is taken on issue).</source>
            <translation>الشهادة الأولى كما ستُطبع (يؤخذ رقمها التسلسلي عند الإصدار).</translation>
        </message>
        <message>
            <source>First certificate: %1</source>
            <translation>الشهادة الأولى: ⁨%1⁩</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n certificate(s)</source>
            <translation>
                <numerusform>إصدار %n شهادة</numerusform>
                <numerusform>إصدار شهادة واحدة</numerusform>
                <numerusform>إصدار شهادتين</numerusform>
                <numerusform>إصدار %n شهادات</numerusform>
                <numerusform>إصدار %n شهادة</numerusform>
                <numerusform>إصدار %n شهادة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>إصدار الشهادات</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>الشهادة</translation>
        </message>
        <message>
            <source>Units achieved</source>
            <translation>الوحدات المنجَزة</translation>
        </message>
        <message>
            <source>Full certificate</source>
            <translation>شهادة كاملة</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>إفادة إنجاز</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 أفقي</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 عمودي</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>اللغة الثانية</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>الصفحة</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>إصدار</translation>
        </message>
        <message>
            <source>No candidate is eligible: certificates need verified results.</source>
            <translation>لا يوجد مرشح مستحق: تتطلب الشهادات نتائج مدقَّقة.</translation>
        </message>
        <message>
            <source>Choose two different languages, or no second language.</source>
            <translation>اختر لغتين مختلفتين، أو لا تختر لغة ثانية.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>المقيّم</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>المدقق</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>مسؤول التسجيل</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>standard</comment>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ساري المفعول</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>مستبدَل</translation>
        </message>
        <message>
            <source>All core units plus electives</source>
            <translation>جميع الوحدات الأساسية إضافةً إلى وحدات اختيارية</translation>
        </message>
        <message>
            <source>All core units and a minimum of credits</source>
            <translation>جميع الوحدات الأساسية وحدٌّ أدنى من الأرصدة</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>أساسية</translation>
        </message>
        <message>
            <source>Elective</source>
            <translation>اختيارية</translation>
        </message>
        <message>
            <source>Range statement</source>
            <translation>نطاق التطبيق</translation>
        </message>
        <message>
            <source>Required knowledge</source>
            <translation>المعارف المطلوبة</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>المهارات المطلوبة</translation>
        </message>
        <message>
            <source>Evidence guide</source>
            <translation>دليل الأدلة</translation>
        </message>
        <message>
            <source>Assessment conditions</source>
            <translation>شروط التقييم</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير مصرَّح به</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>بطاقة الهوية الوطنية</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>جواز السفر</translation>
        </message>
        <message>
            <source>Refugee ID</source>
            <translation>بطاقة لاجئ</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>وثيقة أخرى</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>بلا وثيقة</translation>
        </message>
        <message>
            <source>RPL</source>
            <translation>الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>enrolment</comment>
            <translation>نشط</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>enrolment</comment>
            <translation>منسحب</translation>
        </message>
        <message>
            <source>Information and counselling</source>
            <translation>الإعلام والإرشاد</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>الأهلية</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>التقييم الذاتي</translation>
        </message>
        <message>
            <source>Portfolio of evidence</source>
            <translation>ملف الأدلة</translation>
        </message>
        <message>
            <source>Assessment</source>
            <comment>RPL stage</comment>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>منح الشهادة</translation>
        </message>
        <message>
            <source>Appeal</source>
            <comment>RPL stage</comment>
            <translation>التظلّم</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>مؤهَّل</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>غير مؤهَّل</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>أستطيع القيام بذلك</translation>
        </message>
        <message>
            <source>With help</source>
            <translation>بمساعدة</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>Certificate</source>
            <comment>evidence</comment>
            <translation>شهادة</translation>
        </message>
        <message>
            <source>Photo of work</source>
            <translation>صورة لعمل منجَز</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>فيديو</translation>
        </message>
        <message>
            <source>Reference letter</source>
            <translation>رسالة توصية</translation>
        </message>
        <message>
            <source>Work sample</source>
            <translation>عيّنة عمل</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>evidence</comment>
            <translation>إفادة من طرف ثالث</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>evidence</comment>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>evidence</comment>
            <translation>صالح</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>evidence</comment>
            <translation>مسحوب</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>الأسئلة الشفوية</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>المنتَج</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <comment>assessment method</comment>
            <translation>تقرير طرف ثالث</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>ملف الإنجاز</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>assessment</comment>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>مقدَّم</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>مدقَّق</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>مُعاد للتصحيح</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>كفء</translation>
        </message>
        <message>
            <source>Not Yet Competent</source>
            <translation>غير كفء بعد</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>ممنوحة بالاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>Credit transfer</source>
            <translation>نقل الأرصدة</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>outcome</comment>
            <translation>انسحاب</translation>
        </message>
        <message>
            <source>Satisfactory</source>
            <translation>مُرضٍ</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>غير مُرضٍ بعد</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>Qualification certificate</source>
            <translation>شهادة المؤهل</translation>
        </message>
        <message>
            <source>Statement of attainment</source>
            <translation>إفادة إنجاز</translation>
        </message>
        <message>
            <source>Issued</source>
            <comment>certificate</comment>
            <translation>صادرة</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>إنشاء</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The language of SkillAssess on this computer. You can change it later in View → Language.</source>
            <translation>لغة SkillAssess على هذا الحاسوب. يمكنك تغييرها لاحقًا من عرض ← اللغة.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About SkillAssess</source>
            <translation type="vanished">حول SkillAssess</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SkillAssess %1&lt;/h3&gt;&lt;p&gt;Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;SkillAssess ⁨%1⁩&lt;/h3&gt;&lt;p&gt;معايير الكفاءة والتقييمات العملية والاعتراف بالتعلم السابق والشهادات لمراكز التعليم والتدريب التقني والمهني، دون الحاجة إلى اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: ⁨%2⁩&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.</source>
            <translation>ستظهر واجهة SkillAssess باللغة المختارة (⁨%1⁩) بعد إعادة التشغيل. لن يُفقد شيء مما حفظته.</translation>
        </message>
        <message>
            <source>Restart now?</source>
            <translation>هل تريد إعادة التشغيل الآن؟</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>إعادة التشغيل الآن</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>قاعدة البيانات: ⁦%1⁩</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>لم يسجَّل الدخول</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>المستخدم: ⁨%1⁩</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>قاعدة بيانات &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;فتح قاعدة بيانات…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>&amp;تغيير كلمة المرور…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>تبديل المست&amp;خدم…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>تسجيل ال&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;نسخ احتياطي الآن…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>ت&amp;صدير</translation>
        </message>
        <message>
            <source>&amp;Results…</source>
            <translation>ال&amp;نتائج…</translation>
        </message>
        <message>
            <source>Certificate &amp;register…</source>
            <translation>&amp;سجل الشهادات…</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>الإ&amp;حصاءات…</translation>
        </message>
        <message>
            <source>&amp;Verification site…</source>
            <translation>موقع ال&amp;تحقق…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;تحديث</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>أ&amp;دوات</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;فحص قاعدة البيانات…</translation>
        </message>
        <message>
            <source>&amp;Backup settings…</source>
            <translation>إعدادات ال&amp;نسخ الاحتياطي…</translation>
        </message>
        <message>
            <source>C&amp;entre settings…</source>
            <translation>إعدادات المر&amp;كز…</translation>
        </message>
        <message>
            <source>The database file is damaged: changes are refused.</source>
            <translation>ملف قاعدة البيانات تالف: التغييرات مرفوضة.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;About SkillAssess</source>
            <translation>&amp;حول SkillAssess</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>تم تسجيل الدخول باسم ⁨%1⁩</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>فتح قاعدة بيانات</translation>
        </message>
        <message>
            <source>SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>قاعدة بيانات SkillAssess (*.sqlite3 *.sqlite *.db);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>قاعدة بيانات جديدة</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>الملف ⁦%1⁩ موجود بالفعل؛ اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>تعذّر فتح قاعدة البيانات</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>تم فتح ⁦%1⁩</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>المؤهل ⁨{code}⁩ الإصدار ⁨{version}⁩ حلّ محله إصدار أحدث ويُحفظ كما كان؛ عدّل الإصدار الحالي أو أنشئ إصدارًا جديدًا.</translation>
        </message>
        <message>
            <source>Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>المؤهل ⁨{code}⁩ الإصدار ⁨{version}⁩ مستخدَم (التسجيلات: ⁨{enrolments}⁩، الشهادات: ⁨{certificates}⁩)، لذا لا يمكن تعديله في مكانه؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.</source>
            <translation>الوحدة ⁨{code}⁩ الإصدار ⁨{version}⁩ حلّ محلها إصدار أحدث وتُحفظ كما كانت؛ عدّل الإصدار الحالي أو أنشئ إصدارًا جديدًا.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>الوحدة ⁨{code}⁩ الإصدار ⁨{version}⁩ مستخدَمة في التقييمات (عددها ⁨{count}⁩)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>الوحدة ⁨{code}⁩ الإصدار ⁨{version}⁩ واردة في الشهادات (عددها ⁨{count}⁩)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>الوحدة ⁨{code}⁩ الإصدار ⁨{version}⁩ لها إجابات في التقييم الذاتي (عددها ⁨{count}⁩)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.</translation>
        </message>
        <message>
            <source>Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.</source>
            <translation>الوحدة ⁨{code}⁩ الإصدار ⁨{version}⁩ مرتبطة بأدلة (عددها ⁨{count}⁩)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.</translation>
        </message>
    </context>
    <context>
        <name>NewItemDialog</name>
        <message>
            <source>To add a unit that exists already, give its code; the title is then not needed.</source>
            <translation>لإضافة وحدة موجودة مسبقًا، أدخل رمزها؛ ولا حاجة عندئذ إلى العنوان.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>ال&amp;رمز</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>ال&amp;فئة</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>كلمتا المرور مختلفتان؛ اكتبهما مرة أخرى.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>يجب أن تتكون كلمة المرور من ⁨%1⁩ أحرف على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Progress: %1</source>
            <translation>التقدّم: ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message>
            <source>Packaging rules met: a full qualification certificate can be issued.</source>
            <translation>قواعد تكوين المؤهل مستوفاة: يمكن إصدار شهادة المؤهل الكاملة.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved: a statement of attainment can be issued.</source>
            <translation>
                <numerusform>لم تُنجز أي وحدة.</numerusform>
                <numerusform>أُنجزت وحدة واحدة: يمكن إصدار إفادة إنجاز.</numerusform>
                <numerusform>أُنجزت وحدتان: يمكن إصدار إفادة إنجاز.</numerusform>
                <numerusform>أُنجزت %Ln وحدات: يمكن إصدار إفادة إنجاز.</numerusform>
                <numerusform>أُنجزت %Ln وحدة: يمكن إصدار إفادة إنجاز.</numerusform>
                <numerusform>أُنجزت %Ln وحدة: يمكن إصدار إفادة إنجاز.</numerusform>
            </translation>
        </message>
        <message>
            <source>No unit achieved yet.</source>
            <translation>لم تُنجز أي وحدة بعد.</translation>
        </message>
        <message>
            <source>The candidate is not enrolled for any qualification.</source>
            <translation>المرشح غير مسجَّل في أي مؤهل.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>الأرصدة</translation>
        </message>
        <message>
            <source>Latest outcome</source>
            <translation>آخر نتيجة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>المحاولات</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>منجَزة</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
    </context>
    <context>
        <name>QualificationForm</name>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>ال&amp;مستوى</translation>
        </message>
        <message>
            <source>Sec&amp;tor</source>
            <translation>ال&amp;قطاع</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>ال&amp;وصف</translation>
        </message>
        <message>
            <source>&amp;Packaging rules</source>
            <translation>قواعد ت&amp;كوين المؤهل</translation>
        </message>
        <message>
            <source>&amp;Electives required</source>
            <translation>الوحدات الا&amp;ختيارية المطلوبة</translation>
        </message>
        <message>
            <source>C&amp;redits required</source>
            <translation>الأر&amp;صدة المطلوبة</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>⁨%1⁩ (⁨%2⁩)</translation>
        </message>
    </context>
    <context>
        <name>RecordingDialog</name>
        <message>
            <source>Record assessments</source>
            <translation>تسجيل نتائج التقييم</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>الوحدة:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>عرض:</translation>
        </message>
        <message>
            <source>Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once.</source>
            <translation>المفاتيح: S = مُرضٍ، N = غير مُرضٍ بعد، المسافة = مسح؛ الأسهم وTab للتنقل. النقر يبدّل قيمة الخانة. يُحفظ كل تغيير فورًا.</translation>
        </message>
        <message>
            <source>Session of %1, %2, assessor %3</source>
            <translation>جلسة ⁨%1⁩، ⁨%2⁩، المقيّم ⁨%3⁩</translation>
        </message>
        <message>
            <source>%1, attempt %2</source>
            <translation>⁨%1⁩، المحاولة ⁨%2⁩</translation>
        </message>
        <message>
            <source>All candidates</source>
            <translation>جميع المرشحين</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>مُسح</translation>
        </message>
        <message>
            <source>Saved %1 %2 = %3 at %4</source>
            <translation>حُفظ: ⁨%1⁩ ⁨%2⁩ = ⁨%3⁩ في ⁨%4⁩</translation>
        </message>
        <message>
            <source>The database was busy (another user or an import was writing) for longer than a change waits.</source>
            <translation>كانت قاعدة البيانات مشغولة (مستخدم آخر أو عملية استيراد تكتب فيها) مدةً أطول مما ينتظره أي تعديل.</translation>
        </message>
        <message>
            <source>The database did not accept the change (the details are in the log file).</source>
            <translation>لم تقبل قاعدة البيانات التعديل (التفاصيل في ملف السجل).</translation>
        </message>
        <message>
            <source>Not saved: %1 The cell is marked with !; type the value again to retry.</source>
            <translation>لم يُحفظ: ⁨%1⁩ الخلية معلَّمة بعلامة «!»؛ اكتب القيمة مرة أخرى لإعادة المحاولة.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Only a period:</source>
            <translation>فترة محددة فقط، من</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>تصدير النتائج…</translation>
        </message>
        <message>
            <source>Export certificate register…</source>
            <translation>تصدير سجل الشهادات…</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>تصدير الإحصاءات…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Summary by sex</source>
            <translation>ملخص حسب الجنس</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>النساء</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>الرجال</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Candidates registered (all dates)</source>
            <translation>المرشحون المسجَّلون (كل التواريخ)</translation>
        </message>
        <message>
            <source>Candidates competent in at least one unit</source>
            <translation>المرشحون الأكفاء في وحدة واحدة على الأقل</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>تاريخ البداية بعد تاريخ النهاية.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>جارٍ العدّ…</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>النساء والرجال</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>قُيّموا</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>أكفاء</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>حاصلون على شهادة</translation>
        </message>
        <message>
            <source>By qualification</source>
            <translation>حسب المؤهل</translation>
        </message>
        <message>
            <source>By age group</source>
            <translation>حسب الفئة العمرية</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>حسب الإعاقة</translation>
        </message>
        <message>
            <source>By nationality</source>
            <translation>حسب الجنسية</translation>
        </message>
        <message>
            <source>No qualification</source>
            <translation>بلا مؤهل</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>دون ١٨</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>١٨–٢٤</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>٢٥–٣٤</translation>
        </message>
        <message>
            <source>35 to 44</source>
            <translation>٣٥–٤٤</translation>
        </message>
        <message>
            <source>45 to 54</source>
            <translation>٤٥–٥٤</translation>
        </message>
        <message>
            <source>55 and over</source>
            <translation>٥٥ فأكثر</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>من ذوي الإعاقة</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>من غير ذوي الإعاقة</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير مصرَّح به</translation>
        </message>
        <message>
            <source>Exports hold personal data: they need the administrator, registrar or verifier role.</source>
            <translation>تحوي عمليات التصدير بيانات شخصية: تتطلب دور المسؤول أو مسؤول التسجيل أو المدقق.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>جارٍ كتابة ⁨%1⁩…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <source>Exported statistics to %1</source>
            <translation>صُدّرت الإحصاءات إلى ⁦%1⁩</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>لم يُصدَّر أي صف إلى ⁦%1⁩</numerusform>
                <numerusform>صُدّر صف واحد إلى ⁦%1⁩</numerusform>
                <numerusform>صُدّر صفان إلى ⁦%1⁩</numerusform>
                <numerusform>صُدّرت %Ln صفوف إلى ⁦%1⁩</numerusform>
                <numerusform>صُدّر %Ln صفًا إلى ⁦%1⁩</numerusform>
                <numerusform>صُدّر %Ln صف إلى ⁦%1⁩</numerusform>
            </translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>تصدير النتائج</translation>
        </message>
        <message>
            <source>Export certificate register</source>
            <translation>تصدير سجل الشهادات</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>تصدير الإحصاءات</translation>
        </message>
        <message>
            <source>Candidates registered</source>
            <translation type="vanished">المرشحون المسجَّلون</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>المرشحون الذين تم تقييمهم (نتائج مدقَّقة)</translation>
        </message>
        <message>
            <source>Units achieved (verified)</source>
            <translation type="vanished">الوحدات المنجَزة (مدقَّقة)</translation>
        </message>
        <message>
            <source>Candidates certified</source>
            <translation>المرشحون الحاصلون على شهادة</translation>
        </message>
        <message>
            <source>Candidates assessed</source>
            <translation>المرشحون الذين قُيّموا</translation>
        </message>
        <message>
            <source>Candidates competent</source>
            <translation>المرشحون الأكفاء</translation>
        </message>
        <message>
            <source>Charts show:</source>
            <translation>تعرض المخططات:</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for %1</source>
            <translation>كلمة مرور جديدة لـ ⁨%1⁩</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>كلمة المرور ال&amp;جديدة:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>تأكي&amp;د كلمة المرور الجديدة:</translation>
        </message>
        <message>
            <source>Tell the user the new password in person; it also unlocks a locked account.</source>
            <translation>أبلغ المستخدم بكلمة المرور الجديدة شخصيًا؛ وهي تفتح الحساب المقفل أيضًا.</translation>
        </message>
    </context>
    <context>
        <name>ResultsExportDialog</name>
        <message>
            <source>Export results</source>
            <translation>تصدير النتائج</translation>
        </message>
        <message>
            <source>All qualifications</source>
            <translation>جميع المؤهلات</translation>
        </message>
        <message>
            <source>Only results assessed in a period</source>
            <translation>النتائج المقيَّمة خلال فترة فقط</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>جميع الحالات</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>المؤهل:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>الفترة:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>اختيار الملف…</translation>
        </message>
    </context>
    <context>
        <name>RplStepDialog</name>
        <message>
            <source>Record RPL step</source>
            <translation>تسجيل مرحلة من الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>لم يُبتّ فيه</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>التسجيل</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Eligibility decision</source>
            <translation>قرار الأهلية</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>السبب *</translation>
        </message>
        <message>
            <source>Enrol the candidate first.</source>
            <translation>سجّل المرشح أولًا.</translation>
        </message>
    </context>
    <context>
        <name>SelfAssessmentDialog</name>
        <message>
            <source>Self-assessment — %1</source>
            <translation>التقييم الذاتي — ⁨%1⁩</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>طباعة قائمة التحقق (PDF)…</translation>
        </message>
        <message>
            <source>For each criterion, record what the candidate says: I can do this, with help, or not yet.</source>
            <translation>لكل معيار، سجّل ما يقوله المرشح: أستطيع القيام بذلك، أو بمساعدة، أو ليس بعد.</translation>
        </message>
        <message>
            <source>Save checklist</source>
            <translation>حفظ قائمة التحقق</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>ملف PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SessionPlannerDialog</name>
        <message>
            <source>Plan an assessment session</source>
            <translation>تخطيط جلسة تقييم</translation>
        </message>
        <message>
            <source>For example: Practical assessment, November</source>
            <translation>مثلًا: تقييم عملي، تشرين الثاني</translation>
        </message>
        <message>
            <source>Search candidates by name, registration number or ID</source>
            <translation>ابحث عن المرشحين بالاسم أو رقم التسجيل أو رقم الهوية</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>المكان:</translation>
        </message>
        <message>
            <source>Assessor:</source>
            <translation>المقيّم:</translation>
        </message>
        <message>
            <source>Qualification:</source>
            <translation>المؤهل:</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>الوحدات:</translation>
        </message>
        <message>
            <source>Plan session</source>
            <translation>تخطيط الجلسة</translation>
        </message>
        <message>
            <source>Candidates:</source>
            <translation>المرشحون:</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) chosen</source>
            <translation>
                <numerusform>لم يُختر أي مرشح</numerusform>
                <numerusform>اختير مرشح واحد</numerusform>
                <numerusform>اختير مرشحان</numerusform>
                <numerusform>اختير %Ln مرشحين</numerusform>
                <numerusform>اختير %Ln مرشحًا</numerusform>
                <numerusform>اختير %Ln مرشح</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to plan a session.</source>
            <translation>سجّل الدخول لتخطيط جلسة.</translation>
        </message>
    </context>
    <context>
        <name>SexBarChartWidget</name>
        <message>
            <source>Women</source>
            <translation>النساء</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>الرجال</translation>
        </message>
        <message>
            <source>No data for this period</source>
            <translation>لا توجد بيانات لهذه الفترة</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — %1</source>
            <translation>تسجيل الدخول — ⁨%1⁩</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>قاعدة البيانات: ⁦%1⁩</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>اسم المست&amp;خدم:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;تسجيل الدخول</translation>
        </message>
        <message>
            <source>This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.</source>
            <translation>هذه قاعدة البيانات التجريبية. المستخدمون: ⁦%1⁩. كلمة مرور كل مستخدم هي demo- متبوعة باسم المستخدم، مثلًا ⁦%2⁩.</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.</source>
            <translation>
                <numerusform>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد ⁨%1⁩ محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد أقل من دقيقة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد ⁨%1⁩ محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد دقيقة واحدة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد ⁨%1⁩ محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد دقيقتين؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد ⁨%1⁩ محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد %Ln دقائق؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد ⁨%1⁩ محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد %Ln دقيقة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد ⁨%1⁩ محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد %Ln دقيقة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password %2 times: the account %1 is locked for %n minute(s). An administrator can unlock it by resetting the password.</source>
            <translation type="vanished">
                <numerusform>كلمة مرور خاطئة ⁨%2⁩ مرات: الحساب ⁨%1⁩ مقفل لأقل من دقيقة. يمكن للمسؤول فتحه بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>كلمة مرور خاطئة ⁨%2⁩ مرات: الحساب ⁨%1⁩ مقفل لمدة دقيقة واحدة. يمكن للمسؤول فتحه بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>كلمة مرور خاطئة ⁨%2⁩ مرات: الحساب ⁨%1⁩ مقفل لمدة دقيقتين. يمكن للمسؤول فتحه بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>كلمة مرور خاطئة ⁨%2⁩ مرات: الحساب ⁨%1⁩ مقفل لمدة %Ln دقائق. يمكن للمسؤول فتحه بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>كلمة مرور خاطئة ⁨%2⁩ مرات: الحساب ⁨%1⁩ مقفل لمدة %Ln دقيقة. يمكن للمسؤول فتحه بإعادة تعيين كلمة المرور.</numerusform>
                <numerusform>كلمة مرور خاطئة ⁨%2⁩ مرات: الحساب ⁨%1⁩ مقفل لمدة %Ln دقيقة. يمكن للمسؤول فتحه بإعادة تعيين كلمة المرور.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The account %1 is locked after %2 wrong passwords. Try again in %n minute(s), or ask an administrator to reset the password.</source>
            <translation type="vanished">
                <numerusform>الحساب ⁨%1⁩ مقفل بعد ⁨%2⁩ محاولات بكلمة مرور خاطئة. حاول مجددًا بعد أقل من دقيقة، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</numerusform>
                <numerusform>الحساب ⁨%1⁩ مقفل بعد ⁨%2⁩ محاولات بكلمة مرور خاطئة. حاول مجددًا بعد دقيقة واحدة، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</numerusform>
                <numerusform>الحساب ⁨%1⁩ مقفل بعد ⁨%2⁩ محاولات بكلمة مرور خاطئة. حاول مجددًا بعد دقيقتين، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</numerusform>
                <numerusform>الحساب ⁨%1⁩ مقفل بعد ⁨%2⁩ محاولات بكلمة مرور خاطئة. حاول مجددًا بعد %Ln دقائق، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</numerusform>
                <numerusform>الحساب ⁨%1⁩ مقفل بعد ⁨%2⁩ محاولات بكلمة مرور خاطئة. حاول مجددًا بعد %Ln دقيقة، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</numerusform>
                <numerusform>الحساب ⁨%1⁩ مقفل بعد ⁨%2⁩ محاولات بكلمة مرور خاطئة. حاول مجددًا بعد %Ln دقيقة، أو اطلب من المسؤول إعادة تعيين كلمة المرور.</numerusform>
            </translation>
        </message>
        <message>
            <source>The account %1 is deactivated; ask an administrator.</source>
            <translation>الحساب ⁨%1⁩ معطَّل؛ راجع المسؤول.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation type="vanished">اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>مفاتيح التوقيع</translation>
        </message>
        <message>
            <source>Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since.</source>
            <translation>تُوقَّع الشهادات بمفتاح المركز؛ ويستطيع كل من لديه مفتاحه العام التحقق منها. لا ينشئ المفاتيح أو يجددها إلا مديرو النظام، ويُكتب كل تغيير في سجل التدقيق. لا يكون المفتاح موثوقًا إلا إذا كان سجل التدقيق يحوي إنشاءه ولم يتغير سجله منذ ذلك الحين.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>موثوق</translation>
        </message>
        <message>
            <source>Private key on this computer</source>
            <translation>المفتاح الخاص على هذا الحاسوب</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>إ&amp;نشاء مفتاح</translation>
        </message>
        <message>
            <source>Make the centre's first signing key.</source>
            <translation>إنشاء أول مفتاح توقيع للمركز.</translation>
        </message>
        <message>
            <source>&amp;Rotate key…</source>
            <translation>&amp;تجديد المفتاح…</translation>
        </message>
        <message>
            <source>A new key signs new certificates; the old one is retired and still verifies the certificates it signed.</source>
            <translation>يوقّع مفتاح جديد الشهادات الجديدة؛ ويُسحب القديم لكنه يظل يثبت صحة الشهادات التي وقّعها.</translation>
        </message>
        <message>
            <source>&amp;Export public key…</source>
            <translation>ت&amp;صدير المفتاح العام…</translation>
        </message>
        <message>
            <source>Save the current public key (PEM) for those who verify certificates.</source>
            <translation>حفظ المفتاح العام الحالي (PEM) لمن يتحققون من الشهادات.</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>الحالي</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>مسحوب</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>لا: ⁨%1⁩</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>This centre has no signing key yet: certificates cannot be issued until you create one.</source>
            <translation>لا يملك هذا المركز مفتاح توقيع بعد: لا يمكن إصدار الشهادات حتى تنشئ واحدًا.</translation>
        </message>
        <message>
            <source>The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here.</source>
            <translation>المفتاح الخاص لـ ⁨%1⁩ ليس على هذا الحاسوب: لا يمكن إصدار الشهادات إلا حيث يوجد. انسخه من الحاسوب الذي أُنشئ عليه، أو جدّد المفتاح هنا.</translation>
        </message>
        <message>
            <source>New certificates are signed with key %1.</source>
            <translation>تُوقَّع الشهادات الجديدة بالمفتاح ⁨%1⁩.</translation>
        </message>
        <message>
            <source>Rotate the signing key</source>
            <translation>تجديد مفتاح التوقيع</translation>
        </message>
        <message>
            <source>Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key.</source>
            <translation>هل تريد إنشاء مفتاح توقيع جديد للشهادات الجديدة؟ يُسحب المفتاح الحالي: وتظل الشهادات التي وقّعها قابلة للتحقق. ويحتاج من يتحققون من الشهادات دون اتصال إلى المفتاح العام الجديد.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>تصدير المفتاح العام</translation>
        </message>
        <message>
            <source>Public key (*.pem)</source>
            <translation>مفتاح عام (*.pem)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="vanished">تتعذر كتابة ⁦%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <source>Public key %1 written to %2.</source>
            <translation>كُتب المفتاح العام ⁨%1⁩ في ⁦%2⁩.</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Filter by code or title</source>
            <translation type="vanished">تصفية حسب الرمز أو العنوان</translation>
        </message>
        <message>
            <source>Search by code or title</source>
            <translation>ابحث بالرمز أو العنوان</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>Add under the selected item (Ins)</source>
            <translation>إضافة تحت العنصر المحدد (Ins)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Remove the selected item (Del)</source>
            <translation>إزالة العنصر المحدد (Del)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>نقل إلى الأ&amp;على</translation>
        </message>
        <message>
            <source>Move the selected item up (Ctrl+Up)</source>
            <translation>نقل العنصر المحدد إلى الأعلى (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>نقل إلى الأ&amp;سفل</translation>
        </message>
        <message>
            <source>Move the selected item down (Ctrl+Down)</source>
            <translation>نقل العنصر المحدد إلى الأسفل (Ctrl+Down)</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>إصدار &amp;جديد</translation>
        </message>
        <message>
            <source>Copy the selected qualification or unit as a draft with the next version number</source>
            <translation>نسخ المؤهل أو الوحدة المحددة كمسودة برقم الإصدار التالي</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;نشر</translation>
        </message>
        <message>
            <source>Make the selected draft current; the current version becomes superseded</source>
            <translation>جعل المسودة المحددة سارية المفعول؛ ويصبح الإصدار الساري مستبدَلًا</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>ا&amp;ستيراد…</translation>
        </message>
        <message>
            <source>Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)</source>
            <translation>استيراد معيار من Excel (.xlsx) أو CASE (.json) أو Moodle (.csv)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>ت&amp;صدير…</translation>
        </message>
        <message>
            <source>Export the selected qualification to Excel or CASE JSON</source>
            <translation>تصدير المؤهل المحدد إلى Excel أو CASE JSON</translation>
        </message>
        <message>
            <source>&amp;Template…</source>
            <translation>&amp;قالب…</translation>
        </message>
        <message>
            <source>Save an empty, documented Excel workbook to fill in</source>
            <translation>حفظ مصنف Excel فارغ وموثَّق لتعبئته</translation>
        </message>
        <message>
            <source>&amp;Element</source>
            <translation>&amp;عنصر</translation>
        </message>
        <message>
            <source>&amp;Performance criterion</source>
            <translation>&amp;معيار أداء</translation>
        </message>
        <message>
            <source>Select an item in the tree to see and edit it.</source>
            <translation>اختر عنصرًا في الشجرة لعرضه وتعديله.</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>المعايير</translation>
        </message>
        <message>
            <source>Units in no qualification</source>
            <translation>وحدات غير مدرجة في أي مؤهل</translation>
        </message>
        <message>
            <source>New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up.</source>
            <translation>تنتظر الإصدارات الجديدة من الوحدات هنا إلى أن يضمها إصدار من المؤهل: أنشئ إصدارًا جديدًا من المؤهل لإدراجها.</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>الإصدار ⁨%1⁩ · ⁨%2⁩</translation>
        </message>
        <message>
            <source>Level %1 · version %2 · %3</source>
            <translation>المستوى ⁨%1⁩ · الإصدار ⁨%2⁩ · ⁨%3⁩</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3 credits · %4</source>
            <translation>⁨%1⁩ · الإصدار ⁨%2⁩ · الأرصدة: ⁨%3⁩ · ⁨%4⁩</translation>
        </message>
        <message>
            <source>version %1 · %2</source>
            <translation>الإصدار ⁨%1⁩ · ⁨%2⁩</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>العنصر ⁨%1⁩ من ⁨%2⁩</translation>
        </message>
        <message>
            <source>Performance criterion %1 of %2</source>
            <translation>معيار الأداء ⁨%1⁩ من ⁨%2⁩</translation>
        </message>
        <message>
            <source>Only an administrator can change, import or export standards; you can look at them here.</source>
            <translation>وحده المسؤول يمكنه تعديل المعايير أو استيرادها أو تصديرها؛ ويمكنك الاطلاع عليها هنا.</translation>
        </message>
        <message>
            <source>Needs the administrator role</source>
            <translation>يتطلب دور المسؤول</translation>
        </message>
        <message>
            <source>New awarding body</source>
            <translation>جهة مانحة جديدة</translation>
        </message>
        <message>
            <source>New qualification</source>
            <translation>مؤهل جديد</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>وحدة جديدة</translation>
        </message>
        <message>
            <source>Title of the new element:</source>
            <translation>عنوان العنصر الجديد:</translation>
        </message>
        <message>
            <source>Text of the new performance criterion:</source>
            <translation>نص معيار الأداء الجديد:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the draft qualification %1? Its units stay.</source>
            <translation>هل تريد إزالة مسودة المؤهل ⁨%1⁩؟ تبقى وحداته.</translation>
        </message>
        <message>
            <source>Take unit %1 out of this qualification? The unit itself stays.</source>
            <translation>هل تريد إخراج الوحدة ⁨%1⁩ من هذا المؤهل؟ تبقى الوحدة نفسها.</translation>
        </message>
        <message>
            <source>Remove element %1 and its performance criteria?</source>
            <translation>هل تريد إزالة العنصر ⁨%1⁩ ومعايير أدائه؟</translation>
        </message>
        <message>
            <source>Remove performance criterion %1?</source>
            <translation>هل تريد إزالة معيار الأداء ⁨%1⁩؟</translation>
        </message>
        <message>
            <source>Import a standard</source>
            <translation>استيراد معيار</translation>
        </message>
        <message>
            <source>Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</source>
            <translation>المعايير (*.xlsx *.json *.csv);;مصنف Excel (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد ⁨%1⁩…</translation>
        </message>
        <message>
            <source>Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.</source>
            <translation>تم استيراد ⁨%1⁩ الإصدار ⁨%2⁩: الوحدات ⁨%3⁩، العناصر ⁨%4⁩، معايير الأداء ⁨%5⁩.</translation>
        </message>
        <message>
            <source>Export a standard</source>
            <translation>تصدير معيار</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)</source>
            <translation>مصنف Excel (*.xlsx);;CASE 1.1 JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>جارٍ كتابة ⁨%1⁩…</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>تمت كتابة ⁨%1⁩</translation>
        </message>
        <message>
            <source>Save the standards template</source>
            <translation>حفظ قالب المعايير</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3</source>
            <translation type="vanished">⁨%1⁩ · الإصدار ⁨%2⁩ · ⁨%3⁩</translation>
        </message>
        <message numerus="yes">
            <source>%n credit(s)</source>
            <translation type="vanished">
                <numerusform>بلا أرصدة</numerusform>
                <numerusform>رصيد واحد</numerusform>
                <numerusform>رصيدان</numerusform>
                <numerusform>%Ln أرصدة</numerusform>
                <numerusform>%Ln رصيدًا</numerusform>
                <numerusform>%Ln رصيد</numerusform>
            </translation>
        </message>
        <message>
            <source>Element %1</source>
            <translation type="vanished">العنصر ⁨%1⁩</translation>
        </message>
        <message>
            <source>Performance criterion %1</source>
            <translation type="vanished">معيار الأداء ⁨%1⁩</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation type="vanished">الرمز:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation type="vanished">البلد:</translation>
        </message>
        <message>
            <source>Level scale:</source>
            <translation type="vanished">سلّم المستويات:</translation>
        </message>
        <message numerus="yes">
            <source>%n elective(s)</source>
            <translation type="vanished">
                <numerusform>بلا وحدات اختيارية</numerusform>
                <numerusform>وحدة اختيارية واحدة</numerusform>
                <numerusform>وحدتان اختياريتان</numerusform>
                <numerusform>%Ln وحدات اختيارية</numerusform>
                <numerusform>%Ln وحدة اختيارية</numerusform>
                <numerusform>%Ln وحدة اختيارية</numerusform>
            </translation>
        </message>
        <message>
            <source>Level:</source>
            <translation type="vanished">المستوى:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation type="vanished">الإصدار:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation type="vanished">الحالة:</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation type="vanished">القطاع:</translation>
        </message>
        <message>
            <source>Packaging rules:</source>
            <translation type="vanished">قواعد تكوين المؤهل:</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation type="vanished">الأرصدة:</translation>
        </message>
        <message>
            <source>Nominal hours:</source>
            <translation type="vanished">الساعات الاسمية:</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>UnitForm</name>
        <message>
            <source>&amp;Code</source>
            <translation>ال&amp;رمز</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>ال&amp;فئة</translation>
        </message>
        <message>
            <source>C&amp;redits</source>
            <translation>الأر&amp;صدة</translation>
        </message>
        <message>
            <source>&amp;Nominal hours</source>
            <translation>الساعات الا&amp;سمية</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>⁨%1⁩ (⁨%2⁩)</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add user</source>
            <translation>إضافة مستخدم</translation>
        </message>
        <message>
            <source>Change user %1</source>
            <translation>تعديل المستخدم ⁨%1⁩</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>اسم المست&amp;خدم:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>الاسم ال&amp;كامل:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>الأدوار:</translation>
        </message>
        <message>
            <source>for assessors</source>
            <translation>للمقيّمين</translation>
        </message>
        <message>
            <source>Assessor &amp;registration no.:</source>
            <translation>رقم ا&amp;عتماد المقيّم:</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>ينتهي في</translation>
        </message>
        <message>
            <source>Registration:</source>
            <translation>الاعتماد:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>تأكي&amp;د كلمة المرور:</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>امنح المستخدم دورًا واحدًا على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>%1 (expired)</source>
            <translation>⁨%1⁩ (منتهي)</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>معطَّل</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>مقفل</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>الأدوار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Assessor registration no.</source>
            <translation>رقم اعتماد المقيّم</translation>
        </message>
        <message>
            <source>Registration expires</source>
            <translation>انتهاء الاعتماد</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;إضافة مستخدم…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>إعادة ت&amp;عيين كلمة المرور…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>ت&amp;عطيل</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>م&amp;فاتيح التوقيع…</translation>
        </message>
        <message>
            <source>The centre's certificate signing keys: create, rotate, export the public key.</source>
            <translation>مفاتيح توقيع شهادات المركز: الإنشاء والتجديد وتصدير المفتاح العام.</translation>
        </message>
        <message>
            <source>Users who have records are never deleted: deactivate them, and they can no longer sign in.</source>
            <translation>لا يُحذف المستخدمون الذين لهم سجلات أبدًا: عطّلهم، فلا يمكنهم تسجيل الدخول بعد ذلك.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>المستخدمون</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>لا يوجد مستخدمون</numerusform>
                <numerusform>مستخدم واحد</numerusform>
                <numerusform>مستخدمان</numerusform>
                <numerusform>%Ln مستخدمين</numerusform>
                <numerusform>%Ln مستخدمًا</numerusform>
                <numerusform>%Ln مستخدم</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>ت&amp;فعيل</translation>
        </message>
    </context>
    <context>
        <name>VerifierExport</name>
        <message>
            <source>Verification site</source>
            <translation>موقع التحقق</translation>
        </message>
        <message>
            <source>Export the verification site into a folder</source>
            <translation>تصدير موقع التحقق إلى مجلد</translation>
        </message>
        <message>
            <source>The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days.</source>
            <translation>موقع التحقق موجود في ⁨%1⁩ (⁨%2⁩ ملفات). انسخ المجلد إلى عنوان الويب المحدد في إعدادات المركز، أو إلى ذاكرة USB: يمكن أيضًا فتح index.html كملف. أعد تصديره بعد إلغاء أي شهادة، ومرة كل ⁨%3⁩ يومًا على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>التحقق من شهادة</translation>
        </message>
        <message>
            <source>Paste the text of the QR code (it starts with SA1.)</source>
            <translation type="vanished">الصق نص رمز QR (يبدأ بـ SA1.)</translation>
        </message>
        <message>
            <source>Paste the text of the QR code: SA1.… or a link https://…/#SA1.…</source>
            <translation>الصق نص رمز QR: ‏SA1.…‏ أو رابطًا ‎https://…/#SA1.…‎</translation>
        </message>
        <message>
            <source>Open image or PDF…</source>
            <translation>فتح صورة أو ملف PDF…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Open a certificate</source>
            <translation>فتح شهادة</translation>
        </message>
        <message>
            <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>الشهادات (*.pdf *.png *.jpg *.jpeg);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>No QR code was found in %1.</source>
            <translation>لم يُعثر على رمز QR في ⁦%1⁩.</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>صالحة</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>غير صالحة</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>UNKNOWN KEY</source>
            <translation>مفتاح غير معروف</translation>
        </message>
        <message>
            <source>UNTRUSTED KEY</source>
            <translation>مفتاح غير موثوق</translation>
        </message>
        <message>
            <source>UNKNOWN CERTIFICATE</source>
            <translation>شهادة غير معروفة</translation>
        </message>
        <message>
            <source>Serial: %1</source>
            <translation>الرقم التسلسلي: ⁦%1⁩</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>الاسم: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Qualification: %1</source>
            <translation>المؤهل: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Units: %1</source>
            <translation>الوحدات: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Issued on: %1</source>
            <translation>تاريخ الإصدار: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>المفتاح: ⁦%1⁩</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>حفظ التغييرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>ت&amp;راجع</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>(none)</source>
            <translation type="vanished">(لا شيء)</translation>
        </message>
    </context>
</TS>

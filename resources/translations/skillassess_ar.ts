<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
            <source>Edit evidence</source>
            <translation>تعديل الدليل</translation>
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
            <source>Opening %1…</source>
            <translation>جارٍ فتح ⁨%1⁩…</translation>
        </message>
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
            <source>Candidate: name or registration number</source>
            <translation>المرشح: الاسم أو رقم التسجيل</translation>
        </message>
        <message>
            <source>Unit: code or title</source>
            <translation>الوحدة: الرمز أو العنوان</translation>
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
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>الأدلة…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps</source>
            <translation>الأدلة والتقييم الذاتي وراء كل معيار، والثغرات</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>كل الجلسات</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>الجلسة ⁨%1⁩</translation>
        </message>
        <message>
            <source>All assessors</source>
            <translation>كل المقيّمين</translation>
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
            <source>Print assessment record</source>
            <translation>طباعة سجل التقييم</translation>
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
            <source>&amp;Technical detail</source>
            <translation>التفاصيل ال&amp;تقنية</translation>
        </message>
        <message>
            <source>Show the entry as the log stores it: record type, record number, values before and after.</source>
            <translation>عرض القيد كما يحفظه السجل: نوع السجل ورقمه والقيم قبل التغيير وبعده.</translation>
        </message>
        <message>
            <source>&amp;Check the log</source>
            <translation>&amp;فحص السجل</translation>
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
            <source>Select an entry to see what changed.</source>
            <translation>اختر قيدًا لترى ما الذي تغيّر.</translation>
        </message>
        <message>
            <source>Entry %1, %2</source>
            <translation>القيد ⁨%1⁩، ⁨%2⁩</translation>
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
            <source>Changes:</source>
            <translation>التغييرات:</translation>
        </message>
        <message>
            <source>Technical detail: %1 %2 %3 by %4</source>
            <translation>التفاصيل التقنية: ⁨%1⁩ ⁨%2⁩ ⁨%3⁩ بواسطة ⁨%4⁩</translation>
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
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما الذي حدث</translation>
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
            <source>Evidence…</source>
            <translation>الأدلة…</translation>
        </message>
        <message>
            <source>The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)</source>
            <translation>الأدلة والتقييم الذاتي وراء كل معيار، والثغرات (Ctrl+E على خانة)</translation>
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
            <source>Not Yet Competent and Withdrawn can always be recorded.</source>
            <translation>يمكن دائمًا تسجيل «غير كفء بعد» و«منسحب».</translation>
        </message>
        <message>
            <source>Credit transfer rests on its source, not on the criteria.</source>
            <translation>يستند تحويل الرصيد إلى مصدره لا إلى المعايير.</translation>
        </message>
        <message>
            <source>The candidate is not enrolled on the RPL pathway.</source>
            <translation>المرشح غير مسجل في مسار الاعتراف بالتعلم السابق.</translation>
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
            <source>RPL granted is blocked. </source>
            <translation>«منح الاعتراف بالتعلم السابق» ممنوع. </translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: Competent can be recorded.</source>
            <translation>كل المعايير مُرضية: يمكن تسجيل «كفء».</translation>
        </message>
        <message>
            <source>Every criterion is Satisfactory: RPL granted can be recorded.</source>
            <translation>كل المعايير مُرضية: يمكن تسجيل منح الاعتراف بالتعلم السابق.</translation>
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
            <source>Submit the result of %1 in %2 for verification?</source>
            <translation>تقديم نتيجة ⁨%1⁩ في ⁨%2⁩ للتدقيق؟</translation>
        </message>
        <message>
            <source>Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you.</source>
            <translation>تُقفل عندئذٍ أحكامها وطرقها وملاحظاتها ونتيجتها (⁨%1⁩): لا يعيدها إليك إلا مدقِّق.</translation>
        </message>
        <message>
            <source>submitted for verification</source>
            <translation>قُدّمت للتدقيق</translation>
        </message>
        <message>
            <source>Verify the result of %1 in %2?</source>
            <translation>تدقيق نتيجة ⁨%1⁩ في ⁨%2⁩؟</translation>
        </message>
        <message>
            <source>The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt.</source>
            <translation>تصبح النتيجة ⁨%1⁩ عندئذٍ نهائية ومقفلة: أي تغيير يحتاج إلى تعديل مع سبب، أو محاولة جديدة.</translation>
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
            <source>Gap training…</source>
            <translation>تدريب سد الفجوة…</translation>
        </message>
        <message>
            <source>Refer a candidate whose recognition is partial to training for the units not achieved</source>
            <translation>إحالة مرشح اعتُرف بتعلمه جزئيًا إلى التدريب على الوحدات غير المحققة</translation>
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
            <source>Counting the candidates…</source>
            <translation>جارٍ عدّ المرشحين…</translation>
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
            <source>Timeline</source>
            <translation>التسلسل الزمني</translation>
        </message>
        <message>
            <source>Assessment %1, attempt %2: %3, %4</source>
            <translation>تقييم ⁨%1⁩، المحاولة ⁨%2⁩: ⁨%3⁩، ⁨%4⁩</translation>
        </message>
        <message>
            <source>no outcome yet</source>
            <translation>لا نتيجة بعد</translation>
        </message>
        <message>
            <source>Referred to gap training: %1</source>
            <translation>أُحيل إلى تدريب سد الفجوة: ⁨%1⁩</translation>
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
            <source>Save badge…</source>
            <translation>حفظ الشارة…</translation>
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
            <source>An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.</source>
            <translation>شارة Open Badge ‏(.jwt) لكل شهادة، موقّعة بمفتاح المركز: يستوردها المرشح إلى محفظة رقمية، وتتحقق منها برامج أصحاب العمل.</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>إصدار</translation>
        </message>
        <message>
            <source>Finding the candidates who can be certified…</source>
            <translation>جارٍ البحث عن المرشحين الذين يمكن منحهم شهادة…</translation>
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
            <source>Open Badge (*.jwt)</source>
            <translation>شارة Open Badge ‏(*.jwt)</translation>
        </message>
        <message>
            <source>ZIP of one badge per certificate (*.zip)</source>
            <translation>ملف ZIP بشارة لكل شهادة (*.zip)</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>حفظ الشارات</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved</source>
            <translation>
                <numerusform>لم تُحفظ أي شارة</numerusform>
                <numerusform>حُفظت شارة واحدة</numerusform>
                <numerusform>حُفظت شارتان</numerusform>
                <numerusform>حُفظت %Ln شارات</numerusform>
                <numerusform>حُفظت %Ln شارة</numerusform>
                <numerusform>حُفظت %Ln شارة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Signing %n badge(s)…</source>
            <translation>
                <numerusform>لا توجد شارات للتوقيع…</numerusform>
                <numerusform>جارٍ توقيع شارة واحدة…</numerusform>
                <numerusform>جارٍ توقيع شارتين…</numerusform>
                <numerusform>جارٍ توقيع %Ln شارات…</numerusform>
                <numerusform>جارٍ توقيع %Ln شارة…</numerusform>
                <numerusform>جارٍ توقيع %Ln شارة…</numerusform>
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
        <name>DateField</name>
        <message>
            <source>Not given</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>يوم/شهر/سنة</translation>
        </message>
        <message>
            <source>Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).</source>
            <translation>اكتب التاريخ بصيغة 14/05/2001 أو 2001-05-14، أو اختره من التقويم (Alt+سهم لأسفل).</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>اختر من التقويم</translation>
        </message>
        <message>
            <source>Give a date.</source>
            <translation>أدخل تاريخًا.</translation>
        </message>
        <message>
            <source>%1 is not a date: type it as 14/05/2001 or 2001-05-14.</source>
            <translation>⁨%1⁩ ليس تاريخًا: اكتبه بصيغة 14/05/2001 أو 2001-05-14.</translation>
        </message>
        <message>
            <source>The date may not be before %1.</source>
            <translation>لا يجوز أن يكون التاريخ قبل ⁨%1⁩.</translation>
        </message>
        <message>
            <source>The date may not be after %1.</source>
            <translation>لا يجوز أن يكون التاريخ بعد ⁨%1⁩.</translation>
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
        <name>EvidenceBasis</name>
        <message>
            <source>Evidence accepted</source>
            <translation>أدلة مقبولة</translation>
        </message>
        <message>
            <source>Evidence not yet judged</source>
            <translation>أدلة لم يُحكم عليها بعد</translation>
        </message>
        <message>
            <source>Evidence rejected</source>
            <translation>أدلة مرفوضة</translation>
        </message>
        <message>
            <source>No evidence</source>
            <translation>لا أدلة</translation>
        </message>
        <message>
            <source>valid, sufficient, authentic and current</source>
            <translation>صالحة وكافية وأصيلة وحديثة</translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>لم يُحكم عليها بعد</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>صالحة</translation>
        </message>
        <message>
            <source>sufficient</source>
            <translation>كافية</translation>
        </message>
        <message>
            <source>authentic</source>
            <translation>أصيلة</translation>
        </message>
        <message>
            <source>current</source>
            <translation>حديثة</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>fails: %1</source>
            <translation>غير مستوفاة: ⁨%1⁩</translation>
        </message>
        <message>
            <source>not judged: %1</source>
            <translation>لم يُحكم عليها: ⁨%1⁩</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator of groups</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>التقييم الذاتي: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Ctrl+E opens the evidence.</source>
            <translation>يفتح Ctrl+E الأدلة.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBasisDialog</name>
        <message>
            <source>Evidence and self-assessment — %1</source>
            <translation>الأدلة والتقييم الذاتي — ⁨%1⁩</translation>
        </message>
        <message>
            <source>%1 of %2 criteria are covered by accepted evidence.</source>
            <translation>⁨%1⁩ من ⁨%2⁩ معايير تغطيها أدلة مقبولة.</translation>
        </message>
        <message>
            <source>This candidate is not on the RPL pathway.</source>
            <translation>هذا المرشح ليس في مسار الاعتراف بالتعلم السابق.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>التقييم الذاتي</translation>
        </message>
        <message>
            <source>Element %1: %2</source>
            <translation>العنصر ⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>التقييم الذاتي: ⁨%1⁩</translation>
        </message>
        <message>
            <source>No accepted evidence covers these criteria: plan observation or questioning for them, or judge the evidence not yet judged.</source>
            <translation>لا تغطي أي أدلة مقبولة هذه المعايير: خطط لها ملاحظة أو أسئلة، أو احكم على الأدلة التي لم يُحكم عليها بعد.</translation>
        </message>
        <message>
            <source>Accepted evidence covers every criterion of the unit.</source>
            <translation>تغطي الأدلة المقبولة كل معايير الوحدة.</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>حسب المعيار</translation>
        </message>
        <message>
            <source>Gaps (%1)</source>
            <translation>الثغرات (⁨%1⁩)</translation>
        </message>
        <message>
            <source>Open file (read-only)</source>
            <translation>فتح الملف (للقراءة فقط)</translation>
        </message>
        <message>
            <source>Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment (full: I can do this, half: with help, ring: not yet).</source>
            <translation>الصفحة: الأدلة (أخضر مقبولة، كهرماني لم يُحكم عليها بعد، أحمر مرفوضة). النقطة: التقييم الذاتي (ممتلئة: أستطيع ذلك، نصف: بمساعدة، حلقة: ليس بعد).</translation>
        </message>
        <message>
            <source>A gap: plan observation or questioning for this criterion.</source>
            <translation>ثغرة: خطط لملاحظة أو أسئلة لهذا المعيار.</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>صالحة</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>كافية</translation>
        </message>
        <message>
            <source>Authentic</source>
            <translation>أصيلة</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>حديثة</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>لم يُحكم عليها</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>النوع: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Date of the evidence: %1</source>
            <translation>تاريخ الدليل: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>الوصف: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Judgement on the rules of evidence:</source>
            <translation>الحكم وفق قواعد الأدلة:</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: ⁨%1⁩</translation>
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
            <source>Judgement</source>
            <translation>الحكم</translation>
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
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Change the type, description, date or criteria of the item</source>
            <translation>تغيير نوع العنصر أو وصفه أو تاريخه أو معاييره</translation>
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
        <message>
            <source>Each box has three states: ticked = met, empty = not met, filled square = not judged yet. Click to go from one to the next, then Save judgement.</source>
            <translation>لكل مربع ثلاث حالات: مؤشَّر = مستوفى، فارغ = غير مستوفى، مربع ممتلئ = لم يُحكم عليه بعد. انقر للانتقال من حالة إلى أخرى، ثم احفظ الحكم.</translation>
        </message>
        <message>
            <source>Ticked: met · empty: not met · filled square: not judged yet</source>
            <translation>مؤشَّر: مستوفى · فارغ: غير مستوفى · مربع ممتلئ: لم يُحكم عليه بعد</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(للقراءة فقط)</translation>
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
        <name>ExchangeDialog</name>
        <message>
            <source>Exchange bundles</source>
            <translation>حزم التبادل</translation>
        </message>
        <message>
            <source>Send and receive</source>
            <translation>الإرسال والاستلام</translation>
        </message>
        <message>
            <source>National register</source>
            <translation>السجل الوطني</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>التدقيق</translation>
        </message>
        <message>
            <source>Send this centre's results to the awarding body</source>
            <translation>إرسال نتائج هذا المركز إلى جهة منح الشهادات</translation>
        </message>
        <message>
            <source>What changed since the previous export</source>
            <translation>ما تغيّر منذ التصدير السابق</translation>
        </message>
        <message>
            <source>Results verified since:</source>
            <translation>النتائج المعتمدة منذ:</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>تصدير حزمة…</translation>
        </message>
        <message>
            <source>Only verified results leave, with the candidate fields the awarding body needs (never notes, telephone numbers or addresses), every certificate, and the centre's public keys. The file is signed with the centre's key.</source>
            <translation>لا تُرسل إلا النتائج المعتمدة، مع حقول المرشحين التي تحتاجها جهة منح الشهادات (ولا تُرسل أبدًا الملاحظات أو أرقام الهواتف أو العناوين)، وكل الشهادات، والمفاتيح العامة للمركز. يُوقَّع الملف بمفتاح المركز.</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>استلام حزمة</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>استيراد حزمة…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>الحزم المستوردة</translation>
        </message>
        <message>
            <source>Registered partners:</source>
            <translation>الشركاء المسجلون:</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>تصدير حزمة</translation>
        </message>
        <message>
            <source>SkillAssess exchange bundles (*.sabundle)</source>
            <translation>حزم تبادل SkillAssess (*.sabundle)</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>جارٍ كتابة الحزمة…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>كُتبت الحزمة</translation>
        </message>
        <message>
            <source>%1 is written (bundle number %2): %3.</source>
            <translation>كُتب ⁨%1⁩ (الحزمة رقم ⁨%2⁩): ⁨%3⁩.</translation>
        </message>
        <message>
            <source>Import bundle</source>
            <translation>استيراد حزمة</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>جارٍ فحص الحزمة…</translation>
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation>جارٍ استيراد الحزمة…</translation>
        </message>
        <message>
            <source>%1 was already imported; nothing changed.</source>
            <translation>سبق استيراد ⁨%1⁩؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 updated, %4 unchanged</source>
            <translation>⁨%1⁩: أُضيف ⁨%2⁩، وحُدّث ⁨%3⁩، وبقي ⁨%4⁩ دون تغيير</translation>
        </message>
        <message>
            <source>Not taken over: %1</source>
            <translation>لم يُعتمد: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Imported %1 from %2.</source>
            <translation>استُورد ⁨%1⁩ من ⁨%2⁩.</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>استُوردت الحزمة</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Assessed: women</source>
            <translation>المُقيَّمون: نساء</translation>
        </message>
        <message>
            <source>men</source>
            <translation>رجال</translation>
        </message>
        <message>
            <source>Competent: women</source>
            <translation>الأكفاء: نساء</translation>
        </message>
        <message>
            <source>Certified: women</source>
            <translation>الحاصلون على شهادة: نساء</translation>
        </message>
        <message>
            <source>Export statistics…</source>
            <translation>تصدير الإحصاءات…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>تصدير النتائج…</translation>
        </message>
        <message>
            <source>Export certificates…</source>
            <translation>تصدير الشهادات…</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>المركز:</translation>
        </message>
        <message>
            <source>Breakdown:</source>
            <translation>التوزيع:</translation>
        </message>
        <message>
            <source>Browse candidates and certificates…</source>
            <translation>تصفّح المرشحين والشهادات…</translation>
        </message>
        <message>
            <source>By centre</source>
            <translation>حسب المركز</translation>
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
            <source>%1 candidates, %2 results, %3 certificates (%4 revoked).</source>
            <translation>⁨%1⁩ مرشحًا، و⁨%2⁩ نتيجة، و⁨%3⁩ شهادة (⁨%4⁩ ملغاة).</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>تصدير الإحصاءات</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>مصنفات Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>تصدير النتائج</translation>
        </message>
        <message>
            <source>Export certificates</source>
            <translation>تصدير الشهادات</translation>
        </message>
        <message>
            <source>Draw sample</source>
            <translation>سحب عينة</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>رمز المركز</translation>
        </message>
        <message>
            <source>Registration number</source>
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
            <source>Attempt</source>
            <translation>المحاولة</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>مؤكَّدة</translation>
        </message>
        <message>
            <source>Not confirmed…</source>
            <translation>غير مؤكَّدة…</translation>
        </message>
        <message>
            <source>Send outcomes to the centre…</source>
            <translation>إرسال القرارات إلى المركز…</translation>
        </message>
        <message>
            <source>Rate:</source>
            <translation>النسبة:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>على الأقل:</translation>
        </message>
        <message>
            <source>The sample takes, for each centre and unit, the given share of the results not sampled before (at least the given number), drawn at random; the draw is recorded in the audit log.</source>
            <translation>تأخذ العينة، لكل مركز ولكل وحدة، النسبة المحددة من النتائج التي لم تُسحب من قبل (وعلى الأقل العدد المحدد)، عشوائيًا؛ ويُسجَّل السحب في سجل التدقيق.</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>غير مؤكَّدة</translation>
        </message>
        <message>
            <source>Why is the result not confirmed? The centre will read this.</source>
            <translation>لماذا لم تُؤكَّد النتيجة؟ سيقرأ المركز هذا النص.</translation>
        </message>
        <message>
            <source>Choose the centre whose outcomes you send back.</source>
            <translation>اختر المركز الذي تُرسل إليه القرارات.</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>مركز</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>جهة منح الشهادات</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>كل المراكز</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Saved</source>
            <translation>تم الحفظ</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>تم حفظ ⁨%1⁩</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>في ⁨%1⁩</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
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
        <name>GapReferralDialog</name>
        <message>
            <source>Refer to gap training</source>
            <translation>الإحالة إلى تدريب سد الفجوة</translation>
        </message>
        <message>
            <source>%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.</source>
            <translation>الوحدات المعترف بها: ⁨%1⁩. حدد الوحدات غير المحققة التي يُحال المرشح إلى التدريب عليها.</translation>
        </message>
        <message>
            <source>Where and when, for example: evening course at the centre, from March</source>
            <translation>أين ومتى، مثلًا: دورة مسائية في المركز، ابتداءً من مارس</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>Print cover letter…</source>
            <translation>طباعة الرسالة المرفقة…</translation>
        </message>
        <message>
            <source>The letter that goes with the statement of attainment: units recognised, units to train for</source>
            <translation>الرسالة المرفقة ببيان الإنجاز: الوحدات المعترف بها والوحدات المطلوب التدرب عليها</translation>
        </message>
        <message>
            <source>Tick at least one unit.</source>
            <translation>حدد وحدة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Save cover letter</source>
            <translation>حفظ الرسالة المرفقة</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>ملف PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Sign in to see what needs doing.</source>
            <translation>سجّل الدخول لترى ما المطلوب إنجازه.</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>مرحبًا، ⁨%1⁩</translation>
        </message>
        <message>
            <source>What needs doing now</source>
            <translation>المطلوب الآن</translation>
        </message>
        <message>
            <source>Nothing is waiting for you. New work shows here as it comes.</source>
            <translation>لا شيء بانتظارك. يظهر العمل الجديد هنا فور وصوله.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft in your sessions.</source>
            <translation>
                <numerusform>لا توجد نتائج مسودة في جلساتك.</numerusform>
                <numerusform>نتيجة واحدة مسودة في جلساتك.</numerusform>
                <numerusform>نتيجتان مسودتان في جلساتك.</numerusform>
                <numerusform>%Ln نتائج مسودة في جلساتك.</numerusform>
                <numerusform>%Ln نتيجة مسودة في جلساتك.</numerusform>
                <numerusform>%Ln نتيجة مسودة في جلساتك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft.</source>
            <translation>
                <numerusform>لا توجد نتائج مسودة.</numerusform>
                <numerusform>نتيجة واحدة مسودة.</numerusform>
                <numerusform>نتيجتان مسودتان.</numerusform>
                <numerusform>%Ln نتائج مسودة.</numerusform>
                <numerusform>%Ln نتيجة مسودة.</numerusform>
                <numerusform>%Ln نتيجة مسودة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) to record</source>
            <translation>
                <numerusform>لا جلسات للتسجيل</numerusform>
                <numerusform>جلسة واحدة للتسجيل</numerusform>
                <numerusform>جلستان للتسجيل</numerusform>
                <numerusform>%Ln جلسات للتسجيل</numerusform>
                <numerusform>%Ln جلسة للتسجيل</numerusform>
                <numerusform>%Ln جلسة للتسجيل</numerusform>
            </translation>
        </message>
        <message>
            <source>Show them on the Assessments page.</source>
            <translation>اعرضها في صفحة التقييمات.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting for verification</source>
            <translation>
                <numerusform>لا نتائج بانتظار التحقق</numerusform>
                <numerusform>نتيجة واحدة بانتظار التحقق</numerusform>
                <numerusform>نتيجتان بانتظار التحقق</numerusform>
                <numerusform>%Ln نتائج بانتظار التحقق</numerusform>
                <numerusform>%Ln نتيجة بانتظار التحقق</numerusform>
                <numerusform>%Ln نتيجة بانتظار التحقق</numerusform>
            </translation>
        </message>
        <message>
            <source>Submitted by assessors: check them, then verify or return each one.</source>
            <translation>قدّمها المقيّمون: راجعها ثم صادق على كل منها أو أعِده.</translation>
        </message>
        <message numerus="yes">
            <source>%n returned result(s)</source>
            <translation>
                <numerusform>لا نتائج معادة</numerusform>
                <numerusform>نتيجة واحدة معادة</numerusform>
                <numerusform>نتيجتان معادتان</numerusform>
                <numerusform>%Ln نتائج معادة</numerusform>
                <numerusform>%Ln نتيجة معادة</numerusform>
                <numerusform>%Ln نتيجة معادة</numerusform>
            </translation>
        </message>
        <message>
            <source>A verifier returned them with a reason: correct them and submit again.</source>
            <translation>أعادها مدقق مع ذكر السبب: صحّحها وقدّمها من جديد.</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) eligible for a certificate</source>
            <translation>
                <numerusform>لا مرشحين مستحقين لشهادة</numerusform>
                <numerusform>مرشح واحد مستحق لشهادة</numerusform>
                <numerusform>مرشحان مستحقان لشهادة</numerusform>
                <numerusform>%Ln مرشحين مستحقين لشهادة</numerusform>
                <numerusform>%Ln مرشحًا مستحقًا لشهادة</numerusform>
                <numerusform>%Ln مرشح مستحق لشهادة</numerusform>
            </translation>
        </message>
        <message>
            <source>Their results are verified and no certificate states them yet: issue the certificates.</source>
            <translation>نتائجهم مُتحقَّق منها ولا تثبتها أي شهادة بعد: أصدر الشهادات.</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>الجلسة ⁨%1⁩</translation>
        </message>
        <message>
            <source>Record: %1</source>
            <translation>تسجيل: ⁨%1⁩</translation>
        </message>
        <message numerus="yes">
            <source>%1 — assessor %2 — %n result(s) in draft</source>
            <translation>
                <numerusform>⁨%1⁩ — المقيّم ⁨%2⁩ — لا نتائج مسودة</numerusform>
                <numerusform>⁨%1⁩ — المقيّم ⁨%2⁩ — نتيجة واحدة مسودة</numerusform>
                <numerusform>⁨%1⁩ — المقيّم ⁨%2⁩ — نتيجتان مسودتان</numerusform>
                <numerusform>⁨%1⁩ — المقيّم ⁨%2⁩ — %Ln نتائج مسودة</numerusform>
                <numerusform>⁨%1⁩ — المقيّم ⁨%2⁩ — %Ln نتيجة مسودة</numerusform>
                <numerusform>⁨%1⁩ — المقيّم ⁨%2⁩ — %Ln نتيجة مسودة</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>This database is new. Three steps make it ready for assessments: the standards to assess against, the candidates, then a session to record.</source>
            <translation>قاعدة البيانات هذه جديدة. ثلاث خطوات تجعلها جاهزة للتقييم: المعايير التي يُقيَّم على أساسها، ثم المرشحون، ثم جلسة للتسجيل.</translation>
        </message>
        <message>
            <source>1. Import standards</source>
            <translation>1. استيراد المعايير</translation>
        </message>
        <message>
            <source>From a CASE package (JSON) or the Excel template of the awarding body.</source>
            <translation>من حزمة CASE (JSON) أو من قالب Excel الخاص بالجهة المانحة.</translation>
        </message>
        <message>
            <source>…or create a qualification</source>
            <translation>…أو إنشاء مؤهل</translation>
        </message>
        <message>
            <source>Type its units, elements and performance criteria on the Standards page.</source>
            <translation>أدخل وحداته وعناصره ومعايير الأداء في صفحة المعايير.</translation>
        </message>
        <message>
            <source>1. An administrator imports or creates the standards.</source>
            <translation>1. يستورد المسؤول المعايير أو ينشئها.</translation>
        </message>
        <message>
            <source>2. Add a candidate</source>
            <translation>2. إضافة مرشح</translation>
        </message>
        <message>
            <source>Register one candidate with the candidate form.</source>
            <translation>سجّل مرشحًا واحدًا باستمارة المرشح.</translation>
        </message>
        <message>
            <source>…or import candidates from Excel</source>
            <translation>…أو استيراد المرشحين من Excel</translation>
        </message>
        <message>
            <source>Fill in the Excel template (Candidates page) and import it in one go.</source>
            <translation>املأ قالب Excel (صفحة المرشحين) واستورده دفعة واحدة.</translation>
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
        <message>
            <source>Self-assessment saved</source>
            <translation>حُفظ التقييم الذاتي</translation>
        </message>
        <message>
            <source>Evidence judged</source>
            <translation>حُكم على الأدلة</translation>
        </message>
        <message>
            <source>Assessment planned</source>
            <translation>خُطط للتقييم</translation>
        </message>
        <message>
            <source>Result verified</source>
            <translation>تُحقق من النتيجة</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>صدرت الشهادة</translation>
        </message>
        <message>
            <source>Appeal lodged</source>
            <translation>قُدم الطعن</translation>
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
            <source>Opening database…</source>
            <translation>جارٍ فتح قاعدة البيانات…</translation>
        </message>
        <message>
            <source>Waiting for sign-in…</source>
            <translation>في انتظار تسجيل الدخول…</translation>
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
            <source>E&amp;xchange bundles…</source>
            <translation>حزم الت&amp;بادل…</translation>
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
            <source>Latin digits (0–9)</source>
            <translation>الأرقام اللاتينية (0–9)</translation>
        </message>
        <message>
            <source>Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)</source>
            <translation>الأعداد والتواريخ بالأرقام 0–9 بدلًا من أرقام اللغة (يُطبَّق بعد إعادة التشغيل)</translation>
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
        <message>
            <source>Satisfactory</source>
            <translation>مُرضٍ</translation>
        </message>
        <message>
            <source>Not yet satisfactory</source>
            <translation>غير مُرضٍ بعد</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>مُقدَّم</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>مُعاد</translation>
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
            <source>Credit transfer</source>
            <translation>نقل الأرصدة</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt.</source>
            <translation>نتيجة ⁨{candidate}⁩ في ⁨{unit}⁩ مدقَّقة ومقفلة؛ صحّحها بتعديل (مع سبب) أو سجّل محاولة جديدة.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change.</source>
            <translation>نتيجة ⁨{candidate}⁩ في ⁨{unit}⁩ مقدَّمة وتنتظر التدقيق؛ يجب أن يعيدها مدقِّق قبل أن تتغير.</translation>
        </message>
        <message>
            <source>Only the assessor of {candidate} in {unit} ({assessor}) records this result.</source>
            <translation>لا يسجّل هذه النتيجة إلا مقيِّم ⁨{candidate}⁩ في ⁨{unit}⁩ (⁨{assessor}⁩).</translation>
        </message>
        <message>
            <source>{code} (attempt {attempt})</source>
            <translation>⁨{code}⁩ (المحاولة ⁨{attempt}⁩)</translation>
        </message>
        <message>
            <source>The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds.</source>
            <translation>مُسحت النتيجة ⁨{outcome}⁩: أحد المعايير لم يعد مُرضيًا. سجّل النتيجة من جديد عندما تتحقق.</translation>
        </message>
        <message>
            <source>{outcome} cannot be recorded for {candidate} in {unit}:</source>
            <translation>لا يمكن تسجيل ⁨{outcome}⁩ لـ ⁨{candidate}⁩ في ⁨{unit}⁩:</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} cannot be submitted yet:</source>
            <translation>لا يمكن تقديم نتيجة ⁨{candidate}⁩ في ⁨{unit}⁩ بعد:</translation>
        </message>
        <message>
            <source>no outcome is recorded</source>
            <translation>لم تُسجَّل أي نتيجة</translation>
        </message>
        <message>
            <source>the assessor has not declared whether there is a conflict of interest</source>
            <translation>لم يصرّح المقيِّم بوجود تضارب مصالح أو عدمه</translation>
        </message>
        <message>
            <source>Describe the conflict of interest (for example a relative or an employee).</source>
            <translation>صِف تضارب المصالح (مثلًا قريب أو موظف).</translation>
        </message>
        <message>
            <source>You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it.</source>
            <translation>أنت من قيّم ⁨{candidate}⁩ في ⁨{unit}⁩، فلا يمكنك تدقيق هذه النتيجة أو إعادتها؛ يجب أن يقوم بذلك مدقِّق آخر.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is already verified and locked.</source>
            <translation>نتيجة ⁨{candidate}⁩ في ⁨{unit}⁩ مدقَّقة ومقفلة من قبل.</translation>
        </message>
        <message>
            <source>The result of {candidate} in {unit} is not submitted; its assessor must submit it first.</source>
            <translation>نتيجة ⁨{candidate}⁩ في ⁨{unit}⁩ غير مقدَّمة؛ يجب أن يقدّمها مقيِّمها أولًا.</translation>
        </message>
        <message>
            <source>Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix.</source>
            <translation>اذكر سبب إعادة نتيجة ⁨{candidate}⁩ في ⁨{unit}⁩، ليعرف المقيِّم ما يجب تصحيحه.</translation>
        </message>
        <message>
            <source>the unit has no performance criteria to judge</source>
            <translation>لا تحتوي الوحدة على معايير أداء للحكم عليها</translation>
        </message>
        <message>
            <source>criteria not yet Satisfactory: {numbers}</source>
            <translation>معايير غير مُرضية بعد: ⁨{numbers}⁩</translation>
        </message>
        <message>
            <source>no assessment method is recorded (observation, questioning, product, ...)</source>
            <translation>لم تُسجَّل أي طريقة تقييم (ملاحظة، أسئلة، منتَج، ...)</translation>
        </message>
        <message>
            <source>RPL granted is only for candidates enrolled on the RPL pathway</source>
            <translation>المنح بالاعتراف بالتعلم السابق مخصص للمرشحين المسجلين في مسار الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>credit transfer needs its source (the earlier qualification or statement and who issued it)</source>
            <translation>نقل الأرصدة يحتاج إلى مصدره (المؤهل أو الإفادة السابقة ومن أصدرها)</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>صادرة</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>ساري</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>مستبدَل</translation>
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
            <source>result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>checked by</source>
            <translation>راجعه</translation>
        </message>
        <message>
            <source>assessor</source>
            <translation>المقيّم</translation>
        </message>
        <message>
            <source>reason for return</source>
            <translation>سبب الإعادة</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>التغذية الراجعة</translation>
        </message>
        <message>
            <source>assessment methods</source>
            <translation>طرق التقييم</translation>
        </message>
        <message>
            <source>date of assessment</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>conflict of interest</source>
            <translation>تضارب المصالح</translation>
        </message>
        <message>
            <source>credit transfer source</source>
            <translation>مصدر تحويل الأرصدة</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>given names</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>name in local script</source>
            <translation>الاسم بالكتابة المحلية</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>رقم الهوية</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>الصورة</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>الأدوار</translation>
        </message>
        <message>
            <source>active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>reprints</source>
            <translation>مرات إعادة الطباعة</translation>
        </message>
        <message>
            <source>reason for revocation</source>
            <translation>سبب الإلغاء</translation>
        </message>
        <message>
            <source>{record} {id}</source>
            <translation>⁨{record}⁩ ⁨{id}⁩</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Assessment session</source>
            <translation>جلسة التقييم</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>التصدير</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>المركز</translation>
        </message>
        <message>
            <source>Awarding body</source>
            <translation>الجهة المانحة</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Performance criterion</source>
            <translation>معيار الأداء</translation>
        </message>
        <message>
            <source>Unit of a qualification</source>
            <translation>وحدة من مؤهل</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>مفتاح التوقيع</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>الموقِّع</translation>
        </message>
        <message>
            <source>Audit checkpoint</source>
            <translation>نقطة تحقق سجل التدقيق</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>التسجيل</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>التقييم الذاتي</translation>
        </message>
        <message>
            <source>RPL step</source>
            <translation>خطوة الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>an assessment record (PDF)</source>
            <translation>سجل تقييم (PDF)</translation>
        </message>
        <message>
            <source>an assessment record (printed)</source>
            <translation>سجل تقييم (مطبوع)</translation>
        </message>
        <message>
            <source>the results (Excel)</source>
            <translation>النتائج (Excel)</translation>
        </message>
        <message>
            <source>the certificate register (Excel)</source>
            <translation>سجل الشهادات (Excel)</translation>
        </message>
        <message>
            <source>the statistics (Excel)</source>
            <translation>الإحصاءات (Excel)</translation>
        </message>
        <message>
            <source>{what}, by {user}</source>
            <translation>⁨{what}⁩، بواسطة ⁨{user}⁩</translation>
        </message>
        <message>
            <source>Judgement {criterion} of assessment {id}</source>
            <translation>الحكم ⁨{criterion}⁩ في التقييم ⁨{id}⁩</translation>
        </message>
        <message>
            <source>Evidence {id}</source>
            <translation>الدليل ⁨{id}⁩</translation>
        </message>
        <message>
            <source>Assessment session {title} of {date}</source>
            <translation>جلسة التقييم ⁨{title}⁩ بتاريخ ⁨{date}⁩</translation>
        </message>
        <message>
            <source>Certificate {serial}</source>
            <translation>الشهادة ⁨{serial}⁩</translation>
        </message>
        <message>
            <source>User {name}</source>
            <translation>المستخدم ⁨{name}⁩</translation>
        </message>
        <message>
            <source>Export of {what}</source>
            <translation>تصدير ⁨{what}⁩</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>«⁨{text}⁩»</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>⁨{before}⁩ › ⁨{after}⁩</translation>
        </message>
        <message>
            <source>{subject}: {fields} changed</source>
            <translation>⁨{subject}⁩: تغيّر ⁨{fields}⁩</translation>
        </message>
        <message>
            <source>Judgement {criterion} of {candidate}, {unit} attempt {attempt}</source>
            <translation>الحكم ⁨{criterion}⁩ لـ⁨{candidate}⁩، ⁨{unit}⁩ المحاولة ⁨{attempt}⁩</translation>
        </message>
        <message>
            <source>Assessment {id}</source>
            <translation>التقييم ⁨{id}⁩</translation>
        </message>
        <message>
            <source>Amendment {id}</source>
            <translation>التعديل ⁨{id}⁩</translation>
        </message>
        <message>
            <source>Appeal {id}</source>
            <translation>الطعن ⁨{id}⁩</translation>
        </message>
        <message>
            <source>Candidate {name} ({number})</source>
            <translation>المرشح ⁨{name}⁩ (⁨{number}⁩)</translation>
        </message>
        <message>
            <source>Candidate {number}</source>
            <translation>المرشح ⁨{number}⁩</translation>
        </message>
        <message>
            <source>Evidence “{what}” of {candidate}</source>
            <translation>الدليل «⁨{what}⁩» لـ⁨{candidate}⁩</translation>
        </message>
        <message>
            <source>Certificate {serial} of {candidate}</source>
            <translation>الشهادة ⁨{serial}⁩ لـ⁨{candidate}⁩</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>{subject}: {change}</source>
            <translation>⁨{subject}⁩: ⁨{change}⁩</translation>
        </message>
        <message>
            <source>{subject}: created</source>
            <translation>⁨{subject}⁩: أُنشئ</translation>
        </message>
        <message>
            <source>{subject}: deleted</source>
            <translation>⁨{subject}⁩: حُذف</translation>
        </message>
        <message>
            <source>{subject}: answers changed</source>
            <translation>⁨{subject}⁩: تغيّرت الإجابات</translation>
        </message>
        <message>
            <source>{subject}: changed</source>
            <translation>⁨{subject}⁩: تغيّر</translation>
        </message>
        <message>
            <source>{subject}: {changes}</source>
            <translation>⁨{subject}⁩: ⁨{changes}⁩</translation>
        </message>
        <message>
            <source>{subject}: {stage} recorded</source>
            <translation>⁨{subject}⁩: سُجّلت مرحلة ⁨{stage}⁩</translation>
        </message>
        <message>
            <source>{subject}: password changed</source>
            <translation>⁨{subject}⁩: تغيّرت كلمة المرور</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>تغيّرت كلمة المرور</translation>
        </message>
        <message>
            <source>{field} changed</source>
            <translation>تغيّر ⁨{field}⁩</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>⁨{field}⁩: ⁨{before}⁩ › ⁨{after}⁩</translation>
        </message>
        <message>
            <source>Assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>تقييم ⁨{candidate}⁩، ⁨{unit}⁩ المحاولة ⁨{attempt}⁩</translation>
        </message>
        <message>
            <source>Amendment of the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>تعديل تقييم ⁨{candidate}⁩، ⁨{unit}⁩ المحاولة ⁨{attempt}⁩</translation>
        </message>
        <message>
            <source>Appeal on the assessment of {candidate}, {unit} attempt {attempt}</source>
            <translation>طعن في تقييم ⁨{candidate}⁩، ⁨{unit}⁩ المحاولة ⁨{attempt}⁩</translation>
        </message>
        <message>
            <source>Qualification {code} version {version}</source>
            <translation>المؤهل ⁨{code}⁩ الإصدار ⁨{version}⁩</translation>
        </message>
        <message>
            <source>Unit {code} version {version}</source>
            <translation>الوحدة ⁨{code}⁩ الإصدار ⁨{version}⁩</translation>
        </message>
        <message>
            <source>Enrolment of {candidate} in {qualification}</source>
            <translation>تسجيل ⁨{candidate}⁩ في ⁨{qualification}⁩</translation>
        </message>
        <message>
            <source>Self-assessment of {candidate} in {qualification}</source>
            <translation>التقييم الذاتي لـ⁨{candidate}⁩ في ⁨{qualification}⁩</translation>
        </message>
        <message>
            <source>RPL step of {candidate} in {qualification}</source>
            <translation>خطوة اعتراف بالتعلم السابق لـ⁨{candidate}⁩ في ⁨{qualification}⁩</translation>
        </message>
        <message>
            <source>Enrolment {id} does not exist.</source>
            <translation>التسجيل ⁨{id}⁩ غير موجود.</translation>
        </message>
        <message>
            <source>The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.</source>
            <translation>التسجيل في ⁨{qualification}⁩ ليس في مسار الاعتراف بالتعلم السابق: لا توجد فجوة للإحالة.</translation>
        </message>
        <message>
            <source>No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.</source>
            <translation>لم يُعترف بأي وحدة من ⁨{qualification}⁩ بعد: تأتي الإحالة إلى تدريب سد الفجوة بعد اعتراف جزئي.</translation>
        </message>
        <message>
            <source>Every unit of {qualification} is achieved: there is no gap to train for.</source>
            <translation>كل وحدات ⁨{qualification}⁩ محققة: لا توجد فجوة للتدريب عليها.</translation>
        </message>
        <message>
            <source>Units: {units} are achieved or not part of the enrolment.</source>
            <translation>الوحدات: ⁨{units}⁩ محققة أو ليست جزءًا من التسجيل.</translation>
        </message>
        <message>
            <source>Date: {date} is in the future.</source>
            <translation>التاريخ: ⁨{date}⁩ في المستقبل.</translation>
        </message>
        <message>
            <source>Date: {date} is before the enrolment ({enrolled}).</source>
            <translation>التاريخ: ⁨{date}⁩ قبل التسجيل (⁨{enrolled}⁩).</translation>
        </message>
        <message>
            <source>The referral was not recorded.</source>
            <translation>لم تُسجل الإحالة.</translation>
        </message>
        <message>
            <source>Some remarks are for elements outside this enrolment.</source>
            <translation>بعض الملاحظات تخص عناصر خارج هذا التسجيل.</translation>
        </message>
        <message>
            <source>element {id}</source>
            <translation>العنصر ⁨{id}⁩</translation>
        </message>
        <message>
            <source>No statement of attainment in {qualification} is issued to this candidate yet.</source>
            <translation>لم يصدر بعد أي بيان إنجاز في ⁨{qualification}⁩ لهذا المرشح.</translation>
        </message>
        <message>
            <source>{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.</source>
            <translation>⁨{cells}⁩ ليست بالصيغة رقم=S أو رقم=N أو رقم=clear (مثلًا 1.2=S)؛ لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).</source>
            <translation>يعرض هذا الأمر بيانات شخصية: عرّف بنفسك بالخيار --user الاسم (كلمة المرور من SKILLASSESS_PASSWORD أو تُطلب منك).</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>permission denied; choose another folder</source>
            <translation>الإذن مرفوض؛ اختر مجلدًا آخر</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>القرص للقراءة فقط</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>الاسم طويل جدًا</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>تتعذر كتابة ⁨{path}⁩: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the folder {folder} does not exist; choose another folder.</source>
            <translation>تتعذر كتابة ⁨{path}⁩: المجلد ⁨{folder}⁩ غير موجود؛ اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>المجلد غير موجود</translation>
        </message>
        <message>
            <source>{value} is too large (at most {limit:,}).</source>
            <translation>⁨{value}⁩ كبير جدًا (الحد الأقصى ⁨{limit:,}⁩).</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>⁨{field}⁩: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>{length:,} characters, more than the {limit:,} it can hold; shorten it.</source>
            <translation>⁨{length:,}⁩ حرفًا، أكثر من ⁨{limit:,}⁩ التي يتسع لها؛ اختصره.</translation>
        </message>
        <message>
            <source>contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).</source>
            <translation>يحتوي على حرف التحكم غير المرئي ⁨{code}⁩ في الموضع ⁨{position}⁩، ولا يمكن حفظه؛ احذفه (يأتي غالبًا مع النسخ واللصق).</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the text named below.</source>
            <translation>لم يُحفظ شيء: صحّح النص المذكور أدناه.</translation>
        </message>
        <message>
            <source>contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.</source>
            <translation>يحتوي على علامة الاتجاه غير المرئية ⁨{code}⁩ (⁨{name}⁩) في الموضع ⁨{position}⁩، وقد تجعل الاسم يُطبع معكوسًا؛ احذفها.</translation>
        </message>
        <message>
            <source>{record}, {field}: {problem}</source>
            <translation>⁨{record}⁩، ⁨{field}⁩: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.</source>
            <translation>مجلد النسخ الاحتياطي الثاني ⁨{folder}⁩ غير موجود (هل وحدة USB موصولة؟)؛ النسخة الاحتياطية في مجلد البيانات فقط.</translation>
        </message>
        <message>
            <source>Keep between 0 and {most} daily backups.</source>
            <translation>احتفظ بعدد من النسخ الاحتياطية اليومية بين 0 و⁨{most}⁩.</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: {reason} Nothing was changed.</source>
            <translation>لا يمكن استعادة ⁨{archive}⁩: ⁨{reason}⁩ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup.</source>
            <translation>ليست نسخة احتياطية من SkillAssess.</translation>
        </message>
        <message>
            <source>its manifest is damaged.</source>
            <translation>بيان محتوياتها تالف.</translation>
        </message>
        <message>
            <source>it was made by a newer version of SkillAssess; install that version.</source>
            <translation>صُنعت بإصدار أحدث من SkillAssess؛ ثبّت ذلك الإصدار.</translation>
        </message>
        <message>
            <source>restoring it needs {need} MB free in {folder}, and there are {free} MB.</source>
            <translation>استعادتها تحتاج ⁨{need}⁩ ميغابايت حرة في ⁨{folder}⁩، والمتاح ⁨{free}⁩ ميغابايت.</translation>
        </message>
        <message>
            <source>{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.</source>
            <translation>⁨{path}⁩ مفتوح في SkillAssess أو في برنامج آخر: أغلقه هناك ثم أعد الاستعادة. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>There is no file {archive}.</source>
            <translation>لا يوجد ملف ⁨{archive}⁩.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (not a zip archive).</source>
            <translation>ليست نسخة احتياطية من SkillAssess (ليست أرشيف zip).</translation>
        </message>
        <message>
            <source>its manifest is too large.</source>
            <translation>بيان محتوياتها كبير جدًا.</translation>
        </message>
        <message>
            <source>it names a file outside its own folders ({name}).</source>
            <translation>تذكر ملفًا خارج مجلداتها (⁨{name}⁩).</translation>
        </message>
        <message>
            <source>{name} is too large for a key file.</source>
            <translation>⁨{name}⁩ كبير جدًا على ملف مفتاح.</translation>
        </message>
        <message>
            <source>it holds the same file twice.</source>
            <translation>تحوي الملف نفسه مرتين.</translation>
        </message>
        <message>
            <source>it holds files its manifest does not list ({name}).</source>
            <translation>تحوي ملفات لا يذكرها بيان محتوياتها (⁨{name}⁩).</translation>
        </message>
        <message>
            <source>files listed in its manifest are missing ({name}).</source>
            <translation>ملفات مذكورة في بيان محتوياتها مفقودة (⁨{name}⁩).</translation>
        </message>
        <message>
            <source>it holds no database (it was made from a PostgreSQL database).</source>
            <translation>لا تحوي قاعدة بيانات (صُنعت من قاعدة بيانات PostgreSQL).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>المجلد ⁨{folder}⁩ غير موجود.</translation>
        </message>
        <message>
            <source>it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.</source>
            <translation>تحوي قاعدة بيانات SQLite؛ استعدها إلى ملف بالأمر: skillassess --db FILE restore ARCHIVE.</translation>
        </message>
        <message>
            <source>it is not a SkillAssess backup (it has no manifest).</source>
            <translation>ليست نسخة احتياطية من SkillAssess (لا بيان محتويات لها).</translation>
        </message>
        <message>
            <source>the database in it is damaged (SQLite's integrity check failed).</source>
            <translation>قاعدة البيانات التي فيها تالفة (فشل فحص السلامة في SQLite).</translation>
        </message>
        <message>
            <source>the database in it is empty.</source>
            <translation>قاعدة البيانات التي فيها فارغة.</translation>
        </message>
        <message>
            <source>{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).</source>
            <translation>⁨{name}⁩ فيها غُيّر بعد صنع النسخة الاحتياطية (بصمة SHA-256 تختلف عن بيان المحتويات).</translation>
        </message>
        <message>
            <source>{name} in it is damaged (the zip check failed).</source>
            <translation>⁨{name}⁩ فيها تالف (فشل فحص zip).</translation>
        </message>
        <message>
            <source>{name} is larger than its manifest says.</source>
            <translation>⁨{name}⁩ أكبر مما يقوله بيان محتوياتها.</translation>
        </message>
        <message>
            <source>There is no database file at {path} to back up.</source>
            <translation>لا يوجد ملف قاعدة بيانات في ⁨{path}⁩ لنسخه احتياطيًا.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>ملف قاعدة البيانات ⁨{path}⁩ تالف، لذا لن يكتب فيه SkillAssess. استعد أحدث نسخة احتياطية (⁨{backup}⁩، صُنعت ⁨{made}⁩) بالأمر: ⁨{command}⁩ (أو ملف &gt; الاستعادة من نسخة احتياطية… في التطبيق).</translation>
        </message>
        <message>
            <source>The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File &gt; Restore from backup… in the application).</source>
            <translation>ملف قاعدة البيانات ⁨{path}⁩ تالف، لذا لن يكتب فيه SkillAssess. لم يُعثر على نسخة احتياطية منه في ⁨{folder}⁩؛ إن كانت لديك واحدة في مكان آخر (وحدة USB مثلًا) فاستعدها بالأمر: ⁨{command}⁩ (أو ملف &gt; الاستعادة من نسخة احتياطية… في التطبيق).</translation>
        </message>
        <message>
            <source>There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File &gt; New database in the application).</source>
            <translation>لا توجد قاعدة بيانات SkillAssess في ⁨{path}⁩: تحقق من الاسم، أو أنشئ واحدة بالأمر: ⁨{command}⁩ (أو ملف &gt; قاعدة بيانات جديدة في التطبيق).</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File &gt; New database in the application).</source>
            <translation>⁨{path}⁩ ملف فارغ وليس قاعدة بيانات SkillAssess: تحقق من الاسم، أو أنشئ قاعدة بيانات هناك بالأمر: ⁨{command}⁩ (أو ملف &gt; قاعدة بيانات جديدة في التطبيق).</translation>
        </message>
        <message>
            <source>{path} cannot be opened: it is in use or cannot be read. This file was left untouched.</source>
            <translation>يتعذر فتح ⁨{path}⁩: إنه قيد الاستخدام أو لا يمكن قراءته. لم يُمس هذا الملف.</translation>
        </message>
        <message>
            <source>Cannot open the database {name}. {reason}</source>
            <translation>يتعذر فتح قاعدة البيانات ⁨{name}⁩. ⁨{reason}⁩</translation>
        </message>
        <message>
            <source>The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.</source>
            <translation>قاعدة البيانات ⁨{name}⁩ فارغة (لا جداول SkillAssess فيها): تحقق من العنوان، أو أنشئ الجداول بالأمر: skillassess --db ADDRESS setup.</translation>
        </message>
        <message>
            <source>The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner's account (see "Several users on a PostgreSQL server" in the README), then again with this one.</source>
            <translation>تحتاج قاعدة البيانات ⁨{name}⁩ إلى إنشاء جداولها أو ترقيتها لهذا الإصدار من SkillAssess، والحساب ⁨{user}⁩ لا يملك ذلك. افتحها مرة بحساب مالك قاعدة البيانات (انظر "Several users on a PostgreSQL server" في ملف README)، ثم مرة أخرى بهذا الحساب.</translation>
        </message>
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
            <source>the system refused it</source>
            <translation>رفض النظام ذلك</translation>
        </message>
        <message>
            <source>a part of its path is a file, not a folder</source>
            <translation>جزء من مساره ملف وليس مجلدًا</translation>
        </message>
        <message>
            <source>you may not write there</source>
            <translation>لا يُسمح لك بالكتابة هناك</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator.</source>
            <translation>يتعذر إنشاء مجلد البيانات ⁨{folder}⁩: ⁨{reason}⁩. اختر مجلدًا آخر بالمتغير SKILLASSESS_DATA_DIR، أو اسأل مدير الحاسوب.</translation>
        </message>
        <message>
            <source>Competent (C)</source>
            <translation>كفء (C)</translation>
        </message>
        <message>
            <source>Not Yet Competent (NYC)</source>
            <translation>غير كفء بعد (NYC)</translation>
        </message>
        <message>
            <source>RPL granted</source>
            <translation>ممنوحة بالاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>Credit transfer (CT)</source>
            <translation>معادلة الأرصدة (CT)</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>انسحاب</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>المنتَج</translation>
        </message>
        <message>
            <source>Third-party report</source>
            <translation>تقرير طرف ثالث</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>ملف الإنجاز</translation>
        </message>
        <message>
            <source>Draft (not final)</source>
            <translation>مسودة (غير نهائية)</translation>
        </message>
        <message>
            <source>Submitted, awaiting verification</source>
            <translation>مُقدَّم، بانتظار التحقق</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>تم التحقق</translation>
        </message>
        <message>
            <source>Returned to the assessor</source>
            <translation>أُعيد إلى المقيّم</translation>
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
            <translation>الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>التوقيع:</translation>
        </message>
        <message>
            <source> — from: {source}</source>
            <translation> — من: ⁨{source}⁩</translation>
        </message>
        <message>
            <source>Assessor's comments</source>
            <translation>ملاحظات المقيّم</translation>
        </message>
        <message>
            <source>Feedback given to the candidate</source>
            <translation>التغذية الراجعة المقدمة للمرشح</translation>
        </message>
        <message>
            <source>Not declared.</source>
            <translation>لم يُصرَّح به.</translation>
        </message>
        <message>
            <source>Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}</source>
            <translation>التقييم ⁨{id}⁩ — ⁨{regno}⁩ — ⁨{unit}⁩ المحاولة ⁨{attempt}⁩ — طُبع في ⁨{date}⁩</translation>
        </message>
        <message>
            <source>Assessment record</source>
            <translation>سجل التقييم</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>التعديل</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>التظلّم</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>الشهادة</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>{code} version {version} — {title}</source>
            <translation>⁨{code}⁩ الإصدار ⁨{version}⁩ — ⁨{title}⁩</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>المحاولة</translation>
        </message>
        <message>
            <source>Date and venue</source>
            <translation>التاريخ والمكان</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>المسار</translation>
        </message>
        <message>
            <source>Methods used</source>
            <translation>الأساليب المستخدمة</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Performance criteria</source>
            <translation>معايير الأداء</translation>
        </message>
        <message>
            <source>Element {position}: {title}</source>
            <translation>العنصر ⁨{position}⁩: ⁨{title}⁩</translation>
        </message>
        <message>
            <source>S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.</source>
            <translation>S = مُرضٍ؛ NYS = غير مُرضٍ بعد؛ — = لم يُقيَّم.</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>تضارب المصالح</translation>
        </message>
        <message>
            <source>The assessor declared a conflict of interest: {details}</source>
            <translation>صرّح المقيّم بتضارب في المصالح: ⁨{details}⁩</translation>
        </message>
        <message>
            <source>The assessor declared no conflict of interest with this candidate.</source>
            <translation>صرّح المقيّم بعدم وجود تضارب في المصالح مع هذا المرشح.</translation>
        </message>
        <message>
            <source>Status: {status}. This record is not final until it is verified.</source>
            <translation>الحالة: ⁨{status}⁩. هذا السجل غير نهائي حتى يتم التحقق منه.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>رقم</translation>
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
            <source>Criteria not yet Satisfactory: {criteria}</source>
            <translation>معايير غير مُرضية بعد: ⁨{criteria}⁩</translation>
        </message>
        <message>
            <source>Returned by the verifier</source>
            <translation>أعاده المدقق</translation>
        </message>
        <message>
            <source>Amendments after verification</source>
            <translation>التعديلات بعد التحقق</translation>
        </message>
        <message>
            <source>Attempts at this unit</source>
            <translation>المحاولات في هذه الوحدة</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>الصفحة ⁨{page}⁩</translation>
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
            <source>Submitted: {date}</source>
            <translation>قُدِّم: ⁨{date}⁩</translation>
        </message>
        <message>
            <source>Verified: {date}</source>
            <translation>تم التحقق: ⁨{date}⁩</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>التوقيعات</translation>
        </message>
        <message>
            <source>Attempt {attempt}: {date}, {outcome}, {status}</source>
            <translation>المحاولة ⁨{attempt}⁩: ⁨{date}⁩، ⁨{outcome}⁩، ⁨{status}⁩</translation>
        </message>
        <message>
            <source>no outcome</source>
            <translation>لا نتيجة</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>⁨{file}⁩: المصنف تالف أو ليس ملف Excel عاديًا؛ لم يتغير شيء. افتحه في Excel أو LibreOffice واحفظه من جديد ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.</source>
            <translation>⁨{file}⁩: بنية JSON متداخلة إلى عمق كبير جدًا (أكثر من ألف مستوى)؛ حزمة CASE لا تتجاوز بضعة مستويات. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>{file}: not valid JSON ({problem}).</source>
            <translation>⁨{file}⁩: ليس JSON صالحًا (⁨{problem}⁩).</translation>
        </message>
        <message>
            <source>The bundle's manifest could not be made ({problem}).</source>
            <translation>تعذّر إنشاء بيان محتويات الحزمة (⁨{problem}⁩).</translation>
        </message>
        <message>
            <source>The file is empty; choose a PNG or JPEG image.</source>
            <translation>الملف فارغ؛ اختر صورة PNG أو JPEG.</translation>
        </message>
        <message>
            <source>The image is {size} KB; use an image of at most {limit} KB.</source>
            <translation>حجم الصورة ⁨{size}⁩ كيلوبايت؛ استخدم صورة لا يتجاوز حجمها ⁨{limit}⁩ كيلوبايت.</translation>
        </message>
        <message>
            <source>The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.</source>
            <translation>الملف ليس صورة PNG أو JPEG؛ احفظه بصيغة PNG أو JPEG ثم اختره مرة أخرى.</translation>
        </message>
        <message>
            <source>The image is damaged and cannot be read; save it again as PNG or JPEG.</source>
            <translation>الصورة تالفة ولا يمكن قراءتها؛ احفظها من جديد بصيغة PNG أو JPEG.</translation>
        </message>
        <message>
            <source>The image is {width} × {height} pixels; use one of at most {limit} pixels a side.</source>
            <translation>أبعاد الصورة ⁨{width}⁩ × ⁨{height}⁩ بكسل؛ استخدم صورة لا يتجاوز كل ضلع منها ⁨{limit}⁩ بكسل.</translation>
        </message>
        <message>
            <source>{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration &gt; Competencies &gt; Export competency framework).</source>
            <translation>⁨{file}⁩: ليس ملف CSV لإطار كفاءات Moodle: العمود (أو الأعمدة) ⁨{columns}⁩ غير موجود في الصف 1. صدّر الإطار من Moodle (إدارة الموقع &gt; الكفاءات &gt; تصدير إطار الكفاءات).</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): not a readable CSV file ({reason}).</source>
            <translation>⁨{file}⁩، الصف ⁨{row}⁩ (السطر ⁨{line}⁩): ليس ملف CSV يمكن قراءته (⁨{reason}⁩).</translation>
        </message>
        <message>
            <source>Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.</source>
            <translation>قُرئ ⁨{count}⁩ صفًا: إطار واحد و⁨{competencies}⁩ كفاءة؛ وكُتب ⁨{units}⁩ وحدة، و⁨{elements}⁩ عنصر، و⁨{criteria}⁩ معيار أداء.</translation>
        </message>
        <message>
            <source>{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?</source>
            <translation>⁨{file}⁩، الصف ⁨{row}⁩ (السطر ⁨{line}⁩): حقل أطول من ⁨{limit:,}⁩ حرف؛ هل هو الملف الصحيح؟</translation>
        </message>
        <message>
            <source>{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).</source>
            <translation>⁨{file}⁩، الصف ⁨{row}⁩: يقع ⁨{id}⁩ على عمق ⁨{depth:,}⁩ مستوى تحت الإطار؛ ولا يقبل SkillAssess أكثر من ⁨{limit}⁩ (الوحدات والعناصر والمعايير والمستويات التي تحتها).</translation>
        </message>
        <message>
            <source>{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.</source>
            <translation>⁨{file}⁩: لا يمكن استيراد الإطار (⁨{count}⁩ مشكلة)؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.</source>
            <translation>⁨{file}⁩: للإطار ⁨{levels}⁩ مستوى؛ يمكن أن تكون الوحدات من المستوى 1 إلى المستوى ⁨{levels}⁩، لا المستوى ⁨{level}⁩.</translation>
        </message>
        <message>
            <source>The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them.</source>
            <translation>ترويسة الصف 1 لا تسمّي أعمدة Moodle؛ فقُرئت الأعمدة حسب موضعها، كما يقرؤها Moodle.</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).</source>
            <translation>المطابقة: الإطار ⁨{code}⁩ ← مؤهل؛ كفاءاته الـ⁨{units}⁩ في المستوى ⁨{u}⁩ ← وحدات (رقم التعريف ← رمز الوحدة)، لكل منها عنصر واحد ومعيار أداء واحد بالاسم نفسه (الاسم المختصر ثم الوصف).</translation>
        </message>
        <message>
            <source>{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.</source>
            <translation>⁨{count}⁩ من أرقام تعريف الوحدات أطول من 40 حرفًا فأُعطيت رموزًا مولّدة: ⁨{ids}⁩.</translation>
        </message>
        <message>
            <source>the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent.</source>
            <translation>مقياس الإطار (⁨{scale}⁩): يحكم SkillAssess على كل معيار بأنه كفء أو غير كفء بعد.</translation>
        </message>
        <message>
            <source>the framework's scale configuration (which values are proficient).</source>
            <translation>إعدادات مقياس الإطار (أي القيم تعني الإتقان).</translation>
        </message>
        <message>
            <source>the framework's taxonomy (names of its levels): {taxonomy}.</source>
            <translation>تصنيف الإطار (أسماء مستوياته): ⁨{taxonomy}⁩.</translation>
        </message>
        <message>
            <source>the own scales of {count} competencies: {ids}.</source>
            <translation>المقاييس الخاصة بـ⁨{count}⁩ كفاءة: ⁨{ids}⁩.</translation>
        </message>
        <message>
            <source>the completion rules of {count} competencies: {rules}.</source>
            <translation>قواعد الإكمال لـ⁨{count}⁩ كفاءة: ⁨{rules}⁩.</translation>
        </message>
        <message>
            <source>the cross-references of {count} competencies: {refs}.</source>
            <translation>الإحالات المتبادلة لـ⁨{count}⁩ كفاءة: ⁨{refs}⁩.</translation>
        </message>
        <message>
            <source>the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.</source>
            <translation>أوصاف ⁨{count}⁩ من الوحدات والعناصر (لا يحفظ SkillAssess أوصافًا لها): ⁨{ids}⁩.</translation>
        </message>
        <message>
            <source>the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.</source>
            <translation>أرقام تعريف ⁨{count}⁩ من العناصر والمعايير والكفاءات الأعمق (يرقّمها SkillAssess ⁦1, 1.1, ...⁩): ⁨{ids}⁩.</translation>
        </message>
        <message>
            <source>Not imported (no place in SkillAssess):</source>
            <translation>لم يُستورد (لا مكان له في SkillAssess):</translation>
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.</source>
            <translation>⁨{file}⁩، السطر ⁨{line}⁩: الملف ليس نصًا بترميز UTF-8؛ احفظ ملف CSV بترميز UTF-8 (في Excel: CSV UTF-8؛ في LibreOffice: مجموعة المحارف Unicode (UTF-8)) ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>{file}: the file is empty; choose a Moodle competency framework CSV.</source>
            <translation>⁨{file}⁩: الملف فارغ؛ اختر ملف CSV لإطار كفاءات Moodle.</translation>
        </message>
        <message>
            <source>{where}, column ID number: the ID number is empty.</source>
            <translation>⁨{where}⁩، العمود ⁦ID number⁩: رقم التعريف فارغ.</translation>
        </message>
        <message>
            <source>{where}: the ID number {id} appears twice (also row {other}).</source>
            <translation>⁨{where}⁩: رقم التعريف ⁨{id}⁩ مكرر مرتين (وأيضًا في الصف ⁨{other}⁩).</translation>
        </message>
        <message>
            <source>{where}, column Short name: the short name of {id} is empty.</source>
            <translation>⁨{where}⁩، العمود ⁦Short name⁩: الاسم المختصر لـ⁨{id}⁩ فارغ.</translation>
        </message>
        <message>
            <source>{file}: the column Is framework is missing from row 1.</source>
            <translation>⁨{file}⁩: العمود ⁦Is framework⁩ غير موجود في الصف 1.</translation>
        </message>
        <message>
            <source>{file}: no framework row (a row with Is framework = 1).</source>
            <translation>⁨{file}⁩: لا يوجد صف للإطار (صف فيه ⁦Is framework = 1⁩).</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parent {parent} of {id} is not in the file.</source>
            <translation>⁨{file}⁩، الصف ⁨{row}⁩: الأصل ⁨{parent}⁩ لـ⁨{id}⁩ غير موجود في الملف.</translation>
        </message>
        <message>
            <source>Level 1 is above the units and has no place: {count} competencies ({ids}).</source>
            <translation>المستوى 1 فوق الوحدات ولا مكان له: ⁨{count}⁩ كفاءة (⁨{ids}⁩).</translation>
        </message>
        <message>
            <source>Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).</source>
            <translation>المستويات من 1 إلى ⁨{last}⁩ فوق الوحدات ولا مكان لها: ⁨{count}⁩ كفاءة (⁨{ids}⁩).</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).</source>
            <translation>المطابقة: الإطار ⁨{code}⁩ ← مؤهل؛ المستوى ⁨{u}⁩ ← ⁨{units}⁩ وحدة (رقم التعريف ← رمز الوحدة)، لكل منها عنصر واحد بالعنوان نفسه؛ المستوى ⁨{e}⁩ ← ⁨{criteria}⁩ معيار أداء لذلك العنصر (الاسم المختصر ثم الوصف).</translation>
        </message>
        <message>
            <source>Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).</source>
            <translation>المطابقة: الإطار ⁨{code}⁩ ← مؤهل؛ المستوى ⁨{u}⁩ ← ⁨{units}⁩ وحدة (رقم التعريف ← رمز الوحدة)؛ المستوى ⁨{e}⁩ ← ⁨{elements}⁩ عنصر؛ المستوى ⁨{c}⁩ ← ⁨{criteria}⁩ معيار أداء (الاسم المختصر ثم الوصف)؛ ⁨{deeper}⁩ كفاءة من المستوى ⁨{f}⁩ وما تحته ← تُدمج في نص معيارها، سطرًا لكل منها (- الاسم المختصر: الوصف).</translation>
        </message>
        <message>
            <source>- {what}</source>
            <translation>- ⁨{what}⁩</translation>
        </message>
        <message>
            <source>{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).</source>
            <translation>⁨{file}⁩، الصف ⁨{row}⁩: أكثر من ⁨{limit:,}⁩ صف؛ إطار بهذا الحجم ليس معيار كفاءة (هل هو الملف الصحيح؟).</translation>
        </message>
        <message>
            <source>{where}: a second framework (the first is on row {first}); import one framework per file.</source>
            <translation>⁨{where}⁩: إطار ثانٍ (الأول في الصف ⁨{first}⁩)؛ استورد إطارًا واحدًا في كل ملف.</translation>
        </message>
        <message>
            <source>{file}, row {row}: the parents of {id} form a cycle ({cycle}).</source>
            <translation>⁨{file}⁩، الصف ⁨{row}⁩: أصول ⁨{id}⁩ تشكّل حلقة (⁨{cycle}⁩).</translation>
        </message>
        <message>
            <source>This file is far too large to be a badge ({size} bytes).</source>
            <translation>هذا الملف أكبر بكثير من أن يكون شارة (⁨{size}⁩ بايت).</translation>
        </message>
        <message>
            <source>The badge is empty.</source>
            <translation>الشارة فارغة.</translation>
        </message>
        <message>
            <source>This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.</source>
            <translation>هذه ليست شارة بصيغة JWT (ثلاثة أجزاء base64url تفصلها نقاط) ولا اعتمادًا بصيغة JSON؛ ربما عُدّلت.</translation>
        </message>
        <message>
            <source>it has no @context</source>
            <translation>ليس فيها @context</translation>
        </message>
        <message>
            <source>its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)</source>
            <translation>نوعها ⁨{types}⁩، وليس OpenBadgeCredential (ولا AchievementCredential)</translation>
        </message>
        <message>
            <source>it names no issuer</source>
            <translation>لا تذكر أي جهة مُصدِرة</translation>
        </message>
        <message>
            <source>it has no credentialSubject</source>
            <translation>ليس فيها credentialSubject</translation>
        </message>
        <message>
            <source>This file is not text: a badge is a .jwt file or a JSON credential.</source>
            <translation>هذا الملف ليس نصًا: الشارة ملف ‎.jwt أو اعتماد بصيغة JSON.</translation>
        </message>
        <message>
            <source>The badge's JWT is not valid base64url: it was changed or damaged.</source>
            <translation>رمز JWT في الشارة ليس base64url صالحًا: عُدّل أو تلف.</translation>
        </message>
        <message>
            <source>the type of its subject is {types}, not {wanted}</source>
            <translation>نوع موضوعها ⁨{types}⁩، وليس ⁨{wanted}⁩</translation>
        </message>
        <message>
            <source>evidence {n} is of type {types}, not Evidence</source>
            <translation>الدليل ⁨{n}⁩ من نوع ⁨{types}⁩، وليس Evidence</translation>
        </message>
        <message>
            <source>it has no validFrom (nor issuanceDate)</source>
            <translation>ليس فيها validFrom (ولا issuanceDate)</translation>
        </message>
        <message>
            <source>it expired on {date}</source>
            <translation>انتهت صلاحيتها في ⁨{date}⁩</translation>
        </message>
        <message>
            <source>its JWT jti differs from its id</source>
            <translation>قيمة jti في JWT تختلف عن id</translation>
        </message>
        <message>
            <source>its JWT iss differs from its issuer</source>
            <translation>قيمة iss في JWT تختلف عن الجهة المُصدِرة</translation>
        </message>
        <message>
            <source>it is not valid before {date}</source>
            <translation>ليست صالحة قبل ⁨{date}⁩</translation>
        </message>
        <message>
            <source>Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.</source>
            <translation>اقرأ كل عبارة وضع علامة في خانة واحدة: أستطيع فعل ذلك (بمفردي ووفق المعيار)، أو بمساعدة (فعلته بتوجيه من أحد)، أو ليس بعد. لا توجد إجابات خاطئة: إجاباتك تساعد المقيّم على التخطيط لما سينظر فيه معك.</translation>
        </message>
        <message>
            <source>I can do this</source>
            <translation>أستطيع فعل ذلك</translation>
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
            <source>{regno} · {qualification} · self-assessment</source>
            <translation>⁨{regno}⁩ · ⁨{qualification}⁩ · التقييم الذاتي</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>the Open Badges of certificates (.jwt)</source>
            <translation>شارات Open Badges للشهادات (.jwt)</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>تعذّرت قراءة ⁨{file}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <source>Self-assessment checklist</source>
            <translation>قائمة التقييم الذاتي</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Candidate's signature</source>
            <translation>توقيع المرشح</translation>
        </message>
        <message>
            <source>Assessor's signature</source>
            <translation>توقيع المقيّم</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>⁨{file}⁩: المصنف تالف (يتعذر فك ضغط ⁨{where}⁩)؛ لم يتغير شيء. افتحه في Excel أو LibreOffice واحفظه من جديد ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).</source>
            <translation>⁨{file}⁩ ليس مصنف Excel (.xlsx) يمكن قراءته: لا جزء مصنف فيه (هل هو مستند من نوع آخر أُعيدت تسميته ‎.xlsx؟).</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.</source>
            <translation>⁨{file}⁩: المصنف تالف أو ليس ملف Excel عاديًا (تتعذر قراءة قائمة أوراقه)؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).</source>
            <translation>⁨{file}⁩ ليس مصنف Excel (.xlsx) يمكن قراءته: ليس حزمة ZIP؛ احفظه من Excel أو LibreOffice بصيغة مصنف Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.</source>
            <translation>⁨{file}⁩: في المصنف ⁨{count:,}⁩ جزءًا، أكثر مما يحويه أي جدول بيانات؛ رُفض ولم يتغير شيء.</translation>
        </message>
        <message>
            <source>{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.</source>
            <translation>⁨{file}⁩: يتمدد المصنف عند فك ضغطه إلى ⁨{size}⁩ ميغابايت، أكثر من ⁨{limit}⁩ ميغابايت التي يقبلها الاستيراد؛ لم يتغير شيء. هل هو الملف الصحيح؟ قسّم القائمة الكبيرة جدًا على عدة ملفات.</translation>
        </message>
        <message>
            <source>{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.</source>
            <translation>⁨{file}⁩: جزء من المصنف (⁨{part}⁩) مضغوط بنسبة ⁨{ratio:,}⁩ إلى 1، أكثر بكثير من أي جدول بيانات؛ رُفض الملف بوصفه قنبلة zip محتملة ولم يتغير شيء.</translation>
        </message>
        <message>
            <source>{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.</source>
            <translation>⁨{file}⁩: يتمدد نص المصنف إلى ⁨{size}⁩ ميغابايت، أكثر من ⁨{limit}⁩ ميغابايت التي يقبلها الاستيراد؛ لم يتغير شيء. قسّم القائمة الكبيرة جدًا على عدة ملفات.</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.</source>
            <translation>⁨{file}⁩: في الورقة ⁨{sheet}⁩ أكثر من ⁨{limit:,}⁩ صف (الصفوف الفارغة تُحسب أيضًا)؛ يمكن استيراد ⁨{limit:,}⁩ صف على الأكثر دفعة واحدة، ولم يتغير شيء. احذف الصفوف الفارغة تحت القائمة، أو قسّم القائمة على عدة ملفات.</translation>
        </message>
        <message>
            <source>{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.</source>
            <translation>⁨{file}⁩: المصنف تالف: يحتوي ⁨{where}⁩ على حرف التحكم ⁨{code}⁩ (البايت ⁨{offset:,}⁩)، وهو ما لا يكتبه أي جدول بيانات؛ لم يتغير شيء. افتحه في Excel أو LibreOffice واحفظه من جديد ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>{values}</source>
            <translation>⁨{values}⁩</translation>
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
            <source>Portfolio of evidence</source>
            <translation>ملف الأدلة</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>منح الشهادة</translation>
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
            <source>Administrator</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>مسؤول التسجيل</translation>
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
            <source>{text}</source>
            <translation>⁨{text}⁩</translation>
        </message>
        <message>
            <source>A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.</source>
            <translation>لم يُسجَّل تغيير في ⁨{tables}⁩ في سجل التدقيق، لذا لم يُحفظ. هذا خلل في SkillAssess: يُرجى الإبلاغ عنه.</translation>
        </message>
        <message>
            <source>A change to {table} could not be followed for the audit log; nothing was saved.</source>
            <translation>تعذرت متابعة تغيير في ⁨{table}⁩ لسجل التدقيق؛ لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.</source>
            <translation>⁨{table}⁩ (⁨{record}⁩): يسجل سجل التدقيق (القيد ⁨{entry}⁩) حذفه، لكنه موجود في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>The audit log is intact: {count} entries checked, and {records} records match it.</source>
            <translation>سجل التدقيق سليم: فُحص ⁨{count}⁩ قيدًا، و⁨{records}⁩ سجلًا تطابقه.</translation>
        </message>
        <message>
            <source>{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.</source>
            <translation>⁨{table}⁩ (⁨{record}⁩)، ⁨{field}⁩: يقول سجل التدقيق (القيد ⁨{entry}⁩) ⁨{audited}⁩، وتحوي قاعدة البيانات ⁨{found}⁩.</translation>
        </message>
        <message>
            <source>{table} ({record}): no audit entry records this record; it was added outside SkillAssess.</source>
            <translation>⁨{table}⁩ (⁨{record}⁩): لا يوجد قيد تدقيق يسجل هذا السجل؛ لقد أُضيف خارج SkillAssess.</translation>
        </message>
        <message>
            <source>{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.</source>
            <translation>⁨{table}⁩ (⁨{record}⁩): يسجله سجل التدقيق (القيد ⁨{entry}⁩)، لكنه لم يعد في قاعدة البيانات؛ لقد حُذف خارج SkillAssess.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry {entry}: {problem}.</source>
            <translation>سجل التدقيق مكسور عند القيد ⁨{entry}⁩: ⁨{problem}⁩.</translation>
        </message>
        <message>
            <source>{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.</source>
            <translation>⁨{count}⁩ من السجلات تختلف عما يقوله سجل التدقيق: لقد غُيّرت خارج SkillAssess.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… و⁨{count}⁩ غيرها.</translation>
        </message>
        <message>
            <source>The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).</source>
            <translation>الفحص مخصص لملفات قواعد بيانات SQLite؛ أما ⁨{name}⁩ فاستخدم أدوات الخادم نفسه (pg_amcheck).</translation>
        </message>
        <message>
            <source>{path} is not a SkillAssess database (it is not a SQLite file).</source>
            <translation>⁨{path}⁩ ليس قاعدة بيانات SkillAssess (ليس ملف SQLite).</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({reason}); nothing was kept of it.</source>
            <translation>تعذرت كتابة النسخة الاحتياطية في ⁨{folder}⁩ (⁨{reason}⁩)؛ لم يُحتفظ بشيء منها.</translation>
        </message>
        <message>
            <source>The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.</source>
            <translation>تعذر وضع النسخة الاحتياطية في مكانها (⁨{reason}⁩). أغلق SkillAssess في كل مكان تُفتح فيه قاعدة البيانات وأعد المحاولة.</translation>
        </message>
        <message>
            <source>The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.</source>
            <translation>تعذر نسخ النسخة الاحتياطية إلى المجلد الثاني ⁨{folder}⁩ (⁨{reason}⁩)؛ إنها في مجلد البيانات فقط.</translation>
        </message>
        <message>
            <source>{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.</source>
            <translation>لا يمكن استعادة ⁨{archive}⁩: سجل التدقيق فيها مكسور (⁨{problem}⁩). لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.</source>
            <translation>لم تُصدر هذه الشارة من مركز تعرفه قاعدة البيانات هذه (الجهة المُصدِرة: ⁨{issuer}⁩)؛ ⁨{why}⁩ اطلب من مُصدرها، أو من جهة تحقق تثق به، تأكيدها.</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is genuine and in force.</source>
            <translation>شارة الشهادة ⁨{serial}⁩ أصلية وسارية.</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it gets no badge.</source>
            <translation>الشهادة ⁨{serial}⁩ ملغاة (⁨{reason}⁩)؛ لا تُمنح لها شارة.</translation>
        </message>
        <message>
            <source>Choose at least one certificate.</source>
            <translation>اختر شهادة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>No badge was written:</source>
            <translation>لم تُكتب أي شارة:</translation>
        </message>
        <message>
            <source>{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.</source>
            <translation>⁨{path}⁩: تُكتب الشارة في ملف ‎.jwt (الاعتماد الموقّع كما تستورده المحافظ الرقمية)؛ أما ملف ‎.json فسيحمل الاعتماد دون توقيعه. حدّد FILE.jwt أو FILE.zip أو مجلدًا.</translation>
        </message>
        <message>
            <source>{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).</source>
            <translation>⁨{path}⁩: حدّد FILE.jwt (شهادة واحدة) أو FILE.zip أو مجلدًا (ملف ‎.jwt لكل شهادة).</translation>
        </message>
        <message>
            <source>The badge is signed with a registered centre's key but names no certificate.</source>
            <translation>الشارة موقّعة بمفتاح مركز مسجَّل لكنها لا تذكر أي شهادة.</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states something else than the certificate {serial} it carries.</source>
            <translation>توقيع الشارة صالح، لكنها تذكر شيئًا مختلفًا عن الشهادة ⁨{serial}⁩ التي تحملها.</translation>
        </message>
        <message>
            <source>This badge is not valid: {problems}.</source>
            <translation>هذه الشارة غير صالحة: ⁨{problems}⁩.</translation>
        </message>
        <message>
            <source>its proof ({kinds}) cannot be checked here.</source>
            <translation>لا يمكن التحقق من إثباتها (⁨{kinds}⁩) هنا.</translation>
        </message>
        <message>
            <source>it carries no proof at all.</source>
            <translation>لا تحمل أي إثبات.</translation>
        </message>
        <message>
            <source>it is signed with {alg}, and no key here can check it.</source>
            <translation>موقّعة بخوارزمية ⁨{alg}⁩، ولا يوجد هنا مفتاح يمكنه التحقق منها.</translation>
        </message>
        <message>
            <source>its JWT names no Ed25519 key.</source>
            <translation>لا يذكر رمز JWT فيها أي مفتاح Ed25519.</translation>
        </message>
        <message>
            <source>its key {key} is not one of this centre's keys.</source>
            <translation>مفتاحها ⁨{key}⁩ ليس من مفاتيح هذا المركز.</translation>
        </message>
        <message>
            <source>The badge's signature does not match its content: it was changed or forged.</source>
            <translation>توقيع الشارة لا يطابق محتواها: عُدّلت أو زُوّرت.</translation>
        </message>
        <message>
            <source>The badge is signed with this centre's key but names no certificate.</source>
            <translation>الشارة موقّعة بمفتاح هذا المركز لكنها لا تذكر أي شهادة.</translation>
        </message>
        <message>
            <source>The badge's signature is valid, but it states another {fields} than the register entry of {serial}.</source>
            <translation>توقيع الشارة صالح، لكنها تذكر ⁨{fields}⁩ مختلفًا عن قيد السجل للشهادة ⁨{serial}⁩.</translation>
        </message>
        <message>
            <source>The badge of certificate {serial} is revoked: {reason}</source>
            <translation>شارة الشهادة ⁨{serial}⁩ ملغاة: ⁨{reason}⁩</translation>
        </message>
        <message>
            <source>{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.</source>
            <translation>⁨{path}⁩: يحمل ملف ‎.jwt شارة واحدة؛ لعدد ⁨{count}⁩ من الشهادات حدّد مجلدًا أو ملف ‎.zip.</translation>
        </message>
        <message>
            <source>This is not a readable badge: {problem}</source>
            <translation>هذه ليست شارة مقروءة: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.</source>
            <translation>يذكر هذا الاعتماد شهادة من SkillAssess لكنه لا يحمل توقيعًا: لا يمكن التحقق إلا من ملف ‎.jwt الذي كتبه المركز.</translation>
        </message>
        <message>
            <source>The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.</source>
            <translation>وُقّعت الشارة بالمفتاح ⁨{key}⁩، وهو ليس مفتاحًا موثوقًا لهذا المركز: ⁨{problem}⁩. لا تقبل هذه الشارة.</translation>
        </message>
        <message>
            <source>Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.</source>
            <translation>شهادة غير معروفة: توقيع الشارة أصلي (المفتاح ⁨{key}⁩)، لكن الشهادة ⁨{serial}⁩ ليست في سجل قاعدة البيانات هذه.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.</source>
            <translation>لم يُستورد شيء من ⁨{file}⁩: استُبدل المؤهل ⁨{code}⁩ أثناء فحص الملف؛ استورد الملف من جديد.</translation>
        </message>
        <message>
            <source>it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.</source>
            <translation>طوله ⁨{length}⁩ حرفًا؛ استخدم عنوانًا لا يتجاوز ⁨{limit}⁩ حرفًا، لتبقى رموز QR مقروءة.</translation>
        </message>
        <message>
            <source>use a web address without spaces or accented letters, for example {example}</source>
            <translation>استخدم عنوان ويب بلا مسافات ولا حروف غير الحروف اللاتينية البسيطة، مثلًا ⁨{example}⁩</translation>
        </message>
        <message>
            <source>this is not a web address; write it as {example}</source>
            <translation>هذا ليس عنوان ويب؛ اكتبه بالصيغة ⁨{example}⁩</translation>
        </message>
        <message>
            <source>the host name {host} is not a public web address, for example {example}</source>
            <translation>اسم المضيف ⁨{host}⁩ ليس عنوان ويب عامًا، مثل ⁨{example}⁩</translation>
        </message>
        <message>
            <source>the address may not contain ? or # (the certificate is added after #).</source>
            <translation>لا يجوز أن يحتوي العنوان على ⁦?⁩ أو ⁦#⁩ (تُضاف الشهادة بعد ⁦#⁩).</translation>
        </message>
        <message>
            <source>the address must end with / (for example {example})</source>
            <translation>يجب أن ينتهي العنوان بـ ⁦/⁩ (مثلًا ⁨{example}⁩)</translation>
        </message>
        <message>
            <source>The centre is not set up yet (name, code, country); an administrator sets it up first.</source>
            <translation>لم يُعدّ المركز بعد (الاسم، الرمز، البلد)؛ يعدّه مدير النظام أولًا.</translation>
        </message>
        <message>
            <source>the address must start with https:// (http:// only for localhost), for example {example}</source>
            <translation>يجب أن يبدأ العنوان بـ ⁦https://⁩ (⁦http://⁩ فقط لـ ⁦localhost⁩)، مثلًا ⁨{example}⁩</translation>
        </message>
        <message>
            <source>Centre name</source>
            <translation>اسم المركز</translation>
        </message>
        <message>
            <source>enter the centre's name.</source>
            <translation>أدخل اسم المركز.</translation>
        </message>
        <message>
            <source>Centre code</source>
            <translation>رمز المركز</translation>
        </message>
        <message>
            <source>1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.</source>
            <translation>من 1 إلى 20 حرفًا أو رقمًا أو شرطة (مثلًا ACC)؛ يبدأ به كل رقم تسلسلي للشهادات.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>the two-letter ISO code, for example GH, ET or LB.</source>
            <translation>رمز ISO المكوّن من حرفين، مثلًا GH أو ET أو LB.</translation>
        </message>
        <message>
            <source>Verification address</source>
            <translation>عنوان التحقق</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>الموقِّعون</translation>
        </message>
        <message>
            <source>a certificate has room for {limit} signatories; remove {extra}.</source>
            <translation>تتسع الشهادة لـ⁨{limit}⁩ من الموقِّعين؛ أزل ⁨{extra}⁩.</translation>
        </message>
        <message>
            <source>The centre settings were not saved:</source>
            <translation>لم تُحفظ إعدادات المركز:</translation>
        </message>
        <message>
            <source>There is no signatory {n}; the centre has {count}.</source>
            <translation>لا يوجد الموقِّع ⁨{n}⁩؛ للمركز ⁨{count}⁩ من الموقِّعين.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>الشعار</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Signatory {n}</source>
            <translation>الموقِّع ⁨{n}⁩</translation>
        </message>
        <message>
            <source>enter the name, or remove the signatory.</source>
            <translation>أدخل الاسم، أو أزل الموقِّع.</translation>
        </message>
        <message>
            <source>{lang} is not a certificate language.</source>
            <translation>⁨{lang}⁩ ليست لغة من لغات الشهادات.</translation>
        </message>
        <message>
            <source>Signatory {n}, signature</source>
            <translation>الموقِّع ⁨{n}⁩، التوقيع</translation>
        </message>
        <message>
            <source>Signatory {n}, title ({lang})</source>
            <translation>الموقِّع ⁨{n}⁩، الصفة (⁨{lang}⁩)</translation>
        </message>
        <message>
            <source>{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).</source>
            <translation>⁨{path}⁩: يجب أن ينتهي اسم الملف بـ ‎.pdf (ملف PDF واحد) أو ‎.zip (ملف PDF لكل شهادة).</translation>
        </message>
        <message>
            <source>No certificate was reprinted.</source>
            <translation>لم يُعد طبع أي شهادة.</translation>
        </message>
        <message>
            <source>No certificate was issued.</source>
            <translation>لم تُصدر أي شهادة.</translation>
        </message>
        <message>
            <source>{problem} {nothing}</source>
            <translation>⁨{problem}⁩ ⁨{nothing}⁩</translation>
        </message>
        <message>
            <source>Certificate {serial} is genuine and in force (issued by the registered centre {centre}).</source>
            <translation>الشهادة ⁨{serial}⁩ صحيحة وسارية (أصدرها المركز المسجل ⁨{centre}⁩).</translation>
        </message>
        <message>
            <source>Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it.</source>
            <translation>شهادة غير معروفة: التوقيع صحيح (المفتاح ⁨{key}⁩)، لكن الشهادة ⁨{serial}⁩ ليست في سجل قاعدة البيانات هذه. وحده سجل المركز الذي أصدرها يستطيع تأكيدها.</translation>
        </message>
        <message>
            <source>The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.</source>
            <translation>غُيّر قيد الشهادة ⁨{serial}⁩ في السجل خارج SkillAssess (⁨{problem}⁩)؛ لا يمكن تأكيدها. يشغّل مدير النظام الأمر skillassess audit verify.</translation>
        </message>
        <message>
            <source>The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.</source>
            <translation>مفتاح الشارة ليس مفتاح Ed25519 صالحًا (jwk أو did:key): عُدّل أو تلف.</translation>
        </message>
        <message>
            <source>The badge is not a JSON object in UTF-8: it was changed or damaged.</source>
            <translation>الشارة ليست كائن JSON بترميز UTF-8: عُدّلت أو تلفت.</translation>
        </message>
        <message>
            <source>a date in it is not a date and time ({date})</source>
            <translation>فيها تاريخ ليس تاريخًا ووقتًا صالحين (⁨{date}⁩)</translation>
        </message>
        <message>
            <source>The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.</source>
            <translation>التوقيع صحيح (المفتاح ⁨{key}⁩ للمركز ⁨{centre}⁩)، لكن الشهادة ⁨{serial}⁩ لم تصل إلى السجل الوطني بعد: لا توجد حزمة من ⁨{centre}⁩ مستوردة هنا تذكرها.</translation>
        </message>
        <message>
            <source>Certificate {serial} of the centre {centre} was revoked: {reason}</source>
            <translation>أُلغيت الشهادة ⁨{serial}⁩ الصادرة عن المركز ⁨{centre}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <source>The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.</source>
            <translation>وُقّعت البيانات بالمفتاح ⁨{key}⁩، وهو ليس مفتاحًا موثوقًا لهذا المركز: ⁨{problem}⁩. لا تقبل هذه الشهادة.</translation>
        </message>
        <message>
            <source>Choose at least one candidate to certify.</source>
            <translation>اختر مرشحًا واحدًا على الأقل لمنحه شهادة.</translation>
        </message>
        <message>
            <source>No certificate was issued:</source>
            <translation>لم تُصدر أي شهادة:</translation>
        </message>
        <message>
            <source>No certificate was printed:</source>
            <translation>لم تُطبع أي شهادة:</translation>
        </message>
        <message>
            <source>{regno}: {code} is chosen twice.</source>
            <translation>⁨{regno}⁩: اختير ⁨{code}⁩ مرتين.</translation>
        </message>
        <message>
            <source>Certificate {serial} is revoked ({reason}); it cannot be printed.</source>
            <translation>الشهادة ⁨{serial}⁩ ملغاة (⁨{reason}⁩)؛ لا يمكن طبعها.</translation>
        </message>
        <message>
            <source>Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.</source>
            <translation>استعد أحدث نسخة احتياطية (skillassess restore FILE)، أو يسجل مدير النظام الفقد (skillassess audit accept-loss، أو فحص السجل في صفحة سجل التدقيق)؛ وحتى ذلك الحين لا يمكن حفظ شيء.</translation>
        </message>
        <message>
            <source>The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.</source>
            <translation>نقطة تحقق السجل المؤرخة ⁨{at}⁩ (⁨{expected}⁩ قيدًا، موقعة بالمفتاح ⁨{key}⁩) موجودة في السجل؛ وأُضيف ⁨{added}⁩ قيدًا منذ ذلك الحين.</translation>
        </message>
        <message>
            <source>The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}</source>
            <translation>نقطة تحقق السجل المكتوبة في ⁨{at}⁩ تثبت ⁨{expected}⁩ قيد تدقيق، لكن قاعدة البيانات تحوي ⁨{found}⁩: أحدث التغييرات مفقودة (ملف -wal فُقد بعد تعطل، أو نسخة من قاعدة البيانات صُنعت أثناء الكتابة فيها، أو قيود حُذفت). ⁨{hint}⁩</translation>
        </message>
        <message>
            <source>The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}</source>
            <translation>لم يعد سجل التدقيق يحوي القيود التي تثبتها نقطة التحقق المؤرخة ⁨{at}⁩ (القيد ⁨{entry}⁩ مختلف): لقد أُعيدت كتابة السجل أو استُبدل. ⁨{hint}⁩</translation>
        </message>
        <message>
            <source>The audit log holds its checkpoint.</source>
            <translation>سجل التدقيق يحوي نقطة التحقق الخاصة به.</translation>
        </message>
        <message>
            <source>There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.</source>
            <translation>لا توجد نقطة تحقق للسجل (⁨{path}⁩)، لذا لم يكن ممكنًا كشف حذف أحدث قيود السجل. يكتبها SkillAssess بعد كل تغيير؛ إن نسخت قاعدة البيانات فانسخ ملف ‎.checkpoint معها.</translation>
        </message>
        <message>
            <source>The audit log holds every entry its checkpoint records: there is no loss to record.</source>
            <translation>سجل التدقيق يحوي كل قيد تثبته نقطة التحقق: لا يوجد فقد لتسجيله.</translation>
        </message>
        <message>
            <source>The audit log is empty; there is no checkpoint yet.</source>
            <translation>سجل التدقيق فارغ؛ لا توجد نقطة تحقق بعد.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.</source>
            <translation>تتعذر قراءة نقطة تحقق السجل ⁨{path}⁩؛ لم تُستخدم. التغيير التالي يكتب نقطة جديدة.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one.</source>
            <translation>نقطة تحقق السجل ⁨{path}⁩ موقعة بمفتاح لا يعرفه هذا الحاسوب (مفتاح نقطة تحقق حاسوب آخر، أو استُبدل الملف)؛ لم تُستخدم. التغيير التالي يكتب نقطة جديدة.</translation>
        </message>
        <message>
            <source>The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.</source>
            <translation>نقطة تحقق السجل ⁨{path}⁩ لا تطابق توقيعها: لقد غُيّرت خارج SkillAssess.</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}; see skillassess exchange partners.</source>
            <translation>لا يوجد مركز مسجل بالرمز ⁨{code}⁩؛ انظر ⁦skillassess exchange partners⁩.</translation>
        </message>
        <message>
            <source>An exchange bundle's file name ends in .sabundle: {file}</source>
            <translation>ينتهي اسم ملف حزمة التبادل بـ ‎.sabundle: ⁨{file}⁩</translation>
        </message>
        <message>
            <source>The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.</source>
            <translation>نسبة العينة كسر أكبر من 0 ولا يتجاوز 1، مثلًا ⁦0.1⁩ تعني 10%.</translation>
        </message>
        <message>
            <source>The minimum sample size cannot be negative.</source>
            <translation>لا يمكن أن يكون الحد الأدنى لحجم العينة سالبًا.</translation>
        </message>
        <message>
            <source>A moderation outcome is confirmed or not_confirmed, not {outcome}.</source>
            <translation>قرار التدقيق إما ⁦confirmed⁩ أو ⁦not_confirmed⁩، لا ⁨{outcome}⁩.</translation>
        </message>
        <message>
            <source>There is no sampled result {id} to moderate.</source>
            <translation>لا توجد نتيجة مسحوبة في العينة برقم ⁨{id}⁩ لتدقيقها.</translation>
        </message>
        <message>
            <source>Say why the result is not confirmed (the notes travel back to the centre).</source>
            <translation>اذكر سبب عدم تأكيد النتيجة (تعود الملاحظات إلى المركز).</translation>
        </message>
        <message>
            <source>No registered centre has the code {code}.</source>
            <translation>لا يوجد مركز مسجل بالرمز ⁨{code}⁩.</translation>
        </message>
        <message>
            <source>{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.</source>
            <translation>⁨{file}⁩: مفاتيحه لا تحوي المفتاح ⁨{key}⁩ الذي وقّعه، أو تحويه بمعرّف خاطئ؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>{file} has no keys member; nothing was imported.</source>
            <translation>⁨{file}⁩ ليس فيه العضو ⁦keys⁩؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.</source>
            <translation>⁨{file}⁩: مفاتيحه تعود إلى ⁨{owner}⁩، لا إلى مرسله ⁨{code}⁩؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.</source>
            <translation>⁨{file}⁩: توقيع بيان محتوياته غير صحيح: غُيّرت الحزمة بعد توقيعها؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.</source>
            <translation>البصمة التي كتبتها لا تطابق المفتاح ⁨{key}⁩ الذي وقّع ⁨{file}⁩ (⁨{fingerprint}⁩). لا تسجله: اطلب من ⁨{name}⁩ بصمته مرة أخرى.</translation>
        </message>
        <message>
            <source>{file} was made by this database's own centre ({code}); there is nothing to register.</source>
            <translation>صُنع ⁨{file}⁩ بواسطة مركز قاعدة البيانات هذه نفسه (⁨{code}⁩)؛ لا شيء لتسجيله.</translation>
        </message>
        <message>
            <source>{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.</source>
            <translation>⁨{code}⁩ مسجل هنا بصفة ⁨{role}⁩، لكن ⁨{file}⁩ أُرسل منه بصفة ⁨{other}⁩؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The key {key} of {file} is registered here for another partner; nothing was changed.</source>
            <translation>المفتاح ⁨{key}⁩ الخاص بـ⁨{file}⁩ مسجل هنا لشريك آخر؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>No centre {code} is registered in this database.</source>
            <translation>لا يوجد مركز ⁨{code}⁩ مسجَّل في قاعدة البيانات هذه.</translation>
        </message>
        <message>
            <source>The register holds no candidate {reg} of the centre {code}.</source>
            <translation>لا يضم السجل مرشحًا رقمه ⁨{reg}⁩ من المركز ⁨{code}⁩.</translation>
        </message>
        <message>
            <source>No candidate with the id {id} is in the register.</source>
            <translation>لا يوجد في السجل مرشح رقمه الداخلي ⁨{id}⁩.</translation>
        </message>
        <message>
            <source>Sign in first: every export and read of personal data names who made it.</source>
            <translation>سجّل الدخول أولًا: كل تصدير وكل قراءة لبيانات شخصية يذكران من قام بهما.</translation>
        </message>
        <message>
            <source>no audit entry records key {key}: it was added outside SkillAssess</source>
            <translation>لا يوجد قيد تدقيق يسجل المفتاح ⁨{key}⁩: لقد أُضيف خارج SkillAssess</translation>
        </message>
        <message>
            <source>its audit entry {entry} was changed</source>
            <translation>غُيّر قيد التدقيق ⁨{entry}⁩ الخاص به</translation>
        </message>
        <message>
            <source>it was not made trusted by an administrator (audit entry {entry})</source>
            <translation>لم يجعله مدير النظام موثوقًا (قيد التدقيق ⁨{entry}⁩)</translation>
        </message>
        <message>
            <source>its record differs from audit entry {entry} ({problem})</source>
            <translation>سجله يختلف عن قيد التدقيق ⁨{entry}⁩ (⁨{problem}⁩)</translation>
        </message>
        <message>
            <source>This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.</source>
            <translation>ليس لهذا المركز مفتاح لتوقيع الشهادات بعد، لذا لا يمكن توقيع شيء. ينشئ مدير النظام مفتاحًا: في صفحة المستخدمين، مفاتيح التوقيع…، ثم إنشاء مفتاح؛ أو skillassess keys create --user الاسم.</translation>
        </message>
        <message>
            <source>The checkpoint key {path} cannot be read.</source>
            <translation>تتعذر قراءة مفتاح نقطة التحقق ⁨{path}⁩.</translation>
        </message>
        <message>
            <source>The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate).</source>
            <translation>المفتاح الخاص لمفتاح توقيع المركز ⁨{key}⁩ ليس على هذا الحاسوب (يجب أن يكون ⁨{file}⁩). انسخ ذلك الملف من الحاسوب الذي أُنشئ عليه المفتاح، أو يجدد مدير النظام المفتاح هنا (skillassess keys rotate).</translation>
        </message>
        <message>
            <source>The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).</source>
            <translation>للمركز مفتاح توقيع بالفعل (⁨{key}⁩)؛ لاستبداله جدّده (skillassess keys rotate).</translation>
        </message>
        <message>
            <source>There is no trusted signing key to rotate; create one (skillassess keys create).</source>
            <translation>لا يوجد مفتاح توقيع موثوق لتجديده؛ أنشئ واحدًا (skillassess keys create).</translation>
        </message>
        <message>
            <source>its public key is damaged</source>
            <translation>مفتاحه العام تالف</translation>
        </message>
        <message>
            <source>There is no such assessment (it may have been deleted meanwhile).</source>
            <translation>لا يوجد هذا التقييم (ربما حُذف في هذه الأثناء).</translation>
        </message>
        <message>
            <source>There is no such assessment or performance criterion (it may have been deleted meanwhile).</source>
            <translation>لا يوجد هذا التقييم أو معيار الأداء (ربما حُذف في هذه الأثناء).</translation>
        </message>
        <message>
            <source>Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.</source>
            <translation>المعيار ⁨{number}⁩ ليس من معايير إصدار الوحدة ⁨{unit}⁩ الخاص بـ⁨{candidate}⁩.</translation>
        </message>
        <message>
            <source>Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.</source>
            <translation>غيّر شخص آخر المعيار ⁨{number}⁩ في التقييم ⁨{assessment}⁩ منذ أن فتحته: قيمته الآن ⁨{now}⁩. لم تُحفظ قيمتك؛ انظر إلى الخلية مجددًا واكتب قيمتك مرة أخرى إن كان يجب أن تحل محلها.</translation>
        </message>
        <message>
            <source>Nothing was saved in assessment {id}:</source>
            <translation>لم يُحفظ شيء في التقييم ⁨{id}⁩:</translation>
        </message>
        <message>
            <source>{unit} has no criterion {number}.</source>
            <translation>لا يوجد في ⁨{unit}⁩ معيار رقم ⁨{number}⁩.</translation>
        </message>
        <message>
            <source>Criterion {number} is given twice with different results.</source>
            <translation>المعيار ⁨{number}⁩ مذكور مرتين بنتيجتين مختلفتين.</translation>
        </message>
        <message>
            <source>The {what} code: {problem}</source>
            <translation>رمز ⁨{what}⁩: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>The {what} title: {problem}</source>
            <translation>عنوان ⁨{what}⁩: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>This item cannot be removed: {kind}.</source>
            <translation>لا يمكن إزالة هذا العنصر: ⁨{kind}⁩.</translation>
        </message>
        <message>
            <source>This item cannot be moved: {kind}.</source>
            <translation>لا يمكن نقل هذا العنصر: ⁨{kind}⁩.</translation>
        </message>
        <message>
            <source>Only a qualification or a unit has versions, not a {kind}.</source>
            <translation>للمؤهل أو الوحدة فقط إصدارات، لا لـ⁨{kind}⁩.</translation>
        </message>
        <message>
            <source>Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.</source>
            <translation>اسم المستخدم أو كلمة المرور خطأ، أو أن الحساب مقفل بعد ⁨{attempts}⁩ من كلمات المرور الخاطئة. يُفتح الحساب المقفل من جديد بعد ⁨{minutes}⁩ دقيقة؛ ويمكن لمدير النظام فتحه قبل ذلك بإعادة تعيين كلمة المرور.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be made: {reason}</source>
            <translation>تعذّر إنشاء المجلد ⁨{folder}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <source>{field}: {path}: {problem}</source>
            <translation>⁨{field}⁩: ⁨{path}⁩: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>{field}: {path} cannot be read ({reason}).</source>
            <translation>⁨{field}⁩: تتعذر قراءة ⁨{path}⁩ (⁨{reason}⁩).</translation>
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
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>محرك أقراص</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>مجلد</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>ا&amp;سم الملفّ:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>ا&amp;بحث في:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>الملفات من ال&amp;نوع:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>الدّليل:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ا&amp;فتح</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>ا&amp;حفظ</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>ا&amp;ختر</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>افتح</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>احفظ كَ‍</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>اعثر على دليل</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفّات</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>قائمة الأماكن والعلامات</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>اذهب للخلف</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>اذهب للأمام</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>اذهب إلى الدّليل الأمّ</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>أنشئ مجلّدًا جديدًا</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>غيّر إلى وضع المنظور القائميّ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>غيّر إلى وضع المنظور التّفصيليّ</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ارجع</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>تقدّم</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>الدّليل الأمّ</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>أنشئ مجلّدًا جديدًا</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>مجلّد جديد</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>مجلّد &amp;جديد</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>منظور قائميّ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>منظور تفصيليّ</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>الأماكن الحديثة</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>الشّريط الجانبيّ</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>أظهر الملفّات الم&amp;خفيّة</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ا&amp;حذف</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>أ&amp;عد التّسمية</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>الحاسوب</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>النّوع</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>تاريخ التّعديل</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>أ&amp;عد</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;قصّ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ا&amp;نسخ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>أل&amp;صق</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>احذف</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>حدّد الكلّ</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>أظهر التّفاصيل...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>أخفِ التّفاصيل...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>حسنًا</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>احفظ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>افتح</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>أغلق</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;نعم</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;لا</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ن&amp;عم للكلّ</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>لا لل&amp;كلّ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>طبّق</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>صفّر</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ارفض</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>حاول مجدّدًا</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>أجهض</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>احفظ الكلّ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>استعد الافتراضيّات</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>أ&amp;عد</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;قصّ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ا&amp;نسخ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>أل&amp;صق</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>احذف</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>حدّد الكلّ</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; ال&amp;سّابق</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ال&amp;تّالي &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ال&amp;تّالي</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>أن&amp;هِ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>ارجع</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>تابع</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>أودع</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تمّ</translation>
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
            <source>Evidence and self-assessment…</source>
            <translation>الأدلة والتقييم الذاتي…</translation>
        </message>
        <message>
            <source>Find a candidate (Ctrl+F)</source>
            <translation>البحث عن مرشح (Ctrl+F)</translation>
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
        <message>
            <source>Read only: only the assessor of a result records its judgements, until it is submitted.</source>
            <translation>للقراءة فقط: لا يسجّل أحكام النتيجة إلا مقيِّمها، حتى تقديمها.</translation>
        </message>
        <message>
            <source>Read only: only the assessor of %1 records these judgements.</source>
            <translation>للقراءة فقط: لا يسجّل هذه الأحكام إلا مقيِّم ⁨%1⁩.</translation>
        </message>
        <message>
            <source>%1 is submitted and waits for verification: a verifier must return it before it can change.</source>
            <translation>نتيجة ⁨%1⁩ مقدَّمة وتنتظر التدقيق: يجب أن يعيدها مدقِّق قبل أن تتغير.</translation>
        </message>
        <message>
            <source>%1 is verified and locked: correct it with an amendment or record a new attempt.</source>
            <translation>نتيجة ⁨%1⁩ مدقَّقة ومقفلة: صحّحها بتعديل أو سجّل محاولة جديدة.</translation>
        </message>
        <message>
            <source>%1 cannot be changed now.</source>
            <translation>لا يمكن تغيير نتيجة ⁨%1⁩ الآن.</translation>
        </message>
        <message>
            <source>Hide panel</source>
            <translation>إخفاء اللوحة</translation>
        </message>
        <message>
            <source>Show panel</source>
            <translation>إظهار اللوحة</translation>
        </message>
        <message>
            <source>Hide the candidate's panel, so that more candidates fit (F9)</source>
            <translation>إخفاء لوحة المرشح ليتسع المجال لمرشحين أكثر (F9)</translation>
        </message>
        <message>
            <source>Show the candidate's panel: methods, comments, outcome, Submit (F9)</source>
            <translation>إظهار لوحة المرشح: الطرق والملاحظات والنتيجة والتقديم (F9)</translation>
        </message>
        <message>
            <source>No candidate matches %1.</source>
            <translation>لا يوجد مرشح يطابق ⁨%1⁩.</translation>
        </message>
    </context>
    <context>
        <name>RegisterBrowserDialog</name>
        <message>
            <source>National register</source>
            <translation>السجل الوطني</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>كل المراكز</translation>
        </message>
        <message>
            <source>Search by name, registration number or certificate serial</source>
            <translation>ابحث بالاسم أو رقم التسجيل أو الرقم التسلسلي للشهادة</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>المرشحون</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>المركز</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>الأسماء الأولى</translation>
        </message>
        <message>
            <source>Name (local script)</source>
            <translation>الاسم (بالخط المحلي)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>الرقم التسلسلي</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>المرشح</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>تاريخ الإصدار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Revoked because</source>
            <translation>سبب الإلغاء</translation>
        </message>
        <message>
            <source>Open candidate</source>
            <translation>افتح المرشح</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>المركز:</translation>
        </message>
        <message>
            <source>%1 shown; more as you scroll.</source>
            <translation>عُرض ⁨%1⁩؛ ويظهر المزيد عند التمرير.</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s).</source>
            <translation>
                <numerusform>لا مرشحين.</numerusform>
                <numerusform>مرشح واحد.</numerusform>
                <numerusform>مرشحان.</numerusform>
                <numerusform>%Ln مرشحين.</numerusform>
                <numerusform>%Ln مرشحًا.</numerusform>
                <numerusform>%Ln مرشح.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s).</source>
            <translation>
                <numerusform>لا شهادات.</numerusform>
                <numerusform>شهادة واحدة.</numerusform>
                <numerusform>شهادتان.</numerusform>
                <numerusform>%Ln شهادات.</numerusform>
                <numerusform>%Ln شهادةً.</numerusform>
                <numerusform>%Ln شهادة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterCandidateDialog</name>
        <message>
            <source>Register candidate %1</source>
            <translation>مرشح السجل ⁨%1⁩</translation>
        </message>
        <message>
            <source>Registration number %1 at %2 (%3)</source>
            <translation>رقم التسجيل ⁨%1⁩ في ⁨%2⁩ (⁨%3⁩)</translation>
        </message>
        <message>
            <source>Sex: %1. Date of birth: %2. Nationality: %3.</source>
            <translation>الجنس: ⁨%1⁩. تاريخ الميلاد: ⁨%2⁩. الجنسية: ⁨%3⁩.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Pathway</source>
            <translation>المسار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>المحاولة</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Date assessed</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>Assessor</source>
            <translation>المقيِّم</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>التدقيق</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>الرقم التسلسلي</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>تاريخ الإصدار</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>مرات إعادة الطباعة</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>ملغاة: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Results (%1)</source>
            <translation>النتائج (⁨%1⁩)</translation>
        </message>
        <message>
            <source>Certificates (%1)</source>
            <translation>الشهادات (⁨%1⁩)</translation>
        </message>
        <message>
            <source>Enrolments (%1)</source>
            <translation>التسجيلات (⁨%1⁩)</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>ضمن العيّنة</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>مؤكَّدة</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>غير مؤكَّدة</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartnerDialog</name>
        <message>
            <source>Register a partner</source>
            <translation>تسجيل شريك</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>مركز</translation>
        </message>
        <message>
            <source>awarding body</source>
            <translation>جهة منح الشهادات</translation>
        </message>
        <message>
            <source>%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, for the fingerprint of their key and compare it with the one below. Register them only if it is the same: after that, their bundles import without questions.</source>
            <translation>⁨%1⁩ (⁨%2⁩، ⁨%3⁩) غير مسجل في قاعدة البيانات هذه بعد. اطلب منهم، بالهاتف أو بالبريد، بصمة مفتاحهم وقارنها بالبصمة أدناه. لا تسجلهم إلا إذا كانت مطابقة: بعد ذلك تُستورد حزمهم دون أسئلة.</translation>
        </message>
        <message>
            <source>At least the first 16 digits</source>
            <translation>أول 16 رقمًا على الأقل</translation>
        </message>
        <message>
            <source>Fingerprint in the file:</source>
            <translation>البصمة في الملف:</translation>
        </message>
        <message>
            <source>Fingerprint they gave you:</source>
            <translation>البصمة التي أعطوك إياها:</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>تسجيل</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Only a period:</source>
            <translation>فترة محددة فقط، من</translation>
        </message>
        <message>
            <source>This centre</source>
            <translation>هذا المركز</translation>
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
            <source>All registered centres</source>
            <translation>كل المراكز المسجلة</translation>
        </message>
        <message>
            <source>Centre %1</source>
            <translation>المركز ⁨%1⁩</translation>
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
            <source>Recognition of Prior Learning</source>
            <translation>الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>RPL enrolments</source>
            <translation>التسجيلات في الاعتراف بالتعلم السابق</translation>
        </message>
        <message>
            <source>Completed (certificate or statement)</source>
            <translation>المكتملة (شهادة أو بيان إنجاز)</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>نسبة الإكمال</translation>
        </message>
        <message>
            <source>Referred to gap training</source>
            <translation>المحالون إلى تدريب سد الفجوة</translation>
        </message>
        <message>
            <source>Median days from enrolment to certificate</source>
            <translation>وسيط الأيام من التسجيل إلى الشهادة</translation>
        </message>
        <message>
            <source>Now at it
women</source>
            <translation>فيها حاليًا
نساء</translation>
        </message>
        <message>
            <source>Now at it
men</source>
            <translation>فيها حاليًا
رجال</translation>
        </message>
        <message>
            <source>Now at it
total</source>
            <translation>فيها حاليًا
المجموع</translation>
        </message>
        <message>
            <source>Median days
women</source>
            <translation>وسيط الأيام فيها
نساء</translation>
        </message>
        <message>
            <source>Median days
men</source>
            <translation>وسيط الأيام فيها
رجال</translation>
        </message>
        <message>
            <source>Median days
total</source>
            <translation>وسيط الأيام فيها
المجموع</translation>
        </message>
        <message>
            <source>Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one).</source>
            <translation>لكل مرحلة من مراحل الاعتراف بالتعلم السابق: التسجيلات الموجودة فيها حاليًا، ووسيط الأيام التي قضاها فيها من انتقلوا منها (من أول خطوة في المرحلة إلى أول خطوة في مرحلة لاحقة).</translation>
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
            <source>Candidates assessed (verified results)</source>
            <translation>المرشحون الذين تم تقييمهم (نتائج مدقَّقة)</translation>
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
            <source>Remarks</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Remarks: where, when, with whom</source>
            <translation>ملاحظات: أين ومتى ومع من</translation>
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
            <source>Prints the answers as shown, saved or not</source>
            <translation>يطبع الإجابات كما تظهر، محفوظة أم لا</translation>
        </message>
        <message>
            <source>For each criterion, record what the candidate says: I can do this, with help, or not yet.</source>
            <translation>لكل معيار، سجّل ما يقوله المرشح: أستطيع القيام بذلك، أو بمساعدة، أو ليس بعد.</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(للقراءة فقط)</translation>
        </message>
        <message>
            <source>Answer all…</source>
            <translation>الإجابة عن الكل…</translation>
        </message>
        <message>
            <source>Give every criterion below this answer</source>
            <translation>إعطاء كل المعايير أدناه هذه الإجابة</translation>
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
            <translation>هذه قاعدة البيانات التجريبية. المستخدمون: ⁦%1⁩. كلمة مرور كل مستخدم هي ⁦demo-⁩ متبوعة باسم المستخدم، مثلًا ⁦%2⁩.</translation>
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
        <message>
            <source>The account %1 is deactivated; ask an administrator.</source>
            <translation>الحساب ⁨%1⁩ معطَّل؛ راجع المسؤول.</translation>
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
            <source>Public key %1 written to %2.</source>
            <translation>كُتب المفتاح العام ⁨%1⁩ في ⁦%2⁩.</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
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
            <source>Reading %1…</source>
            <translation>جارٍ قراءة ⁨%1⁩…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد ⁨%1⁩…</translation>
        </message>
        <message>
            <source>%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?</source>
            <translation>يحتوي ⁨%1⁩ على المؤهل ⁨%2⁩ (⁨%3⁩): ⁨%4⁩ وحدة، ⁨%5⁩ عنصر، ⁨%6⁩ معيار أداء. هل تريد استيراده؟</translation>
        </message>
        <message>
            <source>%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next two become elements and performance criteria, deeper ones fold into the criteria's text, and levels above the units are listed as having no place.</source>
            <translation>⁨%1⁩ إطار من ⁨%2⁩ مستويات. أي مستوى يصبح الوحدات؟ المستوى 1 هو الأعلى؛ يصبح المستويان التاليان عناصر ومعايير أداء، وتُدمج المستويات الأعمق في نص المعايير، وتُذكر المستويات التي فوق الوحدات على أنها بلا مكان.</translation>
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
            <source>Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)</source>
            <translation>مصنف Excel (*.xlsx);;CASE 1.1 JSON (*.json);;إطار كفاءات Moodle CSV (*.csv)</translation>
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
            <source>Paste the text of the QR code: SA1.… or a link https://…/#SA1.…</source>
            <translation>الصق نص رمز QR: ⁦SA1.…⁩ أو رابطًا ⁦https://…/#SA1.…⁩</translation>
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
            <source>Open image, PDF or badge…</source>
            <translation>فتح صورة أو ملف PDF أو شارة…</translation>
        </message>
        <message>
            <source>Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)</source>
            <translation>الشهادات والشارات (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;كل الملفات (*)</translation>
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
</TS>

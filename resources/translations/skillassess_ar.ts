<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Cannot open database</source>
            <translation>تعذّر فتح قاعدة البيانات</translation>
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
    </context>
    <context>
        <name>CandidatesPage</name>
        <message>
            <source>Search by name (any script), registration number or ID</source>
            <translation>ابحث بالاسم (بأي كتابة) أو برقم التسجيل أو برقم وثيقة الهوية</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>المرشحون</translation>
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
    </context>
    <context>
        <name>Errors</name>
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
            <translation>حول SkillAssess</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SkillAssess %1&lt;/h3&gt;&lt;p&gt;Competency standards, practical assessments, Recognition of Prior Learning and certificates for TVET centres, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SkillAssess ⁨%1⁩&lt;/h3&gt;&lt;p&gt;معايير الكفاءة والتقييمات العملية والاعتراف بالتعلم السابق والشهادات لمراكز التعليم والتدريب التقني والمهني، دون الحاجة إلى اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: ⁨%2⁩&lt;/p&gt;</translation>
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
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;تحديث</translation>
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
        <name>ReportsPage</name>
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
            <source>Candidates registered</source>
            <translation>المرشحون المسجَّلون</translation>
        </message>
        <message>
            <source>Candidates assessed (verified results)</source>
            <translation>المرشحون الذين تم تقييمهم (نتائج مدقَّقة)</translation>
        </message>
        <message>
            <source>Units achieved (verified)</source>
            <translation>الوحدات المنجَزة (مدقَّقة)</translation>
        </message>
        <message>
            <source>Candidates certified</source>
            <translation>المرشحون الحاصلون على شهادة</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <source>Filter by code or title</source>
            <translation>تصفية حسب الرمز أو العنوان</translation>
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
            <source>Standards</source>
            <translation>المعايير</translation>
        </message>
        <message>
            <source>Level %1 · version %2 · %3</source>
            <translation>المستوى ⁨%1⁩ · الإصدار ⁨%2⁩ · ⁨%3⁩</translation>
        </message>
        <message>
            <source>%1 · version %2 · %3</source>
            <translation>⁨%1⁩ · الإصدار ⁨%2⁩ · ⁨%3⁩</translation>
        </message>
        <message numerus="yes">
            <source>%n credit(s)</source>
            <translation>
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
            <translation>العنصر ⁨%1⁩</translation>
        </message>
        <message>
            <source>Performance criterion %1</source>
            <translation>معيار الأداء ⁨%1⁩</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>الرمز:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>البلد:</translation>
        </message>
        <message>
            <source>Level scale:</source>
            <translation>سلّم المستويات:</translation>
        </message>
        <message numerus="yes">
            <source>%n elective(s)</source>
            <translation>
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
            <translation>المستوى:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>الإصدار:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>القطاع:</translation>
        </message>
        <message>
            <source>Packaging rules:</source>
            <translation>قواعد تكوين المؤهل:</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>الأرصدة:</translation>
        </message>
        <message>
            <source>Nominal hours:</source>
            <translation>الساعات الاسمية:</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
</TS>

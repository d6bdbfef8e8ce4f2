"""Arabic translations of the interface (the reference: tools/update_translations.py writes them
into resources/translations/skillassess_ar.ts).

Keys: "source" (any context), ("Context", "source") or ("Context", "source", "disambiguation").
Plural (%n) messages have Qt's six Arabic forms, in this order:
    [zero (0), one (1), two (2), few (3-10), many (11-99), other (100-102, ...)]
%Ln writes the number with the locale's digits.
Terms: كفء / غير كفء بعد، الاعتراف بالتعلم السابق (RPL)، وحدة الكفاءة، معيار الأداء، المقيّم،
المدقق، إفادة إنجاز (statement of attainment)، رصيد / أرصدة (credits).
"""

# File paths and database names inside a sentence are isolated left to right (else "/tmp/x" shows as "tmp/x/").
from __future__ import annotations

LRI, PDI = "\u2066", "\u2069"

TRANSLATIONS: dict[object, str | list[str]] = {
    # Shared by several pages and table columns ----------------------------------------------------
    "Registration no.": "رقم التسجيل",
    "Candidate": "المرشح",
    "Candidates": "المرشحون",
    "Date": "التاريخ",
    "Status": "الحالة",
    "Status:": "الحالة:",
    "Cancel": "إلغاء",
    "Cannot open database": "تعذّر فتح قاعدة البيانات",
    "SkillAssess": "SkillAssess",
    # Main window ----------------------------------------------------------------------------------
    ("MainWindow", "&File"): "&ملف",
    ("MainWindow", "&New database…"): "قاعدة بيانات &جديدة…",
    ("MainWindow", "&Open database…"): "&فتح قاعدة بيانات…",
    ("MainWindow", "&Quit"): "&خروج",
    ("MainWindow", "&View"): "&عرض",
    ("MainWindow", "&Refresh"): "&تحديث",
    ("MainWindow", "&Language"): "ال&لغة",
    ("MainWindow", "&Help"): "م&ساعدة",
    ("MainWindow", "&About SkillAssess"): "&حول SkillAssess",
    ("MainWindow", "About SkillAssess"): "حول SkillAssess",
    ("MainWindow", "<h3>SkillAssess %1</h3><p>Competency standards, practical assessments, "
                   "Recognition of Prior Learning and certificates for TVET centres, offline.</p>"
                   "<p>Database: %2</p>"):
        "<h3>SkillAssess %1</h3><p>معايير الكفاءة والتقييمات العملية والاعتراف بالتعلم السابق والشهادات "
        "لمراكز التعليم والتدريب التقني والمهني، دون الحاجة إلى اتصال بالإنترنت.</p><p>قاعدة البيانات: %2</p>",
    ("MainWindow", "Language"): "اللغة",
    ("MainWindow", "SkillAssess will be shown in %1 after a restart. Nothing you saved is lost."):
        "ستظهر واجهة SkillAssess باللغة المختارة (%1) بعد إعادة التشغيل. لن يُفقد شيء مما حفظته.",
    ("MainWindow", "Restart now?"): "هل تريد إعادة التشغيل الآن؟",
    ("MainWindow", "Restart now"): "إعادة التشغيل الآن",
    ("MainWindow", "Later"): "لاحقًا",
    ("MainWindow", "Database: %1"): f"قاعدة البيانات: {LRI}%1{PDI}",
    ("MainWindow", "Open database"): "فتح قاعدة بيانات",
    ("MainWindow", "New database"): "قاعدة بيانات جديدة",
    ("MainWindow", "SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)"):
        "قاعدة بيانات SkillAssess (*.sqlite3 *.sqlite *.db);;جميع الملفات (*)",
    ("MainWindow", "%1 already exists; choose a new file name."): f"الملف {LRI}%1{PDI} موجود بالفعل؛ اختر اسم ملف آخر.",
    ("MainWindow", "Opened %1"): f"تم فتح {LRI}%1{PDI}",
    ("LanguagePage", "Language"): "اللغة",
    # The arrow points the way Arabic reads (→ is not mirrored by the bidi algorithm).
    ("LanguagePage", "The language of SkillAssess on this computer. You can change it later in View → Language."):
        "لغة SkillAssess على هذا الحاسوب. يمكنك تغييرها لاحقًا من عرض ← اللغة.",
    ("LanguagePage", "&Language:"): "ال&لغة:",
    # Errors ---------------------------------------------------------------------------------------
    ("Errors", "Something went wrong: %1\nPlease report this with the log file."):
        "حدث خطأ غير متوقع: %1\nيُرجى الإبلاغ عنه مع إرفاق ملف السجل.",
    # Standards ------------------------------------------------------------------------------------
    ("StandardsPage", "Standards"): "المعايير",
    ("StandardsPage", "Filter by code or title"): "تصفية حسب الرمز أو العنوان",
    ("StandardsPage", "Code"): "الرمز",
    ("StandardsPage", "Title"): "العنوان",
    ("StandardsPage", "Details"): "التفاصيل",
    ("StandardsPage", "Level %1 · version %2 · %3"): "المستوى %1 · الإصدار %2 · %3",
    ("StandardsPage", "%1 · version %2 · %3"): "%1 · الإصدار %2 · %3",
    ("StandardsPage", "%n credit(s)"): ["بلا أرصدة", "رصيد واحد", "رصيدان", "%Ln أرصدة", "%Ln رصيدًا", "%Ln رصيد"],
    ("StandardsPage", "%n elective(s)"): [
        "بلا وحدات اختيارية", "وحدة اختيارية واحدة", "وحدتان اختياريتان",
        "%Ln وحدات اختيارية", "%Ln وحدة اختيارية", "%Ln وحدة اختيارية",
    ],
    ("StandardsPage", "Element %1"): "العنصر %1",
    ("StandardsPage", "Performance criterion %1"): "معيار الأداء %1",
    ("StandardsPage", "Code:"): "الرمز:",
    ("StandardsPage", "Country:"): "البلد:",
    ("StandardsPage", "Level scale:"): "سلّم المستويات:",
    ("StandardsPage", "Level:"): "المستوى:",
    ("StandardsPage", "Version:"): "الإصدار:",
    ("StandardsPage", "Sector:"): "القطاع:",
    ("StandardsPage", "Packaging rules:"): "قواعد تكوين المؤهل:",
    ("StandardsPage", "Credits:"): "الأرصدة:",
    ("StandardsPage", "Nominal hours:"): "الساعات الاسمية:",
    # Candidates -----------------------------------------------------------------------------------
    ("CandidatesPage", "Search by name (any script), registration number or ID"):
        "ابحث بالاسم (بأي كتابة) أو برقم التسجيل أو برقم وثيقة الهوية",
    ("CandidatesPage", "%n candidate(s)"): ["لا يوجد مرشحون", "مرشح واحد", "مرشحان", "%Ln مرشحين", "%Ln مرشحًا", "%Ln مرشح"],
    ("CandidateTableModel", "Family name"): "اسم العائلة",
    ("CandidateTableModel", "Given names"): "الاسم الشخصي",
    ("CandidateTableModel", "Name in local script"): "الاسم بالكتابة المحلية",
    ("CandidateTableModel", "Sex"): "الجنس",
    ("CandidateTableModel", "Nationality"): "الجنسية",
    ("CandidateTableModel", "ID number"): "رقم وثيقة الهوية",
    # Assessments ----------------------------------------------------------------------------------
    ("AssessmentsPage", "Assessments"): "التقييمات",
    ("AssessmentsPage", "All statuses"): "جميع الحالات",
    ("AssessmentsPage", "%n assessment(s)"): ["لا توجد تقييمات", "تقييم واحد", "تقييمان", "%Ln تقييمات", "%Ln تقييمًا", "%Ln تقييم"],
    ("AssessmentTableModel", "Unit"): "الوحدة",
    ("AssessmentTableModel", "Unit title"): "عنوان الوحدة",
    ("AssessmentTableModel", "Attempt"): "المحاولة",
    ("AssessmentTableModel", "Outcome"): "النتيجة",
    ("AssessmentTableModel", "Assessor"): "المقيّم",
    ("AssessmentTableModel", "Verifier"): "المدقق",
    # Certificates ---------------------------------------------------------------------------------
    ("CertificatesPage", "Certificates"): "الشهادات",
    ("CertificatesPage", "%n certificate(s) in the register"): [
        "لا توجد شهادات في السجل", "شهادة واحدة في السجل", "شهادتان في السجل",
        "%Ln شهادات في السجل", "%Ln شهادة في السجل", "%Ln شهادة في السجل",
    ],
    ("CertificateTableModel", "Serial"): "الرقم التسلسلي",
    ("CertificateTableModel", "Type"): "النوع",
    ("CertificateTableModel", "Qualification"): "المؤهل",
    ("CertificateTableModel", "Issued"): "تاريخ الإصدار",
    ("CertificateTableModel", "Reprints"): "مرات إعادة الطباعة",
    # Reports --------------------------------------------------------------------------------------
    ("ReportsPage", "Reports"): "التقارير",
    ("ReportsPage", "Summary by sex"): "ملخص حسب الجنس",
    ("ReportsPage", "Women"): "النساء",
    ("ReportsPage", "Men"): "الرجال",
    ("ReportsPage", "Total"): "المجموع",
    ("ReportsPage", "Candidates registered"): "المرشحون المسجَّلون",
    ("ReportsPage", "Candidates assessed (verified results)"): "المرشحون الذين تم تقييمهم (نتائج مدقَّقة)",
    ("ReportsPage", "Units achieved (verified)"): "الوحدات المنجَزة (مدقَّقة)",
    ("ReportsPage", "Candidates certified"): "المرشحون الحاصلون على شهادة",
    # Enumeration labels ---------------------------------------------------------------------------
    ("Labels", "Administrator"): "المسؤول",
    ("Labels", "Assessor"): "المقيّم",
    ("Labels", "Verifier"): "المدقق",
    ("Labels", "Registrar"): "مسؤول التسجيل",
    ("Labels", "Draft", "standard"): "مسودة",
    ("Labels", "Current"): "ساري المفعول",
    ("Labels", "Superseded"): "مستبدَل",
    ("Labels", "All core units plus electives"): "جميع الوحدات الأساسية إضافةً إلى وحدات اختيارية",
    ("Labels", "All core units and a minimum of credits"): "جميع الوحدات الأساسية وحدٌّ أدنى من الأرصدة",
    ("Labels", "Core"): "أساسية",
    ("Labels", "Elective"): "اختيارية",
    ("Labels", "Range statement"): "نطاق التطبيق",
    ("Labels", "Required knowledge"): "المعارف المطلوبة",
    ("Labels", "Required skills"): "المهارات المطلوبة",
    ("Labels", "Evidence guide"): "دليل الأدلة",
    ("Labels", "Assessment conditions"): "شروط التقييم",
    ("Labels", "Female"): "أنثى",
    ("Labels", "Male"): "ذكر",
    ("Labels", "Yes"): "نعم",
    ("Labels", "No"): "لا",
    ("Labels", "Not stated"): "غير مصرَّح به",
    ("Labels", "National ID"): "بطاقة الهوية الوطنية",
    ("Labels", "Passport"): "جواز السفر",
    ("Labels", "Refugee ID"): "بطاقة لاجئ",
    ("Labels", "Other document"): "وثيقة أخرى",
    ("Labels", "No document"): "بلا وثيقة",
    ("Labels", "RPL"): "الاعتراف بالتعلم السابق",
    ("Labels", "Training"): "التدريب",
    ("Labels", "Active", "enrolment"): "نشط",
    ("Labels", "Completed"): "مكتمل",
    ("Labels", "Withdrawn", "enrolment"): "منسحب",
    ("Labels", "Information and counselling"): "الإعلام والإرشاد",
    ("Labels", "Eligibility"): "الأهلية",
    ("Labels", "Self-assessment"): "التقييم الذاتي",
    ("Labels", "Portfolio of evidence"): "ملف الأدلة",
    ("Labels", "Assessment", "RPL stage"): "التقييم",
    ("Labels", "Certification"): "منح الشهادة",
    ("Labels", "Appeal", "RPL stage"): "التظلّم",
    ("Labels", "Eligible"): "مؤهَّل",
    ("Labels", "Not eligible"): "غير مؤهَّل",
    ("Labels", "I can do this"): "أستطيع القيام بذلك",
    ("Labels", "With help"): "بمساعدة",
    ("Labels", "Not yet"): "ليس بعد",
    ("Labels", "Certificate", "evidence"): "شهادة",
    ("Labels", "Photo of work"): "صورة لعمل منجَز",
    ("Labels", "Video"): "فيديو",
    ("Labels", "Reference letter"): "رسالة توصية",
    ("Labels", "Work sample"): "عيّنة عمل",
    ("Labels", "Third-party report", "evidence"): "إفادة من طرف ثالث",
    ("Labels", "Other", "evidence"): "أخرى",
    ("Labels", "Active", "evidence"): "صالح",
    ("Labels", "Withdrawn", "evidence"): "مسحوب",
    ("Labels", "Observation"): "الملاحظة",
    ("Labels", "Questioning"): "الأسئلة الشفوية",
    ("Labels", "Product"): "المنتَج",
    ("Labels", "Third-party report", "assessment method"): "تقرير طرف ثالث",
    ("Labels", "Portfolio"): "ملف الإنجاز",
    ("Labels", "Draft", "assessment"): "مسودة",
    ("Labels", "Submitted"): "مقدَّم",
    ("Labels", "Verified"): "مدقَّق",
    ("Labels", "Returned"): "مُعاد للتصحيح",
    ("Labels", "Competent"): "كفء",
    ("Labels", "Not Yet Competent"): "غير كفء بعد",
    ("Labels", "RPL granted"): "ممنوحة بالاعتراف بالتعلم السابق",
    ("Labels", "Credit transfer"): "نقل الأرصدة",
    ("Labels", "Withdrawn", "outcome"): "انسحاب",
    ("Labels", "Satisfactory"): "مُرضٍ",
    ("Labels", "Not yet satisfactory"): "غير مُرضٍ بعد",
    ("Labels", "Pending"): "قيد النظر",
    ("Labels", "Upheld"): "مقبول",
    ("Labels", "Dismissed"): "مرفوض",
    ("Labels", "Qualification certificate"): "شهادة المؤهل",
    ("Labels", "Statement of attainment"): "إفادة إنجاز",
    ("Labels", "Issued", "certificate"): "صادرة",
    ("Labels", "Revoked"): "ملغاة",
    ("Labels", "Created"): "إنشاء",
    ("Labels", "Changed"): "تعديل",
    ("Labels", "Deleted"): "حذف",
}

# Strings of the branches merged at the same time (users and sign-in, standards editing, candidates and
# RPL, assessment recording, certificates, reports and exports), translated ahead of the merge.
TRANSLATIONS.update({
    # Shared ---------------------------------------------------------------------------------------
    "The two passwords differ; type them again.": "كلمتا المرور مختلفتان؛ اكتبهما مرة أخرى.",
    "The password needs at least %1 characters.": "يجب أن تتكون كلمة المرور من %1 أحرف على الأقل.",
    "(none)": "(لا شيء)",
    "&User name:": "اسم المست&خدم:",
    "&Full name:": "الاسم ال&كامل:",
    "&Password:": "&كلمة المرور:",
    "Password &again:": "تأكي&د كلمة المرور:",
    "&New password:": "كلمة المرور ال&جديدة:",
    "New password &again:": "تأكي&د كلمة المرور الجديدة:",
    "File": "الملف",
    "Type": "النوع",
    "Description": "الوصف",
    "Criteria": "المعايير",
    "Criterion": "المعيار",
    "Code": "الرمز",
    "&Code": "ال&رمز",
    "Version": "الإصدار",
    "&Title": "ال&عنوان",
    "Title": "العنوان",
    "C&ategory": "ال&فئة",
    "Category": "الفئة",
    "Credits": "الأرصدة",
    "C&redits": "الأر&صدة",
    "%1 (%2)": "%1 (%2)",
    "Outcome:": "النتيجة:",
    "Date:": "التاريخ:",
    "Venue:": "المكان:",
    "Comments:": "الملاحظات:",
    "Feedback:": "التغذية الراجعة:",
    "Reason:": "السبب:",
    "Notes:": "ملاحظات:",
    "Notes": "ملاحظات",
    "Qualification": "المؤهل",
    "Qualification:": "المؤهل:",
    "Unit": "الوحدة",
    "Unit:": "الوحدة:",
    "Units:": "الوحدات:",
    "Stage": "المرحلة",
    "Enrolment": "التسجيل",
    "Self-assessment": "التقييم الذاتي",
    "Candidates:": "المرشحون:",
    "Title:": "العنوان:",
    "Assessor:": "المقيّم:",
    "User:": "المستخدم:",
    "From": "من",
    "to": "إلى",
    "All statuses": "جميع الحالات",
    "Choose…": "اختيار…",
    "Add": "إضافة",
    "Remove": "إزالة",
    "Open": "فتح",
    "Import": "استيراد",
    "Export": "تصدير",
    "Print record…": "طباعة السجل…",
    "Save assessment record": "حفظ سجل التقييم",
    "PDF (*.pdf)": "ملف PDF (*.pdf)",
    "Excel workbook (*.xlsx)": "مصنف Excel (*.xlsx)",
    "Cannot write %1: %2": "تعذّرت الكتابة في %1: %2",
    "Wrote %1": "تمت كتابة %1",
    "Writing %1…": "جارٍ كتابة %1…",
    "Importing %1…": "جارٍ استيراد %1…",
    "Add evidence": "إضافة دليل",
    "Not stated": "غير مصرَّح به",
    "Women": "النساء",
    "Men": "الرجال",
    "Yes": "نعم",
    "Active": "نشط",
    "Current": "حديث",
    "Database: %1": f"قاعدة البيانات: {LRI}%1{PDI}",
    "Export results": "تصدير النتائج",
    "Enrol the candidate first.": "سجّل المرشح أولًا.",
    # Users, sign-in, first start --------------------------------------------------------------------
    ("AdminPage", "The first administrator"): "المسؤول الأول",
    ("AdminPage", "This person adds the other users. Choose a password of at least %1 characters."):
        "يضيف هذا الشخص المستخدمين الآخرين. اختر كلمة مرور من %1 أحرف على الأقل.",
    ("CentrePage", "Your centre"): "مركزكم",
    ("CentrePage", "These appear on certificates and reports. An administrator can change them later."):
        "تظهر هذه البيانات على الشهادات والتقارير. يمكن للمسؤول تغييرها لاحقًا.",
    ("CentrePage", "e.g. ACC"): "مثلًا ACC",
    ("CentrePage", "No logo"): "بلا شعار",
    ("CentrePage", "Choose &logo…"): "اختيار ال&شعار…",
    ("CentrePage", "Centre &name:"): "ا&سم المركز:",
    ("CentrePage", "Centre &code:"): "&رمز المركز:",
    ("CentrePage", "C&ountry:"): "ال&بلد:",
    ("CentrePage", "&Address:"): "ال&عنوان:",
    ("CentrePage", "Logo:"): "الشعار:",
    ("CentrePage", "The centre code may have up to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial number."):
        "يتكون رمز المركز من ٢٠ حرفًا أو رقمًا أو شرطة على الأكثر (مثلًا ACC)؛ ويبدأ به كل رقم تسلسلي للشهادات.",
    ("CentrePage", "Centre logo"): "شعار المركز",
    ("CentrePage", "Images (*.png *.jpg *.jpeg)"): "الصور (*.png *.jpg *.jpeg)",
    ("CentrePage", "%1 is not an image that can be read."): f"الملف {LRI}%1{PDI} ليس صورة يمكن قراءتها.",
    ("FirstStartWizard", "Welcome to %1"): "مرحبًا بكم في %1",
    ("FirstStartWizard", "&Start"): "ا&بدأ",
    ("FirstStartWizard", "This database (%1) has no users yet. Record your centre and its first administrator to start."):
        f"لا يوجد مستخدمون بعد في قاعدة البيانات هذه ({LRI}%1{PDI}). سجّل مركزكم ومسؤوله الأول للبدء.",
    ("SignInDialog", "Sign in — %1"): "تسجيل الدخول — %1",
    ("SignInDialog", "&Sign in"): "&تسجيل الدخول",
    ("SignInDialog", "This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2."):
        f"هذه قاعدة البيانات التجريبية. المستخدمون: {LRI}%1{PDI}. كلمة مرور كل مستخدم هي {LRI}demo-{PDI} متبوعة باسم "
        f"المستخدم، مثلًا {LRI}%2{PDI}.",
    ("SignInDialog", "Enter your user name and password."): "أدخل اسم المستخدم وكلمة المرور.",
    ("SignInDialog", "Signing in…"): "جارٍ تسجيل الدخول…",
    ("SignInDialog", "The account %1 is deactivated; ask an administrator."): "الحساب %1 معطَّل؛ راجع المسؤول.",
    ("ChangePasswordDialog", "Change my password"): "تغيير كلمة المرور",
    ("ChangePasswordDialog", "&Current password:"): "كلمة المرور ال&حالية:",
    ("ResetPasswordDialog", "New password for %1"): "كلمة مرور جديدة لـ %1",
    ("ResetPasswordDialog", "Tell the user the new password in person; it also unlocks a locked account."):
        "أبلغ المستخدم بكلمة المرور الجديدة شخصيًا؛ وهي تفتح الحساب المقفل أيضًا.",
    ("MainWindow", "Not signed in"): "لم يسجَّل الدخول",
    ("MainWindow", "Signed in: %1"): "المستخدم: %1",
    ("MainWindow", "Signed in as %1"): "تم تسجيل الدخول باسم %1",
    ("MainWindow", "&Change my password…"): "&تغيير كلمة المرور…",
    ("MainWindow", "S&witch user…"): "تبديل المست&خدم…",
    ("MainWindow", "Sign &out"): "تسجيل ال&خروج",
    ("MainWindow", "&Export"): "ت&صدير",
    ("MainWindow", "&Results…"): "ال&نتائج…",
    ("MainWindow", "Certificate &register…"): "&سجل الشهادات…",
    ("MainWindow", "&Statistics…"): "الإ&حصاءات…",
    ("UserDialog", "Add user"): "إضافة مستخدم",
    ("UserDialog", "Change user %1"): "تعديل المستخدم %1",
    ("UserDialog", "Roles:"): "الأدوار:",
    ("UserDialog", "for assessors"): "للمقيّمين",
    ("UserDialog", "Assessor &registration no.:"): "رقم ا&عتماد المقيّم:",
    ("UserDialog", "Expires on"): "ينتهي في",
    ("UserDialog", "Registration:"): "الاعتماد:",
    ("UserDialog", "Give the user at least one role."): "امنح المستخدم دورًا واحدًا على الأقل.",
    ("UserTableModel", "%1 (expired)"): "%1 (منتهي)",
    ("UserTableModel", "Deactivated"): "معطَّل",
    ("UserTableModel", "Locked"): "مقفل",
    ("UserTableModel", "User name"): "اسم المستخدم",
    ("UserTableModel", "Full name"): "الاسم الكامل",
    ("UserTableModel", "Roles"): "الأدوار",
    ("UserTableModel", "Assessor registration no."): "رقم اعتماد المقيّم",
    ("UserTableModel", "Registration expires"): "انتهاء الاعتماد",
    ("UsersPage", "&Add user…"): "&إضافة مستخدم…",
    ("UsersPage", "&Change…"): "&تعديل…",
    ("UsersPage", "&Reset password…"): "إعادة ت&عيين كلمة المرور…",
    ("UsersPage", "&Deactivate"): "ت&عطيل",
    ("UsersPage", "&Activate"): "ت&فعيل",
    ("UsersPage", "Users who have records are never deleted: deactivate them, and they can no longer sign in."):
        "لا يُحذف المستخدمون الذين لهم سجلات أبدًا: عطّلهم، فلا يمكنهم تسجيل الدخول بعد ذلك.",
    ("UsersPage", "Users"): "المستخدمون",
    ("UsersPage", "%n user(s)"): ["لا يوجد مستخدمون", "مستخدم واحد", "مستخدمان", "%Ln مستخدمين", "%Ln مستخدمًا", "%Ln مستخدم"],
    # Audit --------------------------------------------------------------------------------------
    ("AuditPage", "&Check the log"): "&فحص السجل",
    ("AuditPage", "Recompute the hash chain: any entry changed or removed since it was written shows."):
        "إعادة حساب سلسلة التجزئة: يظهر كل قيد عُدّل أو حُذف منذ كتابته.",
    ("AuditPage", "Record type:"): "نوع السجل:",
    ("AuditPage", "Select an entry to see the values before and after."): "اختر قيدًا لرؤية القيم قبل التغيير وبعده.",
    ("AuditPage", "Audit log"): "سجل التدقيق",
    ("AuditPage", "All record types"): "جميع أنواع السجلات",
    ("AuditPage", "All users"): "جميع المستخدمين",
    ("AuditPage", "%n entry(ies)"): ["لا توجد قيود", "قيد واحد", "قيدان", "%Ln قيود", "%Ln قيدًا", "%Ln قيد"],
    ("AuditPage", "Entry %1: %2 %3 %4 by %5"): "القيد %1: %2 %3 %4 بواسطة %5",
    ("AuditPage", "Changes:"): "التغييرات:",
    ("AuditPage", "Before"): "قبل",
    ("AuditPage", "After"): "بعد",
    ("AuditPage", "Checking the audit log…"): "جارٍ فحص سجل التدقيق…",
    ("AuditPage", "The audit log is intact: %n entry(ies) checked."): [
        "سجل التدقيق سليم: لم يُفحص أي قيد.", "سجل التدقيق سليم: فُحص قيد واحد.", "سجل التدقيق سليم: فُحص قيدان.",
        "سجل التدقيق سليم: فُحصت %Ln قيود.", "سجل التدقيق سليم: فُحص %Ln قيدًا.", "سجل التدقيق سليم: فُحص %Ln قيد."],
    ("AuditPage", "The audit log is broken at entry %1: %2."): "سجل التدقيق مكسور عند القيد %1: %2.",
    ("AuditTableModel", "No."): "الرقم",
    ("AuditTableModel", "When"): "الوقت",
    ("AuditTableModel", "User"): "المستخدم",
    ("AuditTableModel", "Action"): "الإجراء",
    ("AuditTableModel", "Record type"): "نوع السجل",
    ("AuditTableModel", "Record"): "السجل",
    ("AuditTableModel", "Fields"): "الحقول",
})

TRANSLATIONS.update({
    # Standards editing --------------------------------------------------------------------------
    ("BodyForm", "&Name"): "الا&سم",
    ("BodyForm", "Co&untry"): "ال&بلد",
    ("BodyForm", "&Level scale"): "سلّم ال&مستويات",
    ("QualificationForm", "&Level"): "ال&مستوى",
    ("QualificationForm", "Sec&tor"): "ال&قطاع",
    ("QualificationForm", "&Description"): "ال&وصف",
    ("QualificationForm", "&Packaging rules"): "قواعد ت&كوين المؤهل",
    ("QualificationForm", "&Electives required"): "الوحدات الا&ختيارية المطلوبة",
    ("QualificationForm", "C&redits required"): "الأر&صدة المطلوبة",
    ("UnitForm", "&Nominal hours"): "الساعات الا&سمية",
    ("_Form", "&Save"): "&حفظ",
    ("_Form", "Save the changes (Ctrl+S)"): "حفظ التغييرات (Ctrl+S)",
    ("_Form", "Re&vert"): "ت&راجع",
    ("NewItemDialog", "To add a unit that exists already, give its code; the title is then not needed."):
        "لإضافة وحدة موجودة مسبقًا، أدخل رمزها؛ ولا حاجة عندئذ إلى العنوان.",
    ("StandardsPage", "Search by code or title"): "ابحث بالرمز أو العنوان",
    ("StandardsPage", "&Add"): "إ&ضافة",
    ("StandardsPage", "Add under the selected item (Ins)"): "إضافة تحت العنصر المحدد (Ins)",
    ("StandardsPage", "Remo&ve"): "إ&زالة",
    ("StandardsPage", "Remove the selected item (Del)"): "إزالة العنصر المحدد (Del)",
    ("StandardsPage", "Move &up"): "نقل إلى الأ&على",
    ("StandardsPage", "Move the selected item up (Ctrl+Up)"): "نقل العنصر المحدد إلى الأعلى (Ctrl+Up)",
    ("StandardsPage", "Move do&wn"): "نقل إلى الأ&سفل",
    ("StandardsPage", "Move the selected item down (Ctrl+Down)"): "نقل العنصر المحدد إلى الأسفل (Ctrl+Down)",
    ("StandardsPage", "New &version"): "إصدار &جديد",
    ("StandardsPage", "Copy the selected qualification or unit as a draft with the next version number"):
        "نسخ المؤهل أو الوحدة المحددة كمسودة برقم الإصدار التالي",
    ("StandardsPage", "&Publish"): "&نشر",
    ("StandardsPage", "Make the selected draft current; the current version becomes superseded"):
        "جعل المسودة المحددة سارية المفعول؛ ويصبح الإصدار الساري مستبدَلًا",
    ("StandardsPage", "&Import…"): "ا&ستيراد…",
    ("StandardsPage", "Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)"):
        "استيراد معيار من Excel (.xlsx) أو CASE (.json) أو Moodle (.csv)",
    ("StandardsPage", "E&xport…"): "ت&صدير…",
    ("StandardsPage", "Export the selected qualification to Excel or CASE JSON"): "تصدير المؤهل المحدد إلى Excel أو CASE JSON",
    ("StandardsPage", "&Template…"): "&قالب…",
    ("StandardsPage", "Save an empty, documented Excel workbook to fill in"): "حفظ مصنف Excel فارغ وموثَّق لتعبئته",
    ("StandardsPage", "&Element"): "&عنصر",
    ("StandardsPage", "&Performance criterion"): "&معيار أداء",
    ("StandardsPage", "Select an item in the tree to see and edit it."): "اختر عنصرًا في الشجرة لعرضه وتعديله.",
    ("StandardsPage", "Units in no qualification"): "وحدات غير مدرجة في أي مؤهل",
    ("StandardsPage", "New unit versions wait here until a qualification version holds them: make a new version of the qualification to take them up."):
        "تنتظر الإصدارات الجديدة من الوحدات هنا إلى أن يضمها إصدار من المؤهل: أنشئ إصدارًا جديدًا من المؤهل لإدراجها.",
    ("StandardsPage", "%1 · version %2 · %3 credits · %4"): "%1 · الإصدار %2 · الأرصدة: %3 · %4",
    ("StandardsPage", "version %1 · %2"): "الإصدار %1 · %2",
    ("StandardsPage", "Element %1 of %2"): "العنصر %1 من %2",
    ("StandardsPage", "Performance criterion %1 of %2"): "معيار الأداء %1 من %2",
    ("StandardsPage", "Only an administrator can change, import or export standards; you can look at them here."):
        "وحده المسؤول يمكنه تعديل المعايير أو استيرادها أو تصديرها؛ ويمكنك الاطلاع عليها هنا.",
    ("StandardsPage", "Needs the administrator role"): "يتطلب دور المسؤول",
    ("StandardsPage", "New awarding body"): "جهة مانحة جديدة",
    ("StandardsPage", "New qualification"): "مؤهل جديد",
    ("StandardsPage", "New unit"): "وحدة جديدة",
    ("StandardsPage", "Title of the new element:"): "عنوان العنصر الجديد:",
    ("StandardsPage", "Text of the new performance criterion:"): "نص معيار الأداء الجديد:",
    ("StandardsPage", "Remove the draft qualification %1? Its units stay."): "هل تريد إزالة مسودة المؤهل %1؟ تبقى وحداته.",
    ("StandardsPage", "Take unit %1 out of this qualification? The unit itself stays."):
        "هل تريد إخراج الوحدة %1 من هذا المؤهل؟ تبقى الوحدة نفسها.",
    ("StandardsPage", "Remove element %1 and its performance criteria?"): "هل تريد إزالة العنصر %1 ومعايير أدائه؟",
    ("StandardsPage", "Remove performance criterion %1?"): "هل تريد إزالة معيار الأداء %1؟",
    ("StandardsPage", "Import a standard"): "استيراد معيار",
    ("StandardsPage", "Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)"):
        "المعايير (*.xlsx *.json *.csv);;مصنف Excel (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)",
    ("StandardsPage", "Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria."):
        "تم استيراد %1 الإصدار %2: الوحدات %3، العناصر %4، معايير الأداء %5.",
    ("StandardsPage", "Export a standard"): "تصدير معيار",
    ("StandardsPage", "Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)"): "مصنف Excel (*.xlsx);;CASE 1.1 JSON (*.json)",
    ("StandardsPage", "Save the standards template"): "حفظ قالب المعايير",
    # Candidates, enrolment, RPL, evidence ---------------------------------------------------------
    ("CandidateTableModel", "Stage"): "المرحلة",
    ("CandidatesPage", "Any sex"): "الجنسان",
    ("CandidatesPage", "Any stage"): "جميع المراحل",
    ("CandidatesPage", "New candidate…"): "مرشح جديد…",
    ("CandidatesPage", "Edit…"): "تعديل…",
    ("CandidatesPage", "Enrol…"): "تسجيل…",
    ("CandidatesPage", "RPL step…"): "مرحلة الاعتراف بالتعلم السابق…",
    ("CandidatesPage", "Self-assessment…"): "التقييم الذاتي…",
    ("CandidatesPage", "Evidence…"): "الأدلة…",
    ("CandidatesPage", "Import from Excel…"): "استيراد من Excel…",
    ("CandidatesPage", "Excel template…"): "قالب Excel…",
    ("CandidatesPage", "Any qualification"): "جميع المؤهلات",
    ("CandidatesPage", "Not enrolled yet."): "غير مسجَّل بعد.",
    ("CandidatesPage", "stage: %1"): "المرحلة: %1",
    ("CandidatesPage", "Enrol the candidate in a qualification first."): "سجّل المرشح في مؤهل أولًا.",
    ("CandidatesPage", "Save Excel template"): "حفظ قالب Excel",
    ("CandidatesPage", "Import candidates"): "استيراد المرشحين",
    ("CandidatesPage", "%n candidate(s) imported."): [
        "لم يُستورد أي مرشح.", "استُورد مرشح واحد.", "استُورد مرشحان.",
        "استُورد %Ln مرشحين.", "استُورد %Ln مرشحًا.", "استُورد %Ln مرشح."],
    ("CandidatesPage", "%n already registered, not imported again:"): [
        "لا يوجد مرشحون مسجلون مسبقًا:", "مرشح واحد مسجَّل مسبقًا، لم يُستورد مجددًا:",
        "مرشحان مسجَّلان مسبقًا، لم يُستوردا مجددًا:", "%Ln مرشحين مسجَّلين مسبقًا، لم يُستوردوا مجددًا:",
        "%Ln مرشحًا مسجَّلًا مسبقًا، لم يُستوردوا مجددًا:", "%Ln مرشح مسجَّل مسبقًا، لم يُستوردوا مجددًا:"],
    ("CandidatesPage", "Row %1: %2"): "الصف %1: %2",
    ("CandidateDialog", "Not given"): "غير مذكور",
    ("CandidateDialog", "New candidate"): "مرشح جديد",
    ("CandidateDialog", "Given when saved"): "يُمنح عند الحفظ",
    ("CandidateDialog", "The full name in Amharic, Arabic or another script, as the candidate writes it"):
        "الاسم الكامل بالأمهرية أو العربية أو بكتابة أخرى، كما يكتبه المرشح",
    ("CandidateDialog", "Two letters, e.g. GH"): "حرفان، مثلًا LB",
    ("CandidateDialog", "Choose photo…"): "اختيار صورة…",
    ("CandidateDialog", "Remove photo"): "إزالة الصورة",
    ("CandidateDialog", "Family name *"): "اسم العائلة *",
    ("CandidateDialog", "Given names *"): "الاسم الشخصي *",
    ("CandidateDialog", "Name in local script"): "الاسم بالكتابة المحلية",
    ("CandidateDialog", "Sex *"): "الجنس *",
    ("CandidateDialog", "Date of birth"): "تاريخ الميلاد",
    ("CandidateDialog", "ID document"): "وثيقة الهوية",
    ("CandidateDialog", "ID number"): "رقم وثيقة الهوية",
    ("CandidateDialog", "Nationality"): "الجنسية",
    ("CandidateDialog", "Disability"): "الإعاقة",
    ("CandidateDialog", "Disability details"): "تفاصيل الإعاقة",
    ("CandidateDialog", "Phone"): "الهاتف",
    ("CandidateDialog", "E-mail"): "البريد الإلكتروني",
    ("CandidateDialog", "Address"): "العنوان",
    ("CandidateDialog", "Education"): "المستوى التعليمي",
    ("CandidateDialog", "Occupation"): "المهنة",
    ("CandidateDialog", "Years of experience"): "سنوات الخبرة",
    ("CandidateDialog", "Candidate %1"): "المرشح %1",
    ("CandidateDialog", "Choose photo"): "اختيار صورة",
    ("CandidateDialog", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"): "الصور (*.png *.jpg *.jpeg *.bmp *.gif *.webp)",
    ("CandidateDialog", "Cannot read %1: %2"): f"تعذّرت قراءة {LRI}%1{PDI}: %2",
    ("CandidateDialog", "%1 is not a picture this application can read."): f"الملف {LRI}%1{PDI} ليس صورة يستطيع البرنامج قراءتها.",
    ("CandidateDialog", "No photo"): "بلا صورة",
    ("CandidateDialog", "Open %1"): "فتح %1",
    ("CandidateDialog", "Not saved: correct the fields marked in red."): "لم يُحفظ: صحّح الحقول المعلَّمة بالأحمر.",
    ("CandidateDialog", "Check the warning above; press Save again to save anyway."):
        "راجع التنبيه أعلاه؛ اضغط «حفظ» مرة أخرى للحفظ على أي حال.",
    ("CandidateDialog", "Sign in to register candidates."): "سجّل الدخول لتسجيل المرشحين.",
    ("EnrolmentDialog", "Enrol candidate"): "تسجيل المرشح",
    ("EnrolmentDialog", "The whole qualification"): "المؤهل كاملًا",
    ("EnrolmentDialog", "Chosen units only"): "الوحدات المختارة فقط",
    ("EnrolmentDialog", "Pathway"): "المسار",
    ("EnrolmentDialog", "Enrolled on"): "تاريخ التسجيل",
    ("EnrolmentDialog", "Choose a qualification (and sign in) to enrol."): "اختر مؤهلًا (وسجّل الدخول) للتسجيل.",
    ("EnrolmentDialog", "Tick at least one unit, or choose the whole qualification."): "حدّد وحدة واحدة على الأقل، أو اختر المؤهل كاملًا.",
    ("RplStepDialog", "Record RPL step"): "تسجيل مرحلة من الاعتراف بالتعلم السابق",
    ("RplStepDialog", "Not decided"): "لم يُبتّ فيه",
    ("RplStepDialog", "Eligibility decision"): "قرار الأهلية",
    ("RplStepDialog", "Reason *"): "السبب *",
    ("SelfAssessmentDialog", "Self-assessment — %1"): "التقييم الذاتي — %1",
    ("SelfAssessmentDialog", "Answer"): "الإجابة",
    ("SelfAssessmentDialog", "Not answered"): "بلا إجابة",
    ("SelfAssessmentDialog", "Print checklist (PDF)…"): "طباعة قائمة التحقق (PDF)…",
    ("SelfAssessmentDialog", "For each criterion, record what the candidate says: I can do this, with help, or not yet."):
        "لكل معيار، سجّل ما يقوله المرشح: أستطيع القيام بذلك، أو بمساعدة، أو ليس بعد.",
    ("SelfAssessmentDialog", "Save checklist"): "حفظ قائمة التحقق",
    ("EvidenceDialog", "Portfolio of evidence — %1"): "ملف الأدلة — %1",
    ("EvidenceDialog", "Add file…"): "إضافة ملف…",
    ("EvidenceDialog", "Withdraw"): "سحب",
    ("EvidenceDialog", "Show withdrawn"): "إظهار المسحوب",
    ("EvidenceDialog", "Rules of evidence (assessor's judgement)"): "قواعد الأدلة (حكم المقيّم)",
    ("EvidenceDialog", "Valid"): "صحيح",
    ("EvidenceDialog", "Sufficient"): "كافٍ",
    ("EvidenceDialog", "Authentic"): "أصيل",
    ("EvidenceDialog", "Save judgement"): "حفظ الحكم",
    ("EvidenceDialog", "%n item(s) in the portfolio"): [
        "لا توجد أدلة في الملف", "دليل واحد في الملف", "دليلان في الملف",
        "%Ln أدلة في الملف", "%Ln دليلًا في الملف", "%Ln دليل في الملف"],
    ("EvidenceDialog", "%1, SHA-256 %2"): "%1، SHA-256 %2",
    ("EvidenceDialog", "Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)"):
        "الأدلة (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;جميع الملفات (*)",
    ("EvidenceDialog", "This file is already in the portfolio; it was not added twice."): "هذا الملف موجود في ملف الأدلة مسبقًا؛ ولم يُضف مرتين.",
    ("EvidenceDialog", "Withdraw evidence"): "سحب دليل",
    ("EvidenceDialog", "Withdraw %1 from the portfolio? The file is kept and stays in the record."):
        "هل تريد سحب %1 من ملف الأدلة؟ يُحتفظ بالملف ويبقى في السجل.",
    ("AddEvidenceDialog", "Date of the evidence"): "تاريخ الدليل",
    ("AddEvidenceDialog", "Criteria it supports"): "المعايير التي يدعمها",
})

TRANSLATIONS.update({
    # Assessments: planning, recording grid, candidate panel ----------------------------------------
    ("AssessmentsPage", "Plan session…"): "تخطيط جلسة…",
    ("AssessmentsPage", "Record…"): "تسجيل النتائج…",
    ("AssessmentsPage", "Progress…"): "التقدّم…",
    ("AssessmentGridTableModel", "Element %1: %2"): "العنصر %1: %2",
    # The grid shows the letter of the key pressed (S / N on any keyboard layout), so it stays Latin.
    ("AssessmentGridTableModel", "S", "Satisfactory, in a grid cell"): "S",
    ("AssessmentGridTableModel", "N", "Not yet satisfactory, in a grid cell"): "N",
    ("AssessmentGridTableModel", "Not assessed"): "لم يُقيَّم",
    ("AssessmentGridTableModel", "Performance criterion"): "معيار الأداء",
    ("AssessmentGridTableModel", "attempt %1"): "المحاولة %1",
    ("AssessmentGridTableModel", "%1, attempt %2: %3"): "%1، المحاولة %2: %3",
    ("RecordingDialog", "Record assessments"): "تسجيل نتائج التقييم",
    ("RecordingDialog", "Show:"): "عرض:",
    ("RecordingDialog", "Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. A click cycles a cell. Every change is saved at once."):
        "المفاتيح: S = مُرضٍ، N = غير مُرضٍ بعد، المسافة = مسح؛ الأسهم وTab للتنقل. النقر يبدّل قيمة الخانة. "
        "يُحفظ كل تغيير فورًا.",
    ("RecordingDialog", "Session of %1, %2, assessor %3"): "جلسة %1، %2، المقيّم %3",
    ("RecordingDialog", "%1, attempt %2"): "%1، المحاولة %2",
    ("RecordingDialog", "All candidates"): "جميع المرشحين",
    ("RecordingDialog", "cleared"): "مُسح",
    ("RecordingDialog", "Saved %1 %2 = %3 at %4"): "حُفظ: %1 %2 = %3 في %4",
    ("SessionPlannerDialog", "Plan an assessment session"): "تخطيط جلسة تقييم",
    ("SessionPlannerDialog", "For example: Practical assessment, November"): "مثلًا: تقييم عملي، تشرين الثاني",
    ("SessionPlannerDialog", "Search candidates by name, registration number or ID"): "ابحث عن المرشحين بالاسم أو رقم التسجيل أو رقم الهوية",
    ("SessionPlannerDialog", "Plan session"): "تخطيط الجلسة",
    ("SessionPlannerDialog", "%n candidate(s) chosen"): [
        "لم يُختر أي مرشح", "اختير مرشح واحد", "اختير مرشحان", "اختير %Ln مرشحين", "اختير %Ln مرشحًا", "اختير %Ln مرشح"],
    ("SessionPlannerDialog", "Sign in to plan a session."): "سجّل الدخول لتخطيط جلسة.",
    ("CandidatePanel", "Methods used"): "الطرق المستخدمة",
    ("CandidatePanel", "Not declared yet"): "لم يُصرَّح به بعد",
    ("CandidatePanel", "No conflict of interest"): "لا يوجد تضارب في المصالح",
    ("CandidatePanel", "Conflict of interest (describe)"): "يوجد تضارب في المصالح (صِفه)",
    ("CandidatePanel", "For example: the candidate is a relative"): "مثلًا: المرشح من الأقارب",
    ("CandidatePanel", "Assessor's comments"): "ملاحظات المقيّم",
    ("CandidatePanel", "Feedback given to the candidate"): "التغذية الراجعة المقدَّمة للمرشح",
    ("CandidatePanel", "No outcome yet"): "لا نتيجة بعد",
    ("CandidatePanel", "Credit transfer: earlier qualification and who issued it"): "نقل الأرصدة: المؤهل السابق والجهة التي منحته",
    ("CandidatePanel", "Conflict of interest:"): "تضارب المصالح:",
    ("CandidatePanel", "Submit"): "تقديم",
    ("CandidatePanel", "Verify"): "تدقيق",
    ("CandidatePanel", "Return…"): "إعادة…",
    ("CandidatePanel", "Amend…"): "تصحيح…",
    ("CandidatePanel", "New attempt"): "محاولة جديدة",
    ("CandidatePanel", "Appeal…"): "تظلّم…",
    ("CandidatePanel", "History"): "السجل التاريخي",
    ("CandidatePanel", "Choose a candidate's column in the grid."): "اختر عمود أحد المرشحين في الجدول.",
    ("CandidatePanel", "Attempt %1 · %2"): "المحاولة %1 · %2",
    ("CandidatePanel", "verified by %1"): "دقّقها %1",
    ("CandidatePanel", "assessor: %1"): "المقيّم: %1",
    ("CandidatePanel", "Returned: %1"): "أُعيدت: %1",
    ("CandidatePanel", "Decide appeal…"): "البتّ في التظلّم…",
    ("CandidatePanel", "Not yet Satisfactory or not assessed: %1"): "غير مُرضٍ بعد أو لم يُقيَّم: %1",
    ("CandidatePanel", "No method recorded."): "لم تُسجَّل أي طريقة.",
    ("CandidatePanel", "Competent is blocked. "): "لا يمكن تسجيل «كفء». ",
    ("CandidatePanel", "Every criterion is Satisfactory: Competent can be recorded."): "كل المعايير مُرضية: يمكن تسجيل «كفء».",
    ("CandidatePanel", "Attempt %1, %2: %3, %4"): "المحاولة %1، %2: %3، %4",
    ("CandidatePanel", "no outcome"): "بلا نتيجة",
    ("CandidatePanel", "Amended by %1: %2"): "صحّحها %1: %2",
    ("CandidatePanel", "Appeal of %1: %2 (%3)"): "تظلّم بتاريخ %1: %2 (%3)",
    ("CandidatePanel", "Saved: %1"): "حُفظ: %1",
    ("CandidatePanel", "methods"): "الطرق",
    ("CandidatePanel", "Describe the conflict of interest, then press Enter."): "صِف تضارب المصالح، ثم اضغط Enter.",
    ("CandidatePanel", "conflict of interest"): "تضارب المصالح",
    ("CandidatePanel", "comments and feedback"): "الملاحظات والتغذية الراجعة",
    ("CandidatePanel", "Type the source of the credit transfer, then press Enter."): "اكتب مصدر نقل الأرصدة، ثم اضغط Enter.",
    ("CandidatePanel", "outcome"): "النتيجة",
    ("CandidatePanel", "submitted for verification"): "قُدّمت للتدقيق",
    ("CandidatePanel", "verified and locked"): "دُقّقت وأُقفلت",
    ("CandidatePanel", "Return to the assessor"): "إعادة إلى المقيّم",
    ("CandidatePanel", "What must the assessor fix?"): "ما الذي يجب على المقيّم تصحيحه؟",
    ("CandidatePanel", "returned to the assessor"): "أُعيدت إلى المقيّم",
    ("CandidatePanel", "amendment"): "تصحيح",
    ("CandidatePanel", "new attempt opened"): "فُتحت محاولة جديدة",
    ("CandidatePanel", "appeal decided"): "بُتّ في التظلّم",
    ("CandidatePanel", "appeal recorded"): "سُجّل التظلّم",
    ("AmendDialog", "Amend a verified result"): "تصحيح نتيجة مدقَّقة",
    ("AmendDialog", "Why the verified result is corrected (required)"): "سبب تصحيح النتيجة المدقَّقة (إلزامي)",
    ("AppealDialog", "Record an appeal"): "تسجيل تظلّم",
    ("AppealDialog", "Lodged on:"): "تاريخ التقديم:",
    ("AppealDialog", "Grounds:"): "الأسباب:",
    ("AppealDialog", "Independent reviewer:"): "المراجع المستقل:",
    ("AppealDialog", "Decide the appeal"): "البتّ في التظلّم",
    ("AppealDialog", "Open a new attempt"): "فتح محاولة جديدة",
    ("AppealDialog", "Decision:"): "القرار:",
    ("ProgressDialog", "Progress: %1"): "التقدّم: %1",
    ("ProgressWidget", "Packaging rules met: a full qualification certificate can be issued."):
        "قواعد تكوين المؤهل مستوفاة: يمكن إصدار شهادة المؤهل الكاملة.",
    ("ProgressWidget", "%n unit(s) achieved: a statement of attainment can be issued."): [
        "لم تُنجز أي وحدة.", "أُنجزت وحدة واحدة: يمكن إصدار إفادة إنجاز.", "أُنجزت وحدتان: يمكن إصدار إفادة إنجاز.",
        "أُنجزت %Ln وحدات: يمكن إصدار إفادة إنجاز.", "أُنجزت %Ln وحدة: يمكن إصدار إفادة إنجاز.",
        "أُنجزت %Ln وحدة: يمكن إصدار إفادة إنجاز."],
    ("ProgressWidget", "No unit achieved yet."): "لم تُنجز أي وحدة بعد.",
    ("ProgressWidget", "The candidate is not enrolled for any qualification."): "المرشح غير مسجَّل في أي مؤهل.",
    ("ProgressWidget", "Latest outcome"): "آخر نتيجة",
    ("ProgressWidget", "Attempts"): "المحاولات",
    ("ProgressWidget", "Achieved"): "منجَزة",
    # Certificates ---------------------------------------------------------------------------------
    ("CertificatesPage", "Search by serial, registration number or name"): "ابحث بالرقم التسلسلي أو رقم التسجيل أو الاسم",
    ("CertificatesPage", "Any status"): "جميع الحالات",
    ("CertificatesPage", "Any type"): "جميع الأنواع",
    ("CertificatesPage", "Any year"): "جميع السنوات",
    ("CertificatesPage", "Issue…"): "إصدار…",
    ("CertificatesPage", "Preview"): "معاينة",
    ("CertificatesPage", "Print…"): "طباعة…",
    ("CertificatesPage", "Save PDF or ZIP…"): "حفظ بصيغة PDF أو ZIP…",
    ("CertificatesPage", "Revoke…"): "إلغاء…",
    ("CertificatesPage", "Reissue…"): "إعادة إصدار…",
    ("CertificatesPage", "Verify…"): "تحقّق…",
    ("CertificatesPage", "Issuing, printing and revoking need the registrar role."): "الإصدار والطباعة والإلغاء تتطلب دور مسؤول التسجيل.",
    ("CertificatesPage", "Issued: %1"): "صدرت: %1",
    ("CertificatesPage", "Save PDF…"): "حفظ بصيغة PDF…",
    ("CertificatesPage", "Save certificates"): "حفظ الشهادات",
    ("CertificatesPage", "Certificate %1"): "الشهادة %1",
    ("CertificatesPage", "One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)"): "ملف PDF واحد (*.pdf);;ملف ZIP بملف PDF لكل شهادة (*.zip)",
    ("CertificatesPage", "Preparing %n certificate(s)…"): [
        "لا توجد شهادات للتحضير…", "جارٍ تحضير شهادة واحدة…", "جارٍ تحضير شهادتين…",
        "جارٍ تحضير %Ln شهادات…", "جارٍ تحضير %Ln شهادة…", "جارٍ تحضير %Ln شهادة…"],
    ("CertificatesPage", "%n certificate(s) saved"): [
        "لم تُحفظ أي شهادة", "حُفظت شهادة واحدة", "حُفظت شهادتان", "حُفظت %Ln شهادات", "حُفظت %Ln شهادة", "حُفظت %Ln شهادة"],
    ("CertificatesPage", "Print"): "طباعة",
    ("CertificatesPage", "Printing %n certificate(s)…"): [
        "لا توجد شهادات للطباعة…", "جارٍ طباعة شهادة واحدة…", "جارٍ طباعة شهادتين…",
        "جارٍ طباعة %Ln شهادات…", "جارٍ طباعة %Ln شهادة…", "جارٍ طباعة %Ln شهادة…"],
    ("CertificatesPage", "Revoke certificate"): "إلغاء الشهادة",
    ("CertificatesPage", "Why is certificate %1 revoked? It stays in the register, marked revoked."):
        "لماذا تُلغى الشهادة %1؟ تبقى في السجل مع إشارة إلى إلغائها.",
    ("CertificatesPage", "Reissue certificate"): "إعادة إصدار الشهادة",
    ("CertificatesPage", "What was corrected? Certificate %1 will be revoked and a new serial issued in its place."):
        "ما الذي صُحّح؟ ستُلغى الشهادة %1 ويصدر رقم تسلسلي جديد بدلًا منها.",
    ("IssueDialog", "Issue certificates"): "إصدار الشهادات",
    ("IssueDialog", "Certificate"): "الشهادة",
    ("IssueDialog", "Units achieved"): "الوحدات المنجَزة",
    ("IssueDialog", "Full certificate"): "شهادة كاملة",
    ("IssueDialog", "Statement of attainment"): "إفادة إنجاز",
    ("IssueDialog", "A4 landscape"): "A4 أفقي",
    ("IssueDialog", "A4 portrait"): "A4 عمودي",
    ("IssueDialog", "Language"): "اللغة",
    ("IssueDialog", "Second language"): "اللغة الثانية",
    ("IssueDialog", "Page"): "الصفحة",
    ("IssueDialog", "Issue"): "إصدار",
    ("IssueDialog", "No candidate is eligible: certificates need verified results."): "لا يوجد مرشح مستحق: تتطلب الشهادات نتائج مدقَّقة.",
    ("IssueDialog", "Choose two different languages, or no second language."): "اختر لغتين مختلفتين، أو لا تختر لغة ثانية.",
    ("VerifyDialog", "Verify a certificate"): "التحقق من شهادة",
    ("VerifyDialog", "Paste the text of the QR code (it starts with SA1.)"): "الصق نص رمز QR (يبدأ بـ SA1.)",
    ("VerifyDialog", "Open image or PDF…"): "فتح صورة أو ملف PDF…",
    ("VerifyDialog", "Verify"): "تحقّق",
    ("VerifyDialog", "Open a certificate"): "فتح شهادة",
    ("VerifyDialog", "Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)"): "الشهادات (*.pdf *.png *.jpg *.jpeg);;جميع الملفات (*)",
    ("VerifyDialog", "No QR code was found in %1."): f"لم يُعثر على رمز QR في {LRI}%1{PDI}.",
    ("VerifyDialog", "VALID"): "صالحة",
    ("VerifyDialog", "INVALID"): "غير صالحة",
    ("VerifyDialog", "REVOKED"): "ملغاة",
    ("VerifyDialog", "UNKNOWN KEY"): "مفتاح غير معروف",
    ("VerifyDialog", "Serial: %1"): f"الرقم التسلسلي: {LRI}%1{PDI}",
    ("VerifyDialog", "Name: %1"): "الاسم: %1",
    ("VerifyDialog", "Qualification: %1"): "المؤهل: %1",
    ("VerifyDialog", "Units: %1"): "الوحدات: %1",
    ("VerifyDialog", "Issued on: %1"): "تاريخ الإصدار: %1",
    ("VerifyDialog", "Key: %1"): f"المفتاح: {LRI}%1{PDI}",
    # Reports and exports --------------------------------------------------------------------------
    ("ReportsPage", "Only a period:"): "فترة محددة فقط، من",
    ("ReportsPage", "Export results…"): "تصدير النتائج…",
    ("ReportsPage", "Export certificate register…"): "تصدير سجل الشهادات…",
    ("ReportsPage", "Export statistics…"): "تصدير الإحصاءات…",
    ("ReportsPage", "Candidates registered (all dates)"): "المرشحون المسجَّلون (كل التواريخ)",
    ("ReportsPage", "Candidates competent in at least one unit"): "المرشحون الأكفاء في وحدة واحدة على الأقل",
    ("ReportsPage", "The start date is after the end date."): "تاريخ البداية بعد تاريخ النهاية.",
    ("ReportsPage", "Counting…"): "جارٍ العدّ…",
    ("ReportsPage", "Women and men"): "النساء والرجال",
    ("ReportsPage", "Assessed"): "قُيّموا",
    ("ReportsPage", "Competent"): "أكفاء",
    ("ReportsPage", "Certified"): "حاصلون على شهادة",
    ("ReportsPage", "By qualification"): "حسب المؤهل",
    ("ReportsPage", "By age group"): "حسب الفئة العمرية",
    ("ReportsPage", "By disability"): "حسب الإعاقة",
    ("ReportsPage", "By nationality"): "حسب الجنسية",
    ("ReportsPage", "No qualification"): "بلا مؤهل",
    ("ReportsPage", "Not recorded"): "غير مسجَّل",
    ("ReportsPage", "Under 18"): "دون ١٨",
    ("ReportsPage", "18 to 24"): "١٨–٢٤",
    ("ReportsPage", "25 to 34"): "٢٥–٣٤",
    ("ReportsPage", "35 to 44"): "٣٥–٤٤",
    ("ReportsPage", "45 to 54"): "٤٥–٥٤",
    ("ReportsPage", "55 and over"): "٥٥ فأكثر",
    ("ReportsPage", "With a disability"): "من ذوي الإعاقة",
    ("ReportsPage", "Without a disability"): "من غير ذوي الإعاقة",
    ("ReportsPage", "Export cancelled; no file was written."): "أُلغي التصدير؛ لم يُكتب أي ملف.",
    ("ReportsPage", "Exported statistics to %1"): f"صُدّرت الإحصاءات إلى {LRI}%1{PDI}",
    ("ReportsPage", "Exported %n row(s) to %1"): [
        f"لم يُصدَّر أي صف إلى {LRI}%1{PDI}", f"صُدّر صف واحد إلى {LRI}%1{PDI}", f"صُدّر صفان إلى {LRI}%1{PDI}",
        f"صُدّرت %Ln صفوف إلى {LRI}%1{PDI}", f"صُدّر %Ln صفًا إلى {LRI}%1{PDI}", f"صُدّر %Ln صف إلى {LRI}%1{PDI}"],
    ("ReportsPage", "Export certificate register"): "تصدير سجل الشهادات",
    ("ReportsPage", "Export statistics"): "تصدير الإحصاءات",
    ("ReportsPage", "Candidates assessed"): "المرشحون الذين قُيّموا",
    ("ReportsPage", "Candidates competent"): "المرشحون الأكفاء",
    ("ReportsPage", "Charts show:"): "تعرض المخططات:",
    ("ResultsExportDialog", "All qualifications"): "جميع المؤهلات",
    ("ResultsExportDialog", "Only results assessed in a period"): "النتائج المقيَّمة خلال فترة فقط",
    ("ResultsExportDialog", "Period:"): "الفترة:",
    ("ResultsExportDialog", "Choose file…"): "اختيار الملف…",
    ("SexBarChartWidget", "No data for this period"): "لا توجد بيانات لهذه الفترة",
})

TRANSLATIONS.update({
    ("AmendDialog", "Judgement"): "الحكم",
    "Not assessed": "لم يُقيَّم",
    "Methods:": "الطرق:",
    "Criteria:": "المعايير:",
    ("CertificatesPage", "Reprint…"): "إعادة الطباعة…",
    ("CertificatesPage", "Reprint to PDF or ZIP…"): "إعادة الطباعة بصيغة PDF أو ZIP…",
    ("CertificatesPage", 'Printed again, marked "Reprint" and counted in the register.'):
        "تُطبع مجددًا مع الإشارة إلى أنها إعادة طباعة، وتُحتسب في السجل.",
    ("StandardsPage", "Version %1 · %2"): "الإصدار %1 · %2",
    # trust-imports: a grid cell that could not be saved
    ("AssessmentGridTableModel", "S!", "Satisfactory typed but not saved, in a grid cell"): "S!",
    ("AssessmentGridTableModel", "N!", "Not yet satisfactory typed but not saved, in a grid cell"): "N!",
    ("AssessmentGridTableModel", "Not saved: %1 Type the value again to retry."):
        "لم يُحفظ: %1 اكتب القيمة مرة أخرى لإعادة المحاولة.",
    ("RecordingDialog", "The database was busy (another user or an import was writing) for longer than a change "
                        "waits."):
        "كانت قاعدة البيانات مشغولة (مستخدم آخر أو عملية استيراد تكتب فيها) مدةً أطول مما ينتظره أي تعديل.",
    ("RecordingDialog", "The database did not accept the change (the details are in the log file)."):
        "لم تقبل قاعدة البيانات التعديل (التفاصيل في ملف السجل).",
    ("RecordingDialog", "Not saved: %1 The cell is marked with !; type the value again to retry."):
        "لم يُحفظ: %1 الخلية معلَّمة بعلامة «!»؛ اكتب القيمة مرة أخرى لإعادة المحاولة.",
})

# trust-commands --------------------------------------------------------------------------------------
TRANSLATIONS.update({
    ("Errors", "The database is busy: another user or program is saving to it. Nothing was changed; "
               "try again in a moment."):
        "قاعدة البيانات مشغولة: مستخدم أو برنامج آخر يحفظ فيها. لم يتغيّر شيء؛ حاول مرة أخرى بعد لحظات.",
    ("Errors", "The database cannot be changed: the file or its folder is read-only. Nothing was changed; "
               "allow writing there, or copy the database to a folder you can write to."):
        "لا يمكن تعديل قاعدة البيانات: الملف أو مجلده للقراءة فقط. لم يتغيّر شيء؛ اسمح بالكتابة هناك، "
        "أو انسخ قاعدة البيانات إلى مجلد يمكنك الكتابة فيه.",
    ("Errors", "The disk that holds the database is full. Nothing was changed; free some space and try again."):
        "القرص الذي يحوي قاعدة البيانات ممتلئ. لم يتغيّر شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.",
    ("Errors", "The database file could not be read or written (a disk, USB stick or network problem). "
               "Nothing was changed; check that the disk is connected and try again."):
        "تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه (مشكلة في القرص أو ذاكرة USB أو الشبكة). لم يتغيّر شيء؛ "
        "تحقّق من أن القرص متصل وحاول مرة أخرى.",
    ("Errors", "The database file is damaged. Nothing was changed; stop using it and restore the newest backup."):
        "ملف قاعدة البيانات تالف. لم يتغيّر شيء؛ توقّف عن استخدامه واستعد أحدث نسخة احتياطية.",
    ("Errors", "The database server cannot be reached: it is stopped, or the network is down. Check the "
               "connection or ask whoever runs the server, then try again."):
        "يتعذّر الوصول إلى خادم قاعدة البيانات: إما أنه متوقف أو أن الشبكة منقطعة. تحقّق من الاتصال أو اسأل "
        "المسؤول عن الخادم، ثم حاول مرة أخرى.",
    ("Errors", "The change conflicts with one saved at the same time, perhaps by another user. Nothing was "
               "changed; look at the record again and repeat the change."):
        "يتعارض التعديل مع تعديل آخر حُفظ في الوقت نفسه، ربما من مستخدم آخر. لم يتغيّر شيء؛ افتح السجل مجددًا "
        "وكرّر التعديل.",
    ("Errors", "The database reported a problem. Nothing was changed; try again, and if it happens again "
               "report it with the log file."):
        "أبلغت قاعدة البيانات عن مشكلة. لم يتغيّر شيء؛ حاول مرة أخرى، وإن تكرّر ذلك فأبلغ عنه مرفقًا بملف السجل.",
    ("SignInDialog", "Wrong user name or password, or the account is locked after %1 wrong passwords. A locked "
                     "account opens again after %n minute(s); an administrator can unlock it sooner by resetting "
                     "the password."): [
        "اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد %1 محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد أقل من دقيقة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.",
        "اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد %1 محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد دقيقة واحدة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.",
        "اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد %1 محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد دقيقتين؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.",
        "اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد %1 محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد %Ln دقائق؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.",
        "اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد %1 محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد %Ln دقيقة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.",
        "اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل بعد %1 محاولات بكلمة مرور خاطئة. يُفتح الحساب المقفل مجددًا بعد %Ln دقيقة؛ ويمكن للمسؤول فتحه قبل ذلك بإعادة تعيين كلمة المرور.",
    ],
    ("ReportsPage", "Exports hold personal data: they need the administrator, registrar or verifier role."):
        "تحوي عمليات التصدير بيانات شخصية: تتطلب دور المسؤول أو مسؤول التسجيل أو المدقق.",
})

# trust-files branch: backups, restore, database check, damaged database ------------------------------
TRANSLATIONS.update({
    ("App", "Database missing"): "قاعدة البيانات غير موجودة",
    ("App", "The centre's database %1 is missing, but there is a backup of it made %2."):
        "قاعدة بيانات المركز %1 غير موجودة، لكن توجد نسخة احتياطية منها أُنشئت في %2.",
    ("App", "Restore the backup, or start a new, empty database?"):
        "هل تريد استعادة النسخة الاحتياطية، أم البدء بقاعدة بيانات جديدة فارغة؟",
    ("App", "Restore the backup"): "استعادة النسخة الاحتياطية",
    ("App", "Start a new database"): "قاعدة بيانات جديدة",
    ("BackupSettingsDialog", "Backup settings"): "إعدادات النسخ الاحتياطي",
    ("BackupSettingsDialog", "On the first start of each day SkillAssess writes a backup of the database, its "
     "evidence files, the audit checkpoint and the signing keys. These settings belong to this computer."):
        "عند أول تشغيل في كل يوم، يكتب SkillAssess نسخة احتياطية من قاعدة البيانات وملفات الأدلة ونقطة "
        "تحقق سجل التدقيق ومفاتيح التوقيع. تخص هذه الإعدادات هذا الحاسوب.",
    ("BackupSettingsDialog", "No daily backup"): "بلا نسخ يومي",
    ("BackupSettingsDialog", "None (for example a USB stick)"): "لا يوجد (مثلًا ذاكرة USB)",
    ("BackupSettingsDialog", "&Browse…"): "ا&ستعراض…",
    ("BackupSettingsDialog", "C&lear"): "م&سح",
    ("BackupSettingsDialog", "%1, made %2"): "%1، أُنشئت في %2",
    ("BackupSettingsDialog", "None yet"): "لا شيء بعد",
    ("BackupSettingsDialog", "&Daily backups to keep:"): "&عدد النسخ اليومية المحفوظة:",
    ("BackupSettingsDialog", "&Second folder:"): "ال&مجلد الثاني:",
    ("BackupSettingsDialog", "Backup folder:"): "مجلد النسخ الاحتياطية:",
    ("BackupSettingsDialog", "Newest backup:"): "أحدث نسخة احتياطية:",
    ("BackupSettingsDialog", "Second backup folder"): "المجلد الثاني للنسخ الاحتياطية",
    ("BackupSettingsDialog", "There is no folder %1; plug the USB stick in or choose another folder."):
        "لا يوجد مجلد %1؛ صِل ذاكرة USB أو اختر مجلدًا آخر.",
    ("Backups", "SkillAssess backup (%1);;All files (*)"): "نسخة SkillAssess الاحتياطية (%1);;كل الملفات (*)",
    ("Backups", "Damaged database"): "قاعدة بيانات تالفة",
    ("Backups", "The database file %1 is damaged, so SkillAssess will not write to it."):
        "ملف قاعدة البيانات %1 تالف، لذلك لن يكتب فيه SkillAssess شيئًا.",
    ("Backups", "The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept beside "
     "the restored one."):
        "أحدث نسخة احتياطية هي %1، أُنشئت في %2. استعِدها لمتابعة العمل؛ ويُحفظ الملف التالف بجانب الملف المستعاد.",
    ("Backups", "Restore the newest backup"): "استعادة أحدث نسخة احتياطية",
    ("Backups", "No backup of it was found on this computer. If you have one (on a USB stick, for example), "
     "restore it; the damaged file is kept beside the restored one."):
        "لم يُعثر على نسخة احتياطية منه في هذا الحاسوب. إن كانت لديك واحدة (على ذاكرة USB مثلًا) فاستعِدها؛ "
        "ويُحفظ الملف التالف بجانب الملف المستعاد.",
    ("Backups", "Restore from a file…"): "الاستعادة من ملف…",
    ("Backups", "Restore from backup"): "الاستعادة من نسخة احتياطية",
    ("Backups", "Replace the database %1 (last changed %2) with the backup made %3?"):
        "هل تريد استبدال قاعدة البيانات %1 (آخر تعديل %2) بالنسخة الاحتياطية المُنشأة في %3؟",
    ("Backups", "Put the backup made %1 in place as the database %2?"):
        "هل تريد وضع النسخة الاحتياطية المُنشأة في %1 مكان قاعدة البيانات %2؟",
    ("Backups", "The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 "
     "certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what is "
     "replaced is kept beside the database as a copy, so nothing is lost."):
        "اجتازت النسخة الاحتياطية كل الفحوص. مصدرها %1 وتضم %2 مرشحًا و%3 تقييمًا و%4 شهادة. وتُستبدل أيضًا "
        "ملفات الأدلة ونقطة تحقق سجل التدقيق ومفاتيح التوقيع؛ ويُحفظ ما يُستبدل نسخةً بجانب قاعدة البيانات، "
        "فلا يضيع شيء.",
    ("Backups", "Putting the backup in place…"): "جارٍ وضع النسخة الاحتياطية في مكانها…",
    ("Backups", "Replace the database"): "استبدال قاعدة البيانات",
    ("Backups", "Checking %1…"): "جارٍ فحص %1…",
    ("Backups", "The database was restored from %1."): "استُعيدت قاعدة البيانات من %1.",
    ("Backups", "The database it replaced is kept as %1."): "حُفظت قاعدة البيانات المستبدَلة باسم %1.",
    ("Backups", "Backup written to %1."): "كُتبت النسخة الاحتياطية في %1.",
    ("Backups", "Copied to %1."): "نُسخت إلى %1.",
    ("Backups", "Back up now"): "نسخ احتياطي الآن",
    ("Backups", "The PostgreSQL database itself is not in the archive; back it up with: %1"):
        "قاعدة بيانات PostgreSQL نفسها ليست في الأرشيف؛ انسخها احتياطيًا بالأمر: %1",
    ("Backups", "Writing the backup…"): "جارٍ كتابة النسخة الاحتياطية…",
    ("Backups", "Check database"): "فحص قاعدة البيانات",
    ("Backups", "The database file %1 is sound: SQLite's full integrity check found no problem (%2 s)."):
        "ملف قاعدة البيانات %1 سليم: لم يجد فحص السلامة الكامل في SQLite أي مشكلة (%2 ث).",
    ("Backups", "Checking every page, table and index of %1…"): "جارٍ فحص كل صفحة وجدول وفهرس في %1…",
    ("Backups", "The second backup folder %1 is not there (is the USB stick plugged in?); the backup is in the "
     "data folder only."):
        "المجلد الثاني للنسخ الاحتياطية %1 غير موجود (هل ذاكرة USB موصولة؟)؛ النسخة الاحتياطية في مجلد "
        "البيانات فقط.",
    ("Backups", "Daily backup"): "النسخ الاحتياطي اليومي",
    ("Backups", "Today's backup was written to %1."): "كُتبت نسخة اليوم الاحتياطية في %1.",
    ("Backups", "Daily backup written to %1"): "كُتبت النسخة الاحتياطية اليومية في %1",
    ("Backups", "The daily backup could not be written: %1"): "تعذّرت كتابة النسخة الاحتياطية اليومية: %1",
    ("MainWindow", "&Back up now…"): "&نسخ احتياطي الآن…",
    ("MainWindow", "&Restore from backup…"): "ا&ستعادة من نسخة احتياطية…",
    ("MainWindow", "&Tools"): "أ&دوات",
    ("MainWindow", "&Check database…"): "&فحص قاعدة البيانات…",
    ("MainWindow", "&Backup settings…"): "إعدادات ال&نسخ الاحتياطي…",
    ("MainWindow", "The database file is damaged: changes are refused."):
        "ملف قاعدة البيانات تالف: التغييرات مرفوضة.",
})


# trust-keys: signing keys, the audit log's data check and checkpoint ---------------------------------
TRANSLATIONS.update({
    ("AuditPage", "Recompute the hash chain, compare every record with what the log says, and compare the log with its checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows."):
        "إعادة حساب سلسلة البصمات، ومقارنة كل سجل بما يقوله السجل، ومقارنة السجل بنقطة التحقق الخاصة به: يظهر كل قيد غُيّر أو حُذف، وكل سجل غُيّر خارج SkillAssess.",
    ("AuditPage", "&Record the loss…"): "&تسجيل الفقد…",
    ("AuditPage", "When the log lost entries its checkpoint records and no backup can be restored: write the loss into the log, so that work can go on."):
        "عندما يفقد السجل قيودًا تثبتها نقطة التحقق ولا يمكن استعادة أي نسخة احتياطية: يُكتب الفقد في السجل ليستمر العمل.",
    ("AuditPage", "Record in the audit log that entries it held are lost?\n\n%1\n\nRestore the newest backup instead if you can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as they are now, and lets work go on."):
        "هل تريد أن تسجل في سجل التدقيق أن قيودًا كان يحويها قد فُقدت؟\n\n%1\n\nاستعد أحدث نسخة احتياطية بدلًا من ذلك إن استطعت. تسجيل الفقد يحفظ ما قالته نقطة التحقق، ويسجل السجلات التي فُقدت قيودها كما هي الآن، ويسمح باستمرار العمل.",
    ("AuditPage", "Record the loss"): "تسجيل الفقد",
    ("AuditTexts", "%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6."):
        "%1 (%2)، %3: يقول سجل التدقيق (القيد %4) %5، وتحوي قاعدة البيانات %6.",
    ("AuditTexts", "%1 (%2): no audit entry records this record; it was added outside SkillAssess."):
        "%1 (%2): لا يوجد قيد تدقيق يسجل هذا السجل؛ لقد أُضيف خارج SkillAssess.",
    ("AuditTexts", "%1 (%2): the audit log (entry %3) records it, but it is no longer in the database."):
        "%1 (%2): يسجله سجل التدقيق (القيد %3)، لكنه لم يعد في قاعدة البيانات.",
    ("AuditTexts", "%1 (%2): the audit log (entry %3) records its deletion, but it is in the database."):
        "%1 (%2): يسجل سجل التدقيق (القيد %3) حذفه، لكنه موجود في قاعدة البيانات.",
    ("AuditTexts", "The audit checkpoint written on %1 records %2 entries, but the database holds %3: the newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved."):
        "نقطة تحقق السجل المكتوبة في %1 تثبت %2 من القيود، لكن قاعدة البيانات تحوي %3: أحدث التغييرات مفقودة (ملف -wal فُقد بعد تعطل، أو قيود حُذفت). استعد أحدث نسخة احتياطية، أو يسجل مدير النظام الفقد في صفحة سجل التدقيق؛ وحتى ذلك الحين لا يمكن حفظ أي شيء.",
    ("AuditTexts", "The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until then nothing can be saved."):
        "لم يعد سجل التدقيق يحوي القيود التي تثبتها نقطة التحقق المؤرخة %1: لقد أُعيدت كتابته أو استُبدل. استعد أحدث نسخة احتياطية، أو يسجل مدير النظام الفقد في صفحة سجل التدقيق؛ وحتى ذلك الحين لا يمكن حفظ أي شيء.",
    ("AuditTexts", "The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess."):
        f"نقطة تحقق السجل {LRI}%1{PDI} لا تطابق توقيعها: لقد غُيّرت خارج SkillAssess.",
    ("AuditTexts", "There is no audit checkpoint (%1), so removing the newest entries of the log could not be detected. If you copied the database, copy its .checkpoint file with it."):
        f"لا توجد نقطة تحقق للسجل ({LRI}%1{PDI})، لذلك لا يمكن اكتشاف حذف أحدث القيود. إذا نسخت قاعدة البيانات فانسخ معها ملف ‎.checkpoint الخاص بها.",
    ("AuditTexts", "The audit checkpoint %1 was not used: it is signed with a key this computer does not know, or cannot be read. The next change writes a new one."):
        f"لم تُستخدم نقطة تحقق السجل {LRI}%1{PDI}: إنها موقعة بمفتاح لا يعرفه هذا الحاسوب، أو تتعذر قراءتها. يكتب التغيير التالي نقطة جديدة.",
    ("AuditTexts", "The audit log is empty; there is no checkpoint yet."): "سجل التدقيق فارغ؛ لا توجد نقطة تحقق بعد.",
    ("AuditTexts", "The audit checkpoint of %1 (%2 entries) is contained in the log."):
        "نقطة التحقق المؤرخة %1 (%2 من القيود) موجودة في السجل.",
    ("AuditTexts", "The audit log is broken at entry %1: %2."): "سجل التدقيق مكسور عند القيد %1: %2.",
    ("AuditTexts", "%n record(s) differ from the audit log: changed outside SkillAssess."): [
        "لا يختلف أي سجل عن سجل التدقيق.", "يختلف سجل واحد عن سجل التدقيق: غُيّر خارج SkillAssess.",
        "يختلف سجلان عن سجل التدقيق: غُيّرا خارج SkillAssess.", "تختلف %Ln سجلات عن سجل التدقيق: غُيّرت خارج SkillAssess.",
        "يختلف %Ln سجلًا عن سجل التدقيق: غُيّرت خارج SkillAssess.", "يختلف %Ln سجل عن سجل التدقيق: غُيّرت خارج SkillAssess."],
    ("AuditTexts", "The audit log is intact: %n entry(ies) checked; every record matches it."): [
        "سجل التدقيق سليم: لم يُفحص أي قيد؛ كل سجل يطابقه.", "سجل التدقيق سليم: فُحص قيد واحد؛ كل سجل يطابقه.",
        "سجل التدقيق سليم: فُحص قيدان؛ كل سجل يطابقه.", "سجل التدقيق سليم: فُحصت %Ln قيود؛ كل سجل يطابقه.",
        "سجل التدقيق سليم: فُحص %Ln قيدًا؛ كل سجل يطابقه.", "سجل التدقيق سليم: فُحص %Ln قيد؛ كل سجل يطابقه."],
    ("AuditTexts", "… and %n more."): ["… ولا شيء غير ذلك.", "… وواحد آخر.", "… واثنان آخران.", "… و%Ln أخرى.", "… و%Ln أخرى.", "… و%Ln أخرى."],
    ("AuditTexts", "The audit log has lost entries"): "فقد سجل التدقيق بعض القيود",
    ("SigningKeysDialog", "Signing keys"): "مفاتيح التوقيع",
    ("SigningKeysDialog", "Certificates are signed with the centre's key; anyone with its public key can check them. Only administrators make or rotate keys, and each change is written to the audit log. A key is trusted only when the audit log holds its creation and its record is unchanged since."):
        "تُوقَّع الشهادات بمفتاح المركز؛ ويستطيع كل من لديه مفتاحه العام التحقق منها. لا ينشئ المفاتيح أو يجددها إلا مديرو النظام، ويُكتب كل تغيير في سجل التدقيق. لا يكون المفتاح موثوقًا إلا إذا كان سجل التدقيق يحوي إنشاءه ولم يتغير سجله منذ ذلك الحين.",
    ("SigningKeysDialog", "Key"): "المفتاح",
    ("SigningKeysDialog", "Created"): "تاريخ الإنشاء",
    ("SigningKeysDialog", "Trusted"): "موثوق",
    ("SigningKeysDialog", "Private key on this computer"): "المفتاح الخاص على هذا الحاسوب",
    ("SigningKeysDialog", "&Create key"): "إ&نشاء مفتاح",
    ("SigningKeysDialog", "Make the centre's first signing key."): "إنشاء أول مفتاح توقيع للمركز.",
    ("SigningKeysDialog", "&Rotate key…"): "&تجديد المفتاح…",
    ("SigningKeysDialog", "A new key signs new certificates; the old one is retired and still verifies the certificates it signed."):
        "يوقّع مفتاح جديد الشهادات الجديدة؛ ويُسحب القديم لكنه يظل يثبت صحة الشهادات التي وقّعها.",
    ("SigningKeysDialog", "&Export public key…"): "ت&صدير المفتاح العام…",
    ("SigningKeysDialog", "Save the current public key (PEM) for those who verify certificates."):
        "حفظ المفتاح العام الحالي (PEM) لمن يتحققون من الشهادات.",
    ("SigningKeysDialog", "Current"): "الحالي",
    ("SigningKeysDialog", "Active"): "نشط",
    ("SigningKeysDialog", "Retired"): "مسحوب",
    ("SigningKeysDialog", "Yes"): "نعم",
    ("SigningKeysDialog", "No: %1"): "لا: %1",
    ("SigningKeysDialog", "No"): "لا",
    ("SigningKeysDialog", "This centre has no signing key yet: certificates cannot be issued until you create one."):
        "لا يملك هذا المركز مفتاح توقيع بعد: لا يمكن إصدار الشهادات حتى تنشئ واحدًا.",
    ("SigningKeysDialog", "The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it from the computer where it was made, or rotate the key here."):
        "المفتاح الخاص لـ %1 ليس على هذا الحاسوب: لا يمكن إصدار الشهادات إلا حيث يوجد. انسخه من الحاسوب الذي أُنشئ عليه، أو جدّد المفتاح هنا.",
    ("SigningKeysDialog", "New certificates are signed with key %1."): "تُوقَّع الشهادات الجديدة بالمفتاح %1.",
    ("SigningKeysDialog", "Rotate the signing key"): "تجديد مفتاح التوقيع",
    ("SigningKeysDialog", "Make a new signing key for new certificates? The current key is retired: the certificates it signed still verify. Those who verify certificates offline need the new public key."):
        "هل تريد إنشاء مفتاح توقيع جديد للشهادات الجديدة؟ يُسحب المفتاح الحالي: وتظل الشهادات التي وقّعها قابلة للتحقق. ويحتاج من يتحققون من الشهادات دون اتصال إلى المفتاح العام الجديد.",
    ("SigningKeysDialog", "Export public key"): "تصدير المفتاح العام",
    ("SigningKeysDialog", "Public key (*.pem)"): "مفتاح عام (*.pem)",
    ("SigningKeysDialog", "Cannot write %1: %2"): f"تتعذر كتابة {LRI}%1{PDI}: %2",
    ("SigningKeysDialog", "Public key %1 written to %2."): f"كُتب المفتاح العام %1 في {LRI}%2{PDI}.",
    ("UsersPage", "Signing &keys…"): "م&فاتيح التوقيع…",
    ("UsersPage", "The centre's certificate signing keys: create, rotate, export the public key."):
        "مفاتيح توقيع شهادات المركز: الإنشاء والتجديد وتصدير المفتاح العام.",
    ("VerifyDialog", "UNTRUSTED KEY"): "مفتاح غير موثوق",
    ("VerifyDialog", "UNKNOWN CERTIFICATE"): "شهادة غير معروفة",
})

# ops-ui: service sentences shown by the interface (skillassess/ui/service_messages.py): the standards
# editor's lock reasons, rendered by ui/errors.say with their {named} parameters ------------------------
TRANSLATIONS.update({
    ('Messages', 'Qualification {code} version {version} is superseded and is kept as it was; change the current version or make a new version.'):
        'المؤهل \u2068{code}\u2069 الإصدار \u2068{version}\u2069 حلّ محله إصدار أحدث ويُحفظ كما كان؛ عدّل الإصدار الحالي أو أنشئ إصدارًا جديدًا.',
    ('Messages', 'Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} certificate(s)), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        'المؤهل \u2068{code}\u2069 الإصدار \u2068{version}\u2069 مستخدَم (التسجيلات: \u2068{enrolments}\u2069، الشهادات: \u2068{certificates}\u2069)، لذا لا يمكن تعديله في مكانه؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.',
    ('Messages', 'Unit {code} version {version} is superseded and is kept as it was; change the current version or make a new version.'):
        'الوحدة \u2068{code}\u2069 الإصدار \u2068{version}\u2069 حلّ محلها إصدار أحدث وتُحفظ كما كانت؛ عدّل الإصدار الحالي أو أنشئ إصدارًا جديدًا.',
    ('Messages', 'Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        'الوحدة \u2068{code}\u2069 الإصدار \u2068{version}\u2069 مستخدَمة في التقييمات (عددها \u2068{count}\u2069)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.',
    ('Messages', 'Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        'الوحدة \u2068{code}\u2069 الإصدار \u2068{version}\u2069 واردة في الشهادات (عددها \u2068{count}\u2069)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.',
    ('Messages', 'Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        'الوحدة \u2068{code}\u2069 الإصدار \u2068{version}\u2069 لها إجابات في التقييم الذاتي (عددها \u2068{count}\u2069)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.',
    ('Messages', 'Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in place; make a new version with "New version", edit that and publish it.'):
        'الوحدة \u2068{code}\u2069 الإصدار \u2068{version}\u2069 مرتبطة بأدلة (عددها \u2068{count}\u2069)، لذا لا يمكن تعديلها في مكانها؛ أنشئ إصدارًا جديدًا بزر «إصدار جديد»، وعدّله ثم انشره.',
})


# packaging: the About dialog (version, data folder, licences of what is bundled) ---------------------
TRANSLATIONS.update({
    ("AboutDialog", "About SkillAssess"): "حول SkillAssess",
    ("AboutDialog", "Competency standards, practical assessments, Recognition of Prior Learning and certificates "
                    "for TVET centres, offline."):
        "معايير الكفاءة والتقييمات العملية والاعتراف بالتعلم السابق والشهادات لمراكز التعليم والتدريب التقني "
        "والمهني، دون الحاجة إلى اتصال بالإنترنت.",
    ("AboutDialog", "Data folder: %1"): "مجلد البيانات: %1",
    ("AboutDialog", "Database: %1"): "قاعدة البيانات: %1",
    ("AboutDialog", "Built with Python %1 and Qt %2."): "بُني باستخدام Python %1 وQt %2.",
    ("AboutDialog", "SkillAssess is free software under the GNU General Public License, version 3 or later. It "
                    "bundles the software below, each under its own licence: select one to read its licence."):
        "SkillAssess برنامج حر مرخّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق. ويتضمن "
        "البرامج أدناه، ولكل منها رخصته الخاصة: اختر أحدها لقراءة رخصته.",
    ("AboutDialog", "Software"): "البرنامج",
    ("AboutDialog", "Version"): "الإصدار",
    ("AboutDialog", "Licence"): "الرخصة",
    ("AboutDialog", "Open data folder"): "فتح مجلد البيانات",
    ("AboutDialog", "The licence text %1 is missing: reinstall SkillAssess."):
        "نص الرخصة %1 مفقود: أعد تثبيت SkillAssess.",
})


# home-looks: home page, audit log in words, date field, file dialogs, Assessments filters ----
TRANSLATIONS.update({
    ("AssessmentsPage", "Candidate: name or registration number"): "المرشح: الاسم أو رقم التسجيل",
    ("AssessmentsPage", "Unit: code or title"): "الوحدة: الرمز أو العنوان",
    ("AssessmentsPage", "Print…"): "طباعة…",
    ("AssessmentsPage", "Save as PDF…"): "حفظ بصيغة PDF…",
    ("AssessmentsPage", "All sessions"): "كل الجلسات",
    ("AssessmentsPage", "Session %1"): "الجلسة %1",
    ("AssessmentsPage", "All assessors"): "كل المقيّمين",
    ("AssessmentsPage", "Print assessment record"): "طباعة سجل التقييم",
    ("AuditPage", "&Technical detail"): "التفاصيل ال&تقنية",
    ("AuditPage", "Show the entry as the log stores it: record type, record number, values before and after."):
        "عرض القيد كما يحفظه السجل: نوع السجل ورقمه والقيم قبل التغيير وبعده.",
    ("AuditPage", "Select an entry to see what changed."): "اختر قيدًا لترى ما الذي تغيّر.",
    ("AuditPage", "Entry %1, %2"): "القيد %1، %2",
    ("AuditPage", "Technical detail: %1 %2 %3 by %4"): "التفاصيل التقنية: %1 %2 %3 بواسطة %4",
    ("AuditTableModel", "By"): "بواسطة",
    ("AuditTableModel", "What happened"): "ما الذي حدث",
    ("DateField", "Not given"): "غير مذكور",
    ("DateField", "dd/mm/yyyy"): "يوم/شهر/سنة",
    ("DateField", "Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down)."):
        "اكتب التاريخ بصيغة 14/05/2001 أو 2001-05-14، أو اختره من التقويم (Alt+سهم لأسفل).",
    ("DateField", "Choose in the calendar"): "اختر من التقويم",
    ("DateField", "Give a date."): "أدخل تاريخًا.",
    ("DateField", "%1 is not a date: type it as 14/05/2001 or 2001-05-14."):
        "%1 ليس تاريخًا: اكتبه بصيغة 14/05/2001 أو 2001-05-14.",
    ("DateField", "The date may not be before %1."): "لا يجوز أن يكون التاريخ قبل %1.",
    ("DateField", "The date may not be after %1."): "لا يجوز أن يكون التاريخ بعد %1.",
    ("FileDialogs", "Saved"): "تم الحفظ",
    ("FileDialogs", "Saved %1"): "تم حفظ %1",
    ("FileDialogs", "in %1"): "في %1",
    ("FileDialogs", "Open folder"): "فتح المجلد",
    ("HomePage", "Home"): "الرئيسية",
    ("HomePage", "Sign in to see what needs doing."): "سجّل الدخول لترى ما المطلوب إنجازه.",
    ("HomePage", "Welcome, %1"): "مرحبًا، %1",
    ("HomePage", "What needs doing now"): "المطلوب الآن",
    ("HomePage", "Nothing is waiting for you. New work shows here as it comes."):
        "لا شيء بانتظارك. يظهر العمل الجديد هنا فور وصوله.",
    ("HomePage", "%n result(s) in draft in your sessions."): [
        "لا توجد نتائج مسودة في جلساتك.", "نتيجة واحدة مسودة في جلساتك.", "نتيجتان مسودتان في جلساتك.",
        "%Ln نتائج مسودة في جلساتك.", "%Ln نتيجة مسودة في جلساتك.", "%Ln نتيجة مسودة في جلساتك.",
    ],
    ("HomePage", "%n result(s) in draft."): [
        "لا توجد نتائج مسودة.", "نتيجة واحدة مسودة.", "نتيجتان مسودتان.",
        "%Ln نتائج مسودة.", "%Ln نتيجة مسودة.", "%Ln نتيجة مسودة.",
    ],
    ("HomePage", "%n session(s) to record"): [
        "لا جلسات للتسجيل", "جلسة واحدة للتسجيل", "جلستان للتسجيل",
        "%Ln جلسات للتسجيل", "%Ln جلسة للتسجيل", "%Ln جلسة للتسجيل",
    ],
    ("HomePage", "Show them on the Assessments page."): "اعرضها في صفحة التقييمات.",
    ("HomePage", "%n result(s) waiting for verification"): [
        "لا نتائج بانتظار التحقق", "نتيجة واحدة بانتظار التحقق", "نتيجتان بانتظار التحقق",
        "%Ln نتائج بانتظار التحقق", "%Ln نتيجة بانتظار التحقق", "%Ln نتيجة بانتظار التحقق",
    ],
    ("HomePage", "Submitted by assessors: check them, then verify or return each one."):
        "قدّمها المقيّمون: راجعها ثم صادق على كل منها أو أعِده.",
    ("HomePage", "%n returned result(s)"): [
        "لا نتائج معادة", "نتيجة واحدة معادة", "نتيجتان معادتان",
        "%Ln نتائج معادة", "%Ln نتيجة معادة", "%Ln نتيجة معادة",
    ],
    ("HomePage", "A verifier returned them with a reason: correct them and submit again."):
        "أعادها مدقق مع ذكر السبب: صحّحها وقدّمها من جديد.",
    ("HomePage", "%n candidate(s) eligible for a certificate"): [
        "لا مرشحين مستحقين لشهادة", "مرشح واحد مستحق لشهادة", "مرشحان مستحقان لشهادة",
        "%Ln مرشحين مستحقين لشهادة", "%Ln مرشحًا مستحقًا لشهادة", "%Ln مرشح مستحق لشهادة",
    ],
    ("HomePage", "Their results are verified and no certificate states them yet: issue the certificates."):
        "نتائجهم مُتحقَّق منها ولا تثبتها أي شهادة بعد: أصدر الشهادات.",
    ("HomePage", "Session %1"): "الجلسة %1",
    ("HomePage", "Record: %1"): "تسجيل: %1",
    ("HomePage", "%1 — assessor %2 — %n result(s) in draft"): [
        "%1 — المقيّم %2 — لا نتائج مسودة", "%1 — المقيّم %2 — نتيجة واحدة مسودة",
        "%1 — المقيّم %2 — نتيجتان مسودتان", "%1 — المقيّم %2 — %Ln نتائج مسودة",
        "%1 — المقيّم %2 — %Ln نتيجة مسودة", "%1 — المقيّم %2 — %Ln نتيجة مسودة",
    ],
    ("HomePage", "Getting started"): "البدء",
    ("HomePage", "This database is new. Three steps make it ready for assessments: the standards to assess "
     "against, the candidates, then a session to record."):
        "قاعدة البيانات هذه جديدة. ثلاث خطوات تجعلها جاهزة للتقييم: المعايير التي يُقيَّم على أساسها، "
        "ثم المرشحون، ثم جلسة للتسجيل.",
    ("HomePage", "1. Import standards"): "1. استيراد المعايير",
    ("HomePage", "From a CASE package (JSON) or the Excel template of the awarding body."):
        "من حزمة CASE (JSON) أو من قالب Excel الخاص بالجهة المانحة.",
    ("HomePage", "…or create a qualification"): "…أو إنشاء مؤهل",
    ("HomePage", "Type its units, elements and performance criteria on the Standards page."):
        "أدخل وحداته وعناصره ومعايير الأداء في صفحة المعايير.",
    ("HomePage", "1. An administrator imports or creates the standards."): "1. يستورد المسؤول المعايير أو ينشئها.",
    ("HomePage", "2. Add a candidate"): "2. إضافة مرشح",
    ("HomePage", "Register one candidate with the candidate form."): "سجّل مرشحًا واحدًا باستمارة المرشح.",
    ("HomePage", "…or import candidates from Excel"): "…أو استيراد المرشحين من Excel",
    ("HomePage", "Fill in the Excel template (Candidates page) and import it in one go."):
        "املأ قالب Excel (صفحة المرشحين) واستورده دفعة واحدة.",
    ("Messages", "Satisfactory"): "مُرضٍ",
    ("Messages", "Not yet satisfactory"): "غير مُرضٍ بعد",
    ("Messages", "Draft"): "مسودة",
    ("Messages", "Submitted"): "مُقدَّم",
    ("Messages", "Verified"): "مُتحقَّق منه",
    ("Messages", "Returned"): "مُعاد",
    ("Messages", "Competent"): "كفء",
    ("Messages", "Not Yet Competent"): "غير كفء بعد",
    ("Messages", "RPL granted"): "اعتراف بالتعلم السابق ممنوح",
    ("Messages", "Credit transfer"): "تحويل الأرصدة",
    ("Messages", "Withdrawn"): "مسحوب",
    ("Messages", "Issued"): "صادرة",
    ("Messages", "Revoked"): "ملغاة",
    ("Messages", "Active"): "نشط",
    ("Messages", "Completed"): "مكتمل",
    ("Messages", "Current"): "ساري",
    ("Messages", "Superseded"): "مستبدَل",
    ("Messages", "Eligible"): "مؤهَّل",
    ("Messages", "Not eligible"): "غير مؤهَّل",
    ("Messages", "result"): "النتيجة",
    ("Messages", "status"): "الحالة",
    ("Messages", "outcome"): "القرار",
    ("Messages", "checked by"): "راجعه",
    ("Messages", "Candidate"): "المرشح",
    ("Messages", "User"): "المستخدم",
    ("Messages", "Assessment"): "التقييم",
    ("Messages", "Judgement"): "الحكم",
    ("Messages", "Amendment"): "التعديل",
    ("Messages", "Appeal"): "الطعن",
    ("Messages", "Certificate"): "الشهادة",
    ("Messages", "Qualification"): "المؤهل",
    ("Messages", "Unit"): "الوحدة",
    ("Messages", "Evidence"): "الدليل",
    ("Messages", "Assessment session"): "جلسة التقييم",
    ("Messages", "Export"): "التصدير",
    ("Messages", "assessor"): "المقيّم",
    ("Messages", "reason for return"): "سبب الإعادة",
    ("Messages", "comments"): "الملاحظات",
    ("Messages", "feedback"): "التغذية الراجعة",
    ("Messages", "assessment methods"): "طرق التقييم",
    ("Messages", "date of assessment"): "تاريخ التقييم",
    ("Messages", "venue"): "المكان",
    ("Messages", "conflict of interest"): "تضارب المصالح",
    ("Messages", "credit transfer source"): "مصدر تحويل الأرصدة",
    ("Messages", "family name"): "اسم العائلة",
    ("Messages", "given names"): "الاسم الأول",
    ("Messages", "name in local script"): "الاسم بالكتابة المحلية",
    ("Messages", "date of birth"): "تاريخ الميلاد",
    ("Messages", "sex"): "الجنس",
    ("Messages", "phone"): "الهاتف",
    ("Messages", "email"): "البريد الإلكتروني",
    ("Messages", "ID number"): "رقم الهوية",
    ("Messages", "photo"): "الصورة",
    ("Messages", "full name"): "الاسم الكامل",
    ("Messages", "roles"): "الأدوار",
    ("Messages", "active"): "نشط",
    ("Messages", "password"): "كلمة المرور",
    ("Messages", "title"): "العنوان",
    ("Messages", "stage"): "المرحلة",
    ("Messages", "description"): "الوصف",
    ("Messages", "reprints"): "مرات إعادة الطباعة",
    ("Messages", "reason for revocation"): "سبب الإلغاء",
    ("Messages", "{record} {id}"): "{record} {id}",
    ("Messages", "Centre"): "المركز",
    ("Messages", "Awarding body"): "الجهة المانحة",
    ("Messages", "Element"): "العنصر",
    ("Messages", "Performance criterion"): "معيار الأداء",
    ("Messages", "Unit of a qualification"): "وحدة من مؤهل",
    ("Messages", "Signing key"): "مفتاح التوقيع",
    ("Messages", "Signatory"): "الموقِّع",
    ("Messages", "Audit checkpoint"): "نقطة تحقق سجل التدقيق",
    ("Messages", "Enrolment"): "التسجيل",
    ("Messages", "Self-assessment"): "التقييم الذاتي",
    ("Messages", "RPL step"): "خطوة الاعتراف بالتعلم السابق",
    ("Messages", "an assessment record (PDF)"): "سجل تقييم (PDF)",
    ("Messages", "an assessment record (printed)"): "سجل تقييم (مطبوع)",
    ("Messages", "the results (Excel)"): "النتائج (Excel)",
    ("Messages", "the certificate register (Excel)"): "سجل الشهادات (Excel)",
    ("Messages", "the statistics (Excel)"): "الإحصاءات (Excel)",
    ("Messages", "{what}, by {user}"): "{what}، بواسطة {user}",
    ("Messages", "Judgement {criterion} of assessment {id}"): "الحكم {criterion} في التقييم {id}",
    ("Messages", "Evidence {id}"): "الدليل {id}",
    ("Messages", "Assessment session {title} of {date}"): "جلسة التقييم {title} بتاريخ {date}",
    ("Messages", "Certificate {serial}"): "الشهادة {serial}",
    ("Messages", "User {name}"): "المستخدم {name}",
    ("Messages", "Export of {what}"): "تصدير {what}",
    ("Messages", "“{text}”"): "«{text}»",
    ("Messages", "none"): "لا شيء",
    ("Messages", "{before} → {after}"): "{before} › {after}",
    ("Messages", "{subject}: {fields} changed"): "{subject}: تغيّر {fields}",
    ("Messages", "Judgement {criterion} of {candidate}, {unit} attempt {attempt}"):
        "الحكم {criterion} لـ{candidate}، {unit} المحاولة {attempt}",
    ("Messages", "Assessment {id}"): "التقييم {id}",
    ("Messages", "Amendment {id}"): "التعديل {id}",
    ("Messages", "Appeal {id}"): "الطعن {id}",
    ("Messages", "Candidate {name} ({number})"): "المرشح {name} ({number})",
    ("Messages", "Candidate {number}"): "المرشح {number}",
    ("Messages", "Evidence “{what}” of {candidate}"): "الدليل «{what}» لـ{candidate}",
    ("Messages", "Certificate {serial} of {candidate}"): "الشهادة {serial} لـ{candidate}",
    ("Messages", "yes"): "نعم",
    ("Messages", "no"): "لا",
    ("Messages", "{subject}: {change}"): "{subject}: {change}",
    ("Messages", "{subject}: created"): "{subject}: أُنشئ",
    ("Messages", "{subject}: deleted"): "{subject}: حُذف",
    ("Messages", "{subject}: answers changed"): "{subject}: تغيّرت الإجابات",
    ("Messages", "{subject}: changed"): "{subject}: تغيّر",
    ("Messages", "{subject}: {changes}"): "{subject}: {changes}",
    ("Messages", "{subject}: {stage} recorded"): "{subject}: سُجّلت مرحلة {stage}",
    ("Messages", "{subject}: password changed"): "{subject}: تغيّرت كلمة المرور",
    ("Messages", "password changed"): "تغيّرت كلمة المرور",
    ("Messages", "{field} changed"): "تغيّر {field}",
    ("Messages", "{field}: {before} → {after}"): "{field}: {before} › {after}",
    ("Messages", "Assessment of {candidate}, {unit} attempt {attempt}"):
        "تقييم {candidate}، {unit} المحاولة {attempt}",
    ("Messages", "Amendment of the assessment of {candidate}, {unit} attempt {attempt}"):
        "تعديل تقييم {candidate}، {unit} المحاولة {attempt}",
    ("Messages", "Appeal on the assessment of {candidate}, {unit} attempt {attempt}"):
        "طعن في تقييم {candidate}، {unit} المحاولة {attempt}",
    ("Messages", "Qualification {code} version {version}"): "المؤهل {code} الإصدار {version}",
    ("Messages", "Unit {code} version {version}"): "الوحدة {code} الإصدار {version}",
    ("Messages", "Enrolment of {candidate} in {qualification}"): "تسجيل {candidate} في {qualification}",
    ("Messages", "Self-assessment of {candidate} in {qualification}"): "التقييم الذاتي لـ{candidate} في {qualification}",
    ("Messages", "RPL step of {candidate} in {qualification}"):
        "خطوة اعتراف بالتعلم السابق لـ{candidate} في {qualification}",
})


# scale: issue 14, who can be certified is found on the task pool ----
TRANSLATIONS.update({
    ("App", "Opening %1…"): "جارٍ فتح %1…",
    ("CertificatesPage", "Issue"): "إصدار",
    ("CertificatesPage", "Finding the candidates who can be certified…"): "جارٍ البحث عن المرشحين الذين يمكن منحهم شهادة…",
})


# rpl: what RPL judgements rest on (evidence, self-assessment, gaps), the timeline, read-only views ---
TRANSLATIONS.update({
    ("AssessmentsPage", "Evidence…"): "الأدلة…",
    ("AssessmentsPage", "The evidence and self-assessment behind each criterion, and the gaps"):
        "الأدلة والتقييم الذاتي وراء كل معيار، والثغرات",
    ("CandidatePanel", "Evidence…"): "الأدلة…",
    ("CandidatePanel", "The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)"):
        "الأدلة والتقييم الذاتي وراء كل معيار، والثغرات (Ctrl+E على خانة)",
    ("CandidatePanel", "Not Yet Competent and Withdrawn can always be recorded."):
        "يمكن دائمًا تسجيل «غير كفء بعد» و«منسحب».",
    ("CandidatePanel", "Credit transfer rests on its source, not on the criteria."):
        "يستند تحويل الرصيد إلى مصدره لا إلى المعايير.",
    ("CandidatePanel", "The candidate is not enrolled on the RPL pathway."):
        "المرشح غير مسجل في مسار الاعتراف بالتعلم السابق.",
    ("CandidatePanel", "RPL granted is blocked. "): "«منح الاعتراف بالتعلم السابق» ممنوع. ",
    ("CandidatePanel", "Every criterion is Satisfactory: RPL granted can be recorded."):
        "كل المعايير مُرضية: يمكن تسجيل منح الاعتراف بالتعلم السابق.",
    ("CandidatesPage", "Timeline"): "التسلسل الزمني",
    ("CandidatesPage", "Assessment %1, attempt %2: %3, %4"): "تقييم %1، المحاولة %2: %3، %4",
    ("CandidatesPage", "no outcome yet"): "لا نتيجة بعد",
    ("EvidenceBasisDialog", "Evidence and self-assessment — %1"): "الأدلة والتقييم الذاتي — %1",
    ("EvidenceBasisDialog", "%1 of %2 criteria are covered by accepted evidence."):
        "%1 من %2 معايير تغطيها أدلة مقبولة.",
    ("EvidenceBasisDialog", "This candidate is not on the RPL pathway."):
        "هذا المرشح ليس في مسار الاعتراف بالتعلم السابق.",
    ("EvidenceBasisDialog", "Criterion"): "المعيار",
    ("EvidenceBasisDialog", "Evidence"): "الأدلة",
    ("EvidenceBasisDialog", "Self-assessment"): "التقييم الذاتي",
    ("EvidenceBasisDialog", "Element %1: %2"): "العنصر %1: %2",
    ("EvidenceBasisDialog", "Not answered"): "بلا إجابة",
    ("EvidenceBasisDialog", "No accepted evidence covers these criteria: plan observation or questioning for them, "
     "or judge the evidence not yet judged."):
        "لا تغطي أي أدلة مقبولة هذه المعايير: خطط لها ملاحظة أو أسئلة، أو احكم على الأدلة التي لم يُحكم عليها بعد.",
    ("EvidenceBasisDialog", "Accepted evidence covers every criterion of the unit."):
        "تغطي الأدلة المقبولة كل معايير الوحدة.",
    ("EvidenceBasisDialog", "By criterion"): "حسب المعيار",
    ("EvidenceBasisDialog", "Gaps (%1)"): "الثغرات (%1)",
    ("EvidenceBasisDialog", "Open file (read-only)"): "فتح الملف (للقراءة فقط)",
    ("EvidenceBasisDialog", "Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment "
     "(full: I can do this, half: with help, ring: not yet)."):
        "الصفحة: الأدلة (أخضر مقبولة، كهرماني لم يُحكم عليها بعد، أحمر مرفوضة). النقطة: التقييم الذاتي "
        "(ممتلئة: أستطيع ذلك، نصف: بمساعدة، حلقة: ليس بعد).",
    ("EvidenceBasisDialog", "Self-assessment: %1"): "التقييم الذاتي: %1",
    ("EvidenceBasisDialog", "A gap: plan observation or questioning for this criterion."):
        "ثغرة: خطط لملاحظة أو أسئلة لهذا المعيار.",
    ("EvidenceBasisDialog", "Valid"): "صالحة",
    ("EvidenceBasisDialog", "Sufficient"): "كافية",
    ("EvidenceBasisDialog", "Authentic"): "أصيلة",
    ("EvidenceBasisDialog", "Current"): "حديثة",
    ("EvidenceBasisDialog", "yes"): "نعم",
    ("EvidenceBasisDialog", "no"): "لا",
    ("EvidenceBasisDialog", "not judged"): "لم يُحكم عليها",
    ("EvidenceBasisDialog", "Type: %1"): "النوع: %1",
    ("EvidenceBasisDialog", "Date of the evidence: %1"): "تاريخ الدليل: %1",
    ("EvidenceBasisDialog", "Description: %1"): "الوصف: %1",
    ("EvidenceBasisDialog", "Judgement on the rules of evidence:"): "الحكم وفق قواعد الأدلة:",
    ("EvidenceBasisDialog", "SHA-256: %1"): "SHA-256: %1",
    ("EvidenceDialog", "Judgement"): "الحكم",
    ("EvidenceDialog", "Each box has three states: ticked = met, empty = not met, filled square = not judged yet. "
     "Click to go from one to the next, then Save judgement."):
        "لكل مربع ثلاث حالات: مؤشَّر = مستوفى، فارغ = غير مستوفى، مربع ممتلئ = لم يُحكم عليه بعد. "
        "انقر للانتقال من حالة إلى أخرى، ثم احفظ الحكم.",
    ("EvidenceDialog", "Ticked: met · empty: not met · filled square: not judged yet"):
        "مؤشَّر: مستوفى · فارغ: غير مستوفى · مربع ممتلئ: لم يُحكم عليه بعد",
    ("EvidenceDialog", "(read-only)"): "(للقراءة فقط)",
    ("Labels", "Self-assessment saved"): "حُفظ التقييم الذاتي",
    ("Labels", "Evidence judged"): "حُكم على الأدلة",
    ("Labels", "Assessment planned"): "خُطط للتقييم",
    ("Labels", "Result verified"): "تُحقق من النتيجة",
    ("Labels", "Certificate issued"): "صدرت الشهادة",
    ("Labels", "Appeal lodged"): "قُدم الطعن",
    ("RecordingDialog", "Evidence and self-assessment…"): "الأدلة والتقييم الذاتي…",
    ("SelfAssessmentDialog", "Prints the answers as shown, saved or not"):
        "يطبع الإجابات كما تظهر، محفوظة أم لا",
    ("SelfAssessmentDialog", "(read-only)"): "(للقراءة فقط)",
    ("SelfAssessmentDialog", "Answer all…"): "الإجابة عن الكل…",
    ("SelfAssessmentDialog", "Give every criterion below this answer"): "إعطاء كل المعايير أدناه هذه الإجابة",
    ("EvidenceBasis", "Evidence accepted"): "أدلة مقبولة",
    ("EvidenceBasis", "Evidence not yet judged"): "أدلة لم يُحكم عليها بعد",
    ("EvidenceBasis", "Evidence rejected"): "أدلة مرفوضة",
    ("EvidenceBasis", "No evidence"): "لا أدلة",
    ("EvidenceBasis", "valid, sufficient, authentic and current"): "صالحة وكافية وأصيلة وحديثة",
    ("EvidenceBasis", "not judged yet"): "لم يُحكم عليها بعد",
    ("EvidenceBasis", "valid"): "صالحة",
    ("EvidenceBasis", "sufficient"): "كافية",
    ("EvidenceBasis", "authentic"): "أصيلة",
    ("EvidenceBasis", "current"): "حديثة",
    ("EvidenceBasis", "fails: %1"): "غير مستوفاة: %1",
    ("EvidenceBasis", "not judged: %1"): "لم يُحكم عليها: %1",
    ("EvidenceBasis", "not answered"): "بلا إجابة",
    ("EvidenceBasis", "Self-assessment: %1"): "التقييم الذاتي: %1",
    ("EvidenceBasis", "Ctrl+E opens the evidence."): "يفتح Ctrl+E الأدلة.",
    ("ReportsPage", "Recognition of Prior Learning"): "الاعتراف بالتعلم السابق",
    ("ReportsPage", "RPL enrolments"): "التسجيلات في الاعتراف بالتعلم السابق",
    ("ReportsPage", "Completed (certificate or statement)"): "المكتملة (شهادة أو بيان إنجاز)",
    ("ReportsPage", "Completion rate"): "نسبة الإكمال",
    ("ReportsPage", "Median days from enrolment to certificate"): "وسيط الأيام من التسجيل إلى الشهادة",
    ("ReportsPage", "Now at it\nwomen"): "فيها حاليًا\nنساء",
    ("ReportsPage", "Now at it\nmen"): "فيها حاليًا\nرجال",
    ("ReportsPage", "Now at it\ntotal"): "فيها حاليًا\nالمجموع",
    ("ReportsPage", "Median days\nwomen"): "وسيط الأيام فيها\nنساء",
    ("ReportsPage", "Median days\nmen"): "وسيط الأيام فيها\nرجال",
    ("ReportsPage", "Median days\ntotal"): "وسيط الأيام فيها\nالمجموع",
    ("ReportsPage", "Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on (from the first step at the stage to the first step at a later one)."): "لكل مرحلة من مراحل الاعتراف بالتعلم السابق: التسجيلات الموجودة فيها حاليًا، ووسيط الأيام التي قضاها فيها من انتقلوا منها (من أول خطوة في المرحلة إلى أول خطوة في مرحلة لاحقة).",
    ("AddEvidenceDialog", "Edit evidence"): "تعديل الدليل",
    ("EvidenceDialog", "Edit…"): "تعديل…",
    ("EvidenceDialog", "Change the type, description, date or criteria of the item"): "تغيير نوع العنصر أو وصفه أو تاريخه أو معاييره",
    ('CandidatesPage', 'Gap training…'):
        'تدريب سد الفجوة…',
    ('CandidatesPage', 'Refer a candidate whose recognition is partial to training for the units not achieved'):
        'إحالة مرشح اعتُرف بتعلمه جزئيًا إلى التدريب على الوحدات غير المحققة',
    ('CandidatesPage', 'Referred to gap training: %1'):
        'أُحيل إلى تدريب سد الفجوة: %1',
    ('GapReferralDialog', 'Refer to gap training'):
        'الإحالة إلى تدريب سد الفجوة',
    ('GapReferralDialog', '%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for.'):
        'الوحدات المعترف بها: %1. حدد الوحدات غير المحققة التي يُحال المرشح إلى التدريب عليها.',
    ('GapReferralDialog', 'Where and when, for example: evening course at the centre, from March'):
        'أين ومتى، مثلًا: دورة مسائية في المركز، ابتداءً من مارس',
    ('GapReferralDialog', 'Units'):
        'الوحدات',
    ('GapReferralDialog', 'Training'):
        'التدريب',
    ('GapReferralDialog', 'Tick at least one unit.'):
        'حدد وحدة واحدة على الأقل.',
    ('ReportsPage', 'Referred to gap training'):
        'المحالون إلى تدريب سد الفجوة',
    ('Messages', 'Enrolment {id} does not exist.'):
        'التسجيل {id} غير موجود.',
    ('Messages', 'The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.'):
        'التسجيل في {qualification} ليس في مسار الاعتراف بالتعلم السابق: لا توجد فجوة للإحالة.',
    ('Messages', 'No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.'):
        'لم يُعترف بأي وحدة من {qualification} بعد: تأتي الإحالة إلى تدريب سد الفجوة بعد اعتراف جزئي.',
    ('Messages', 'Every unit of {qualification} is achieved: there is no gap to train for.'):
        'كل وحدات {qualification} محققة: لا توجد فجوة للتدريب عليها.',
    ('Messages', 'Units: {units} are achieved or not part of the enrolment.'):
        'الوحدات: {units} محققة أو ليست جزءًا من التسجيل.',
    ('Messages', 'Date: {date} is in the future.'):
        'التاريخ: {date} في المستقبل.',
    ('Messages', 'Date: {date} is before the enrolment ({enrolled}).'):
        'التاريخ: {date} قبل التسجيل ({enrolled}).',
    ('Messages', 'The referral was not recorded.'):
        'لم تُسجل الإحالة.',
    ('SelfAssessmentDialog', 'Remarks'):
        'ملاحظات',
    ('SelfAssessmentDialog', 'Remarks: where, when, with whom'):
        'ملاحظات: أين ومتى ومع من',
    ('Messages', 'Some remarks are for elements outside this enrolment.'):
        'بعض الملاحظات تخص عناصر خارج هذا التسجيل.',
    ('Messages', 'element {id}'):
        'العنصر {id}',
    ("EvidenceBasis", ', ', 'list separator'): '، ',
    ("EvidenceBasis", '; ', 'separator of groups'): '؛ ',
    ('GapReferralDialog', 'Print cover letter…'):
        'طباعة الرسالة المرفقة…',
    ('GapReferralDialog', 'The letter that goes with the statement of attainment: units recognised, units to train for'):
        'الرسالة المرفقة ببيان الإنجاز: الوحدات المعترف بها والوحدات المطلوب التدرب عليها',
    ('GapReferralDialog', 'Save cover letter'):
        'حفظ الرسالة المرفقة',
    ('Messages', 'No statement of attainment in {qualification} is issued to this candidate yet.'):
        'لم يصدر بعد أي بيان إنجاز في {qualification} لهذا المرشح.',
})



# languages: the services' sentences (msg() ids, under the context "Messages") ----
TRANSLATIONS.update({
    ('Messages', '{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.'):
        '{cells} ليست بالصيغة رقم=S أو رقم=N أو رقم=clear (مثلًا 1.2=S)؛ لم يُحفظ شيء.',
    ('Messages', 'This command shows personal data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked).'):
        'يعرض هذا الأمر بيانات شخصية: عرّف بنفسك بالخيار --user الاسم (كلمة المرور من SKILLASSESS_PASSWORD أو تُطلب منك).',
    ('Messages', 'the disk is full'):
        'القرص ممتلئ',
    ('Messages', 'permission denied; choose another folder'):
        'الإذن مرفوض؛ اختر مجلدًا آخر',
    ('Messages', 'the disk is read-only'):
        'القرص للقراءة فقط',
    ('Messages', 'the name is too long'):
        'الاسم طويل جدًا',
    ('Messages', 'Cannot write {path}: {reason}.'):
        'تتعذر كتابة {path}: {reason}.',
    ('Messages', 'Cannot write {path}: the folder {folder} does not exist; choose another folder.'):
        'تتعذر كتابة {path}: المجلد {folder} غير موجود؛ اختر مجلدًا آخر.',
    ('Messages', 'the folder does not exist'):
        'المجلد غير موجود',
    ('Messages', '{value} is too large (at most {limit:,}).'):
        '{value} كبير جدًا (الحد الأقصى {limit:,}).',
    ('Messages', '{field}: {problem}'):
        '{field}: {problem}',
    ('Messages', '{length:,} characters, more than the {limit:,} it can hold; shorten it.'):
        '{length:,} حرفًا، أكثر من {limit:,} التي يتسع لها؛ اختصره.',
    ('Messages', 'contains the invisible control character {code} at position {position}, which cannot be stored; delete it (it often comes with a copy and paste).'):
        'يحتوي على حرف التحكم غير المرئي {code} في الموضع {position}، ولا يمكن حفظه؛ احذفه (يأتي غالبًا مع النسخ واللصق).',
    ('Messages', 'Nothing was saved: correct the text named below.'):
        'لم يُحفظ شيء: صحّح النص المذكور أدناه.',
    ('Messages', 'contains the invisible direction control {code} ({name}) at position {position}, which can make a name print reversed; delete it.'):
        'يحتوي على علامة الاتجاه غير المرئية {code} ({name}) في الموضع {position}، وقد تجعل الاسم يُطبع معكوسًا؛ احذفها.',
    ('Messages', '{record}, {field}: {problem}'):
        '{record}، {field}: {problem}',
    ('Messages', 'The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in the data folder only.'):
        'مجلد النسخ الاحتياطي الثاني {folder} غير موجود (هل وحدة USB موصولة؟)؛ النسخة الاحتياطية في مجلد البيانات فقط.',
    ('Messages', 'Keep between 0 and {most} daily backups.'):
        'احتفظ بعدد من النسخ الاحتياطية اليومية بين 0 و{most}.',
    ('Messages', '{archive} cannot be restored: {reason} Nothing was changed.'):
        'لا يمكن استعادة {archive}: {reason} لم يتغير شيء.',
    ('Messages', 'it is not a SkillAssess backup.'):
        'ليست نسخة احتياطية من SkillAssess.',
    ('Messages', 'its manifest is damaged.'):
        'بيان محتوياتها تالف.',
    ('Messages', 'it was made by a newer version of SkillAssess; install that version.'):
        'صُنعت بإصدار أحدث من SkillAssess؛ ثبّت ذلك الإصدار.',
    ('Messages', 'restoring it needs {need} MB free in {folder}, and there are {free} MB.'):
        'استعادتها تحتاج {need} ميغابايت حرة في {folder}، والمتاح {free} ميغابايت.',
    ('Messages', '{path} is open in SkillAssess or another program: close it there, then restore again. Nothing was changed.'):
        '{path} مفتوح في SkillAssess أو في برنامج آخر: أغلقه هناك ثم أعد الاستعادة. لم يتغير شيء.',
    ('Messages', 'There is no file {archive}.'):
        'لا يوجد ملف {archive}.',
    ('Messages', 'it is not a SkillAssess backup (not a zip archive).'):
        'ليست نسخة احتياطية من SkillAssess (ليست أرشيف zip).',
    ('Messages', 'its manifest is too large.'):
        'بيان محتوياتها كبير جدًا.',
    ('Messages', 'it names a file outside its own folders ({name}).'):
        'تذكر ملفًا خارج مجلداتها ({name}).',
    ('Messages', '{name} is too large for a key file.'):
        '{name} كبير جدًا على ملف مفتاح.',
    ('Messages', 'it holds the same file twice.'):
        'تحوي الملف نفسه مرتين.',
    ('Messages', 'it holds files its manifest does not list ({name}).'):
        'تحوي ملفات لا يذكرها بيان محتوياتها ({name}).',
    ('Messages', 'files listed in its manifest are missing ({name}).'):
        'ملفات مذكورة في بيان محتوياتها مفقودة ({name}).',
    ('Messages', 'it holds no database (it was made from a PostgreSQL database).'):
        'لا تحوي قاعدة بيانات (صُنعت من قاعدة بيانات PostgreSQL).',
    ('Messages', 'The folder {folder} does not exist.'):
        'المجلد {folder} غير موجود.',
    ('Messages', 'it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE.'):
        'تحوي قاعدة بيانات SQLite؛ استعدها إلى ملف بالأمر: skillassess --db FILE restore ARCHIVE.',
    ('Messages', 'it is not a SkillAssess backup (it has no manifest).'):
        'ليست نسخة احتياطية من SkillAssess (لا بيان محتويات لها).',
    ('Messages', "the database in it is damaged (SQLite's integrity check failed)."):
        'قاعدة البيانات التي فيها تالفة (فشل فحص السلامة في SQLite).',
    ('Messages', 'the database in it is empty.'):
        'قاعدة البيانات التي فيها فارغة.',
    ('Messages', '{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).'):
        '{name} فيها غُيّر بعد صنع النسخة الاحتياطية (بصمة SHA-256 تختلف عن بيان المحتويات).',
    ('Messages', '{name} in it is damaged (the zip check failed).'):
        '{name} فيها تالف (فشل فحص zip).',
    ('Messages', '{name} is larger than its manifest says.'):
        '{name} أكبر مما يقوله بيان محتوياتها.',
    ('Messages', 'There is no database file at {path} to back up.'):
        'لا يوجد ملف قاعدة بيانات في {path} لنسخه احتياطيًا.',
    ('Messages', 'The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest backup ({backup}, made {made}) with: {command} (or File > Restore from backup… in the application).'):
        'ملف قاعدة البيانات {path} تالف، لذا لن يكتب فيه SkillAssess. استعد أحدث نسخة احتياطية ({backup}، صُنعت {made}) بالأمر: {command} (أو ملف > الاستعادة من نسخة احتياطية… في التطبيق).',
    ('Messages', 'The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} (or File > Restore from backup… in the application).'):
        'ملف قاعدة البيانات {path} تالف، لذا لن يكتب فيه SkillAssess. لم يُعثر على نسخة احتياطية منه في {folder}؛ إن كانت لديك واحدة في مكان آخر (وحدة USB مثلًا) فاستعدها بالأمر: {command} (أو ملف > الاستعادة من نسخة احتياطية… في التطبيق).',
    ('Messages', 'There is no SkillAssess database at {path}: check the name, or create one with: {command} (or File > New database in the application).'):
        'لا توجد قاعدة بيانات SkillAssess في {path}: تحقق من الاسم، أو أنشئ واحدة بالأمر: {command} (أو ملف > قاعدة بيانات جديدة في التطبيق).',
    ('Messages', '{path} is an empty file, not a SkillAssess database: check the name, or create a database there with: {command} (or File > New database in the application).'):
        '{path} ملف فارغ وليس قاعدة بيانات SkillAssess: تحقق من الاسم، أو أنشئ قاعدة بيانات هناك بالأمر: {command} (أو ملف > قاعدة بيانات جديدة في التطبيق).',
    ('Messages', '{path} cannot be opened: it is in use or cannot be read. This file was left untouched.'):
        'يتعذر فتح {path}: إنه قيد الاستخدام أو لا يمكن قراءته. لم يُمس هذا الملف.',
    ('Messages', 'Cannot open the database {name}. {reason}'):
        'يتعذر فتح قاعدة البيانات {name}. {reason}',
    ('Messages', 'The database {name} is empty (it has no SkillAssess tables): check the address, or create the tables with: skillassess --db ADDRESS setup.'):
        'قاعدة البيانات {name} فارغة (لا جداول SkillAssess فيها): تحقق من العنوان، أو أنشئ الجداول بالأمر: skillassess --db ADDRESS setup.',
    ('Messages', 'The database {name} needs its tables created or upgraded for this version of SkillAssess, and the account {user} may not do that. Open it once with the database owner\'s account (see "Several users on a PostgreSQL server" in the README), then again with this one.'):
        'تحتاج قاعدة البيانات {name} إلى إنشاء جداولها أو ترقيتها لهذا الإصدار من SkillAssess، والحساب {user} لا يملك ذلك. افتحها مرة بحساب مالك قاعدة البيانات (انظر "Several users on a PostgreSQL server" في ملف README)، ثم مرة أخرى بهذا الحساب.',
    ('Messages', 'the system refused it'):
        'رفض النظام ذلك',
    ('Messages', 'a part of its path is a file, not a folder'):
        'جزء من مساره ملف وليس مجلدًا',
    ('Messages', 'you may not write there'):
        'لا يُسمح لك بالكتابة هناك',
    ('Messages', "The data folder {folder} cannot be created: {reason}. Choose another folder with SKILLASSESS_DATA_DIR, or ask the computer's administrator."):
        'يتعذر إنشاء مجلد البيانات {folder}: {reason}. اختر مجلدًا آخر بالمتغير SKILLASSESS_DATA_DIR، أو اسأل مدير الحاسوب.',
    ('Messages', '{file}: the workbook is damaged or not a plain Excel file; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.'):
        '{file}: المصنف تالف أو ليس ملف Excel عاديًا؛ لم يتغير شيء. افتحه في Excel أو LibreOffice واحفظه من جديد ثم أعد المحاولة.',
    ('Messages', '{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels deep. Nothing was changed.'):
        '{file}: بنية JSON متداخلة إلى عمق كبير جدًا (أكثر من ألف مستوى)؛ حزمة CASE لا تتجاوز بضعة مستويات. لم يتغير شيء.',
    ('Messages', '{file}: not valid JSON ({problem}).'):
        '{file}: ليس JSON صالحًا ({problem}).',
    ('Messages', '{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or LibreOffice, save it again and retry.'):
        '{file}: المصنف تالف (يتعذر فك ضغط {where})؛ لم يتغير شيء. افتحه في Excel أو LibreOffice واحفظه من جديد ثم أعد المحاولة.',
    ('Messages', '{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind of document renamed .xlsx?).'):
        '{file} ليس مصنف Excel (.xlsx) يمكن قراءته: لا جزء مصنف فيه (هل هو مستند من نوع آخر أُعيدت تسميته \u200e.xlsx؟).',
    ('Messages', '{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing was changed.'):
        '{file}: المصنف تالف أو ليس ملف Excel عاديًا (تتعذر قراءة قائمة أوراقه)؛ لم يتغير شيء.',
    ('Messages', '{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel or LibreOffice as an Excel workbook (.xlsx).'):
        '{file} ليس مصنف Excel (.xlsx) يمكن قراءته: ليس حزمة ZIP؛ احفظه من Excel أو LibreOffice بصيغة مصنف Excel (.xlsx).',
    ('Messages', '{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and nothing was changed.'):
        '{file}: في المصنف {count:,} جزءًا، أكثر مما يحويه أي جدول بيانات؛ رُفض ولم يتغير شيء.',
    ('Messages', '{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; nothing was changed. Is it the right file? Split a very large list into several files.'):
        '{file}: يتمدد المصنف عند فك ضغطه إلى {size} ميغابايت، أكثر من {limit} ميغابايت التي يقبلها الاستيراد؛ لم يتغير شيء. هل هو الملف الصحيح؟ قسّم القائمة الكبيرة جدًا على عدة ملفات.',
    ('Messages', '{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any spreadsheet; the file was refused as a possible zip bomb and nothing was changed.'):
        '{file}: جزء من المصنف ({part}) مضغوط بنسبة {ratio:,} إلى 1، أكثر بكثير من أي جدول بيانات؛ رُفض الملف بوصفه قنبلة zip محتملة ولم يتغير شيء.',
    ('Messages', '{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; nothing was changed. Split a very large list into several files.'):
        '{file}: يتمدد نص المصنف إلى {size} ميغابايت، أكثر من {limit} ميغابايت التي يقبلها الاستيراد؛ لم يتغير شيء. قسّم القائمة الكبيرة جدًا على عدة ملفات.',
    ('Messages', '{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} can be imported at once, and nothing was changed. Delete the empty rows below the list, or split the list into several files.'):
        '{file}: في الورقة {sheet} أكثر من {limit:,} صف (الصفوف الفارغة تُحسب أيضًا)؛ يمكن استيراد {limit:,} صف على الأكثر دفعة واحدة، ولم يتغير شيء. احذف الصفوف الفارغة تحت القائمة، أو قسّم القائمة على عدة ملفات.',
    ('Messages', '{file}: the workbook is damaged: {where} contains the control character {code} (byte {offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or LibreOffice, save it again and retry.'):
        '{file}: المصنف تالف: يحتوي {where} على حرف التحكم {code} (البايت {offset:,})، وهو ما لا يكتبه أي جدول بيانات؛ لم يتغير شيء. افتحه في Excel أو LibreOffice واحفظه من جديد ثم أعد المحاولة.',
    ('Messages', 'A change to {tables} was not recorded in the audit log, so it was not saved. This is a defect of SkillAssess: please report it.'):
        'لم يُسجَّل تغيير في {tables} في سجل التدقيق، لذا لم يُحفظ. هذا خلل في SkillAssess: يُرجى الإبلاغ عنه.',
    ('Messages', 'A change to {table} could not be followed for the audit log; nothing was saved.'):
        'تعذرت متابعة تغيير في {table} لسجل التدقيق؛ لم يُحفظ شيء.',
    ('Messages', '{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.'):
        '{table} ({record}): يسجل سجل التدقيق (القيد {entry}) حذفه، لكنه موجود في قاعدة البيانات.',
    ('Messages', 'The audit log is intact: {count} entries checked, and {records} records match it.'):
        'سجل التدقيق سليم: فُحص {count} قيدًا، و{records} سجلًا تطابقه.',
    ('Messages', '{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.'):
        '{table} ({record})، {field}: يقول سجل التدقيق (القيد {entry}) {audited}، وتحوي قاعدة البيانات {found}.',
    ('Messages', '{table} ({record}): no audit entry records this record; it was added outside SkillAssess.'):
        '{table} ({record}): لا يوجد قيد تدقيق يسجل هذا السجل؛ لقد أُضيف خارج SkillAssess.',
    ('Messages', '{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the database; it was deleted outside SkillAssess.'):
        '{table} ({record}): يسجله سجل التدقيق (القيد {entry})، لكنه لم يعد في قاعدة البيانات؛ لقد حُذف خارج SkillAssess.',
    ('Messages', 'The audit log is broken at entry {entry}: {problem}.'):
        'سجل التدقيق مكسور عند القيد {entry}: {problem}.',
    ('Messages', '{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.'):
        '{count} من السجلات تختلف عما يقوله سجل التدقيق: لقد غُيّرت خارج SkillAssess.',
    ('Messages', '… and {count} more.'):
        '… و{count} غيرها.',
    ('Messages', "The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck)."):
        'الفحص مخصص لملفات قواعد بيانات SQLite؛ أما {name} فاستخدم أدوات الخادم نفسه (pg_amcheck).',
    ('Messages', '{path} is not a SkillAssess database (it is not a SQLite file).'):
        '{path} ليس قاعدة بيانات SkillAssess (ليس ملف SQLite).',
    ('Messages', 'The backup could not be written to {folder} ({reason}); nothing was kept of it.'):
        'تعذرت كتابة النسخة الاحتياطية في {folder} ({reason})؛ لم يُحتفظ بشيء منها.',
    ('Messages', 'The backup could not be put in place ({reason}). Close SkillAssess everywhere the database is open and try again.'):
        'تعذر وضع النسخة الاحتياطية في مكانها ({reason}). أغلق SkillAssess في كل مكان تُفتح فيه قاعدة البيانات وأعد المحاولة.',
    ('Messages', 'The backup could not be copied to the second folder {folder} ({reason}); it is in the data folder only.'):
        'تعذر نسخ النسخة الاحتياطية إلى المجلد الثاني {folder} ({reason})؛ إنها في مجلد البيانات فقط.',
    ('Messages', '{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.'):
        'لا يمكن استعادة {archive}: سجل التدقيق فيها مكسور ({problem}). لم يتغير شيء.',
    ('Messages', 'Nothing was imported from {file}: qualification {code} was superseded while the file was being checked; import the file again.'):
        'لم يُستورد شيء من {file}: استُبدل المؤهل {code} أثناء فحص الملف؛ استورد الملف من جديد.',
    ('Messages', 'The centre is not set up yet (name, code, country); an administrator sets it up first.'):
        'لم يُعدّ المركز بعد (الاسم، الرمز، البلد)؛ يعدّه مدير النظام أولًا.',
    ('Messages', '{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).'):
        '{path}: يجب أن ينتهي اسم الملف بـ \u200e.pdf (ملف PDF واحد) أو \u200e.zip (ملف PDF لكل شهادة).',
    ('Messages', 'No certificate was reprinted.'):
        'لم يُعد طبع أي شهادة.',
    ('Messages', 'No certificate was issued.'):
        'لم تُصدر أي شهادة.',
    ('Messages', '{problem} {nothing}'):
        '{problem} {nothing}',
    ('Messages', "Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this database's register. Only the register of the centre that issued it can confirm it."):
        'شهادة غير معروفة: التوقيع صحيح (المفتاح {key})، لكن الشهادة {serial} ليست في سجل قاعدة البيانات هذه. وحده سجل المركز الذي أصدرها يستطيع تأكيدها.',
    ('Messages', 'The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be confirmed. An administrator runs skillassess audit verify.'):
        'غُيّر قيد الشهادة {serial} في السجل خارج SkillAssess ({problem})؛ لا يمكن تأكيدها. يشغّل مدير النظام الأمر skillassess audit verify.',
    ('Messages', 'The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this certificate.'):
        'وُقّعت البيانات بالمفتاح {key}، وهو ليس مفتاحًا موثوقًا لهذا المركز: {problem}. لا تقبل هذه الشهادة.',
    ('Messages', 'Choose at least one candidate to certify.'):
        'اختر مرشحًا واحدًا على الأقل لمنحه شهادة.',
    ('Messages', 'No certificate was issued:'):
        'لم تُصدر أي شهادة:',
    ('Messages', 'No certificate was printed:'):
        'لم تُطبع أي شهادة:',
    ('Messages', '{regno}: {code} is chosen twice.'):
        '{regno}: اختير {code} مرتين.',
    ('Messages', 'Certificate {serial} is revoked ({reason}); it cannot be printed.'):
        'الشهادة {serial} ملغاة ({reason})؛ لا يمكن طبعها.',
    ('Messages', 'Restore the newest backup (skillassess restore FILE), or an administrator records the loss (skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved.'):
        'استعد أحدث نسخة احتياطية (skillassess restore FILE)، أو يسجل مدير النظام الفقد (skillassess audit accept-loss، أو فحص السجل في صفحة سجل التدقيق)؛ وحتى ذلك الحين لا يمكن حفظ شيء.',
    ('Messages', 'The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; {added} entries were added since.'):
        'نقطة تحقق السجل المؤرخة {at} ({expected} قيدًا، موقعة بالمفتاح {key}) موجودة في السجل؛ وأُضيف {added} قيدًا منذ ذلك الحين.',
    ('Messages', 'The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it was being written, or entries deleted). {hint}'):
        'نقطة تحقق السجل المكتوبة في {at} تثبت {expected} قيد تدقيق، لكن قاعدة البيانات تحوي {found}: أحدث التغييرات مفقودة (ملف -wal فُقد بعد تعطل، أو نسخة من قاعدة البيانات صُنعت أثناء الكتابة فيها، أو قيود حُذفت). {hint}',
    ('Messages', 'The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): the log was rewritten or replaced. {hint}'):
        'لم يعد سجل التدقيق يحوي القيود التي تثبتها نقطة التحقق المؤرخة {at} (القيد {entry} مختلف): لقد أُعيدت كتابة السجل أو استُبدل. {hint}',
    ('Messages', 'The audit log holds its checkpoint.'):
        'سجل التدقيق يحوي نقطة التحقق الخاصة به.',
    ('Messages', 'There is no audit checkpoint ({path}), so removing the newest entries of the log could not be detected. SkillAssess writes it after each change; if you copied the database, copy its .checkpoint file with it.'):
        'لا توجد نقطة تحقق للسجل ({path})، لذا لم يكن ممكنًا كشف حذف أحدث قيود السجل. يكتبها SkillAssess بعد كل تغيير؛ إن نسخت قاعدة البيانات فانسخ ملف \u200e.checkpoint معها.',
    ('Messages', 'The audit log holds every entry its checkpoint records: there is no loss to record.'):
        'سجل التدقيق يحوي كل قيد تثبته نقطة التحقق: لا يوجد فقد لتسجيله.',
    ('Messages', 'The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.'):
        'تتعذر قراءة نقطة تحقق السجل {path}؛ لم تُستخدم. التغيير التالي يكتب نقطة جديدة.',
    ('Messages', "The audit checkpoint {path} is signed with a key this computer does not know (another computer's checkpoint key, or the file was replaced); it was not used. The next change writes a new one."):
        'نقطة تحقق السجل {path} موقعة بمفتاح لا يعرفه هذا الحاسوب (مفتاح نقطة تحقق حاسوب آخر، أو استُبدل الملف)؛ لم تُستخدم. التغيير التالي يكتب نقطة جديدة.',
    ('Messages', 'The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.'):
        'نقطة تحقق السجل {path} لا تطابق توقيعها: لقد غُيّرت خارج SkillAssess.',
    ('Messages', 'Sign in first: every export and read of personal data names who made it.'):
        'سجّل الدخول أولًا: كل تصدير وكل قراءة لبيانات شخصية يذكران من قام بهما.',
    ('Messages', 'no audit entry records key {key}: it was added outside SkillAssess'):
        'لا يوجد قيد تدقيق يسجل المفتاح {key}: لقد أُضيف خارج SkillAssess',
    ('Messages', 'its audit entry {entry} was changed'):
        'غُيّر قيد التدقيق {entry} الخاص به',
    ('Messages', 'it was not made trusted by an administrator (audit entry {entry})'):
        'لم يجعله مدير النظام موثوقًا (قيد التدقيق {entry})',
    ('Messages', 'its record differs from audit entry {entry} ({problem})'):
        'سجله يختلف عن قيد التدقيق {entry} ({problem})',
    ('Messages', 'This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME.'):
        'ليس لهذا المركز مفتاح لتوقيع الشهادات بعد، لذا لا يمكن توقيع شيء. ينشئ مدير النظام مفتاحًا: في صفحة المستخدمين، مفاتيح التوقيع…، ثم إنشاء مفتاح؛ أو skillassess keys create --user الاسم.',
    ('Messages', 'The checkpoint key {path} cannot be read.'):
        'تتعذر قراءة مفتاح نقطة التحقق {path}.',
    ('Messages', "The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy that file from the computer where the key was created, or an administrator rotates the key here (skillassess keys rotate)."):
        'المفتاح الخاص لمفتاح توقيع المركز {key} ليس على هذا الحاسوب (يجب أن يكون {file}). انسخ ذلك الملف من الحاسوب الذي أُنشئ عليه المفتاح، أو يجدد مدير النظام المفتاح هنا (skillassess keys rotate).',
    ('Messages', 'The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).'):
        'للمركز مفتاح توقيع بالفعل ({key})؛ لاستبداله جدّده (skillassess keys rotate).',
    ('Messages', 'There is no trusted signing key to rotate; create one (skillassess keys create).'):
        'لا يوجد مفتاح توقيع موثوق لتجديده؛ أنشئ واحدًا (skillassess keys create).',
    ('Messages', 'its public key is damaged'):
        'مفتاحه العام تالف',
    ('Messages', 'Nothing was saved in assessment {id}:'):
        'لم يُحفظ شيء في التقييم {id}:',
    ('Messages', '{unit} has no criterion {number}.'):
        'لا يوجد في {unit} معيار رقم {number}.',
    ('Messages', 'Criterion {number} is given twice with different results.'):
        'المعيار {number} مذكور مرتين بنتيجتين مختلفتين.',
    ('Messages', 'The {what} code: {problem}'):
        'رمز {what}: {problem}',
    ('Messages', 'The {what} title: {problem}'):
        'عنوان {what}: {problem}',
    ('Messages', 'This item cannot be removed: {kind}.'):
        'لا يمكن إزالة هذا العنصر: {kind}.',
    ('Messages', 'This item cannot be moved: {kind}.'):
        'لا يمكن نقل هذا العنصر: {kind}.',
    ('Messages', 'Only a qualification or a unit has versions, not a {kind}.'):
        'للمؤهل أو الوحدة فقط إصدارات، لا لـ{kind}.',
    ('Messages', 'Wrong user name or password, or the account is locked after {attempts} wrong passwords. A locked account opens again after {minutes} minutes; an administrator can unlock it sooner by resetting the password.'):
        'اسم المستخدم أو كلمة المرور خطأ، أو أن الحساب مقفل بعد {attempts} من كلمات المرور الخاطئة. يُفتح الحساب المقفل من جديد بعد {minutes} دقيقة؛ ويمكن لمدير النظام فتحه قبل ذلك بإعادة تعيين كلمة المرور.',
    ('Messages', 'The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment.'):
        'قاعدة البيانات مشغولة: مستخدم أو برنامج آخر يحفظ فيها. لم يتغيّر شيء؛ حاول مرة أخرى بعد لحظات.',
    ('Messages', 'The database cannot be changed: the file or its folder is read-only. Nothing was changed; allow writing there, or copy the database to a folder you can write to.'):
        'لا يمكن تعديل قاعدة البيانات: الملف أو مجلده للقراءة فقط. لم يتغيّر شيء؛ اسمح بالكتابة هناك، أو انسخ قاعدة البيانات إلى مجلد يمكنك الكتابة فيه.',
    ('Messages', 'The disk that holds the database is full. Nothing was changed; free some space and try again.'):
        'القرص الذي يحوي قاعدة البيانات ممتلئ. لم يتغيّر شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.',
    ('Messages', 'The database file could not be read or written (a disk, USB stick or network problem). Nothing was changed; check that the disk is connected and try again.'):
        'تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه (مشكلة في القرص أو ذاكرة USB أو الشبكة). لم يتغيّر شيء؛ تحقّق من أن القرص متصل وحاول مرة أخرى.',
    ('Messages', 'The database file is damaged. Nothing was changed; stop using it and restore the newest backup.'):
        'ملف قاعدة البيانات تالف. لم يتغيّر شيء؛ توقّف عن استخدامه واستعد أحدث نسخة احتياطية.',
    ('Messages', 'The database server cannot be reached: it is stopped, or the network is down. Check the connection or ask whoever runs the server, then try again.'):
        'يتعذّر الوصول إلى خادم قاعدة البيانات: إما أنه متوقف أو أن الشبكة منقطعة. تحقّق من الاتصال أو اسأل المسؤول عن الخادم، ثم حاول مرة أخرى.',
    ('Messages', 'The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; look at the record again and repeat the change.'):
        'يتعارض التعديل مع تعديل آخر حُفظ في الوقت نفسه، ربما من مستخدم آخر. لم يتغيّر شيء؛ افتح السجل مجددًا وكرّر التعديل.',
    ('Messages', 'The database reported a problem. Nothing was changed; try again, and if it happens again report it with the log file.'):
        'أبلغت قاعدة البيانات عن مشكلة. لم يتغيّر شيء؛ حاول مرة أخرى، وإن تكرّر ذلك فأبلغ عنه مرفقًا بملف السجل.',
    ('Messages', 'The audit log is empty; there is no checkpoint yet.'):
        'سجل التدقيق فارغ؛ لا توجد نقطة تحقق بعد.',
})

# languages: record types of the audit log (lupdate did not see them through an alias) ----
TRANSLATIONS.update({
    ('AuditPage', 'Centre'): 'المركز',
    ('AuditPage', 'User'): 'المستخدم',
    ('AuditPage', 'Evidence'): 'الدليل',
    ('AuditPage', 'Assessment'): 'التقييم',
    ('AuditPage', 'Judgement'): 'الحكم',
    ('AuditPage', 'Amendment'): 'التعديل',
    ('AuditPage', 'Appeal'): 'التظلم',
    ('AuditPage', 'Certificate'): 'الشهادة',
    ('AuditPage', 'Awarding body'): 'جهة منح المؤهلات',
    ('AuditPage', 'Signatory'): 'الموقّع',
    ('AuditPage', 'Signing key'): 'مفتاح التوقيع',
})

# languages: Qt 6's file dialog wording ("&Look in:"), which Qt's own fr and ar catalogues lack ----
TRANSLATIONS.update({
    ('QFileDialog', '&Look in:'): 'ا&بحث في:',
    ('QFileDialog', 'Files of &type:'): 'الملفات من ال&نوع:',
    ('QAbstractFileIconProvider', 'Drive'): 'محرك أقراص',
    ('QAbstractFileIconProvider', 'Folder', 'All other platforms'): 'مجلد',
})

# languages: one digit convention, a choice in View → Language ----
TRANSLATIONS.update({
    ('MainWindow', 'Latin digits (0–9)'):
        'الأرقام اللاتينية (0–9)',
    ('MainWindow', "Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)"):
        'الأعداد والتواريخ بالأرقام 0–9 بدلًا من أرقام اللغة (يُطبَّق بعد إعادة التشغيل)',
})

# languages: the assessment record and the self-assessment checklist, printed in the user's language ----
TRANSLATIONS.update({
    ('Messages', 'Competent (C)'):
        'كفء (C)',
    ('Messages', 'Not Yet Competent (NYC)'):
        'غير كفء بعد (NYC)',
    ('Messages', 'RPL granted'):
        'اعتراف بالتعلم السابق ممنوح',
    ('Messages', 'Credit transfer (CT)'):
        'معادلة الأرصدة (CT)',
    ('Messages', 'Withdrawn'):
        'منسحب',
    ('Messages', 'Observation'):
        'الملاحظة',
    ('Messages', 'Questioning'):
        'الأسئلة',
    ('Messages', 'Product'):
        'المنتَج',
    ('Messages', 'Third-party report'):
        'تقرير طرف ثالث',
    ('Messages', 'Portfolio'):
        'ملف الإنجاز',
    ('Messages', 'Draft (not final)'):
        'مسودة (غير نهائية)',
    ('Messages', 'Submitted, awaiting verification'):
        'مُقدَّم، بانتظار التحقق',
    ('Messages', 'Verified'):
        'تم التحقق',
    ('Messages', 'Returned to the assessor'):
        'أُعيد إلى المقيّم',
    ('Messages', 'S'):
        'S',
    ('Messages', 'NYS'):
        'NYS',
    ('Messages', 'Recognition of Prior Learning'):
        'الاعتراف بالتعلم السابق',
    ('Messages', 'Training'):
        'التدريب',
    ('Messages', 'Signature:'):
        'التوقيع:',
    ('Messages', ' — from: {source}'):
        ' — من: {source}',
    ('Messages', "Assessor's comments"):
        'ملاحظات المقيّم',
    ('Messages', 'Feedback given to the candidate'):
        'التغذية الراجعة المقدمة للمرشح',
    ('Messages', 'Not declared.'):
        'لم يُصرَّح به.',
    ('Messages', 'Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}'):
        'التقييم {id} — {regno} — {unit} المحاولة {attempt} — طُبع في {date}',
    ('Messages', 'Assessment record'):
        'سجل التقييم',
    ('Messages', '{code} version {version} — {title}'):
        '{code} الإصدار {version} — {title}',
    ('Messages', 'Attempt'):
        'المحاولة',
    ('Messages', 'Date and venue'):
        'التاريخ والمكان',
    ('Messages', 'Pathway'):
        'المسار',
    ('Messages', 'Methods used'):
        'الأساليب المستخدمة',
    ('Messages', 'Outcome'):
        'النتيجة',
    ('Messages', 'Performance criteria'):
        'معايير الأداء',
    ('Messages', 'Element {position}: {title}'):
        'العنصر {position}: {title}',
    ('Messages', 'S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.'):
        'S = مُرضٍ؛ NYS = غير مُرضٍ بعد؛ — = لم يُقيَّم.',
    ('Messages', 'Conflict of interest'):
        'تضارب المصالح',
    ('Messages', 'The assessor declared a conflict of interest: {details}'):
        'صرّح المقيّم بتضارب في المصالح: {details}',
    ('Messages', 'The assessor declared no conflict of interest with this candidate.'):
        'صرّح المقيّم بعدم وجود تضارب في المصالح مع هذا المرشح.',
    ('Messages', 'Status: {status}. This record is not final until it is verified.'):
        'الحالة: {status}. هذا السجل غير نهائي حتى يتم التحقق منه.',
    ('Messages', 'No.'):
        'رقم',
    ('Messages', 'Judgement'):
        'الحكم',
    ('Messages', 'Criteria not yet Satisfactory: {criteria}'):
        'معايير غير مُرضية بعد: {criteria}',
    ('Messages', 'Returned by the verifier'):
        'أعاده المدقق',
    ('Messages', 'Amendments after verification'):
        'التعديلات بعد التحقق',
    ('Messages', 'Attempts at this unit'):
        'المحاولات في هذه الوحدة',
    ('Messages', 'Page {page}'):
        'الصفحة {page}',
    ('Messages', 'Assessor'):
        'المقيّم',
    ('Messages', 'Verifier'):
        'المدقق',
    ('Messages', 'Submitted: {date}'):
        'قُدِّم: {date}',
    ('Messages', 'Verified: {date}'):
        'تم التحقق: {date}',
    ('Messages', 'Sign-off'):
        'التوقيعات',
    ('Messages', 'Attempt {attempt}: {date}, {outcome}, {status}'):
        'المحاولة {attempt}: {date}، {outcome}، {status}',
    ('Messages', 'no outcome'):
        'لا نتيجة',
    ('Messages', 'Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the assessor plan what to look at with you.'):
        'اقرأ كل عبارة وضع علامة في خانة واحدة: أستطيع فعل ذلك (بمفردي ووفق المعيار)، أو بمساعدة (فعلته بتوجيه من أحد)، أو ليس بعد. لا توجد إجابات خاطئة: إجاباتك تساعد المقيّم على التخطيط لما سينظر فيه معك.',
    ('Messages', 'I can do this'):
        'أستطيع فعل ذلك',
    ('Messages', 'With help'):
        'بمساعدة',
    ('Messages', 'Not yet'):
        'ليس بعد',
    ('Messages', '{regno} · {qualification} · self-assessment'):
        '{regno} · {qualification} · التقييم الذاتي',
    ('Messages', 'Self-assessment checklist'):
        'قائمة التقييم الذاتي',
    ('Messages', 'Registration number'):
        'رقم التسجيل',
    ('Messages', "Candidate's signature"):
        'توقيع المرشح',
    ('Messages', "Assessor's signature"):
        'توقيع المقيّم',
})



# centre: centre settings (issue 13.4) ----
TRANSLATIONS.update({
    ("MainWindow", "C&entre settings…"): "إعدادات المر&كز…",
    ("CentreSettingsDialog", "Centre settings"): "إعدادات المركز",
    ("CentreSettingsDialog", "Starts new certificate serial numbers and registration numbers."):
        "يبدأ به كل رقم تسلسلي جديد للشهادات وكل رقم تسجيل جديد.",
    ("CentreSettingsDialog", "Choose &logo…"): "اختيار ال&شعار…",
    ("CentreSettingsDialog", "Remove logo"): "إزالة الشعار",
    ("CentreSettingsDialog", "QR codes on new certificates link to this address, where anyone can check them. "
                             "Leave it empty to print the signed text only."):
        "تحيل رموز QR في الشهادات الجديدة إلى هذا العنوان، حيث يمكن لأي شخص التحقق منها. "
        "اتركه فارغًا لطباعة النص الموقَّع فقط.",
    ("CentreSettingsDialog", "Centre &name:"): "اسم ال&مركز:",
    ("CentreSettingsDialog", "Centre &code:"): "&رمز المركز:",
    ("CentreSettingsDialog", "C&ountry:"): "ال&بلد:",
    ("CentreSettingsDialog", "&Address:"): "ال&عنوان:",
    ("CentreSettingsDialog", "Logo:"): "الشعار:",
    ("CentreSettingsDialog", "&Verification address:"): "عنوان ال&تحقق:",
    ("CentreSettingsDialog", "Name"): "الاسم",
    ("CentreSettingsDialog", "Title (%1)"): "الصفة (%1)",
    ("CentreSettingsDialog", "Signature"): "التوقيع",
    ("CentreSettingsDialog", "&Add signatory"): "إ&ضافة موقِّع",
    ("CentreSettingsDialog", "R&emove signatory"): "إزالة ال&موقِّع",
    ("CentreSettingsDialog", "Choose &signature…"): "اختيار ال&توقيع…",
    ("CentreSettingsDialog", "Remove signature"): "إزالة التوقيع",
    ("CentreSettingsDialog", "Signatories on certificates (at most %1)"): "الموقِّعون على الشهادات (%1 على الأكثر)",
    ("CentreSettingsDialog", "Only administrators change the centre settings."):
        "لا يغيّر إعدادات المركز إلا المسؤولون.",
    ("CentreSettingsDialog", "No logo"): "لا شعار",
    ("CentreSettingsDialog", "Centre logo"): "شعار المركز",
    ("CentreSettingsDialog", "Image"): "صورة",
    ("CentreSettingsDialog", "None"): "لا يوجد",
    ("CentreSettingsDialog", "Images (*.png *.jpg *.jpeg)"): "الصور (*.png *.jpg *.jpeg)",
})

# centre: confirmation before issuing certificates (issue 13.5) ----
TRANSLATIONS.update({
    ("IssueConfirmDialog", "Issue %n certificate(s)?"): [
        "إصدار %n شهادة؟", "إصدار شهادة واحدة؟", "إصدار شهادتين؟", "إصدار %n شهادات؟", "إصدار %n شهادة؟", "إصدار %n شهادة؟",
    ],
    ("IssueConfirmDialog", " and "): " و",
    ("IssueConfirmDialog", "%n certificate(s) will be issued in %1, dated %2."): [
        "ستصدر %n شهادة باللغة %1، بتاريخ %2.",
        "ستصدر شهادة واحدة باللغة %1، بتاريخ %2.",
        "ستصدر شهادتان باللغة %1، بتاريخ %2.",
        "ستصدر %n شهادات باللغة %1، بتاريخ %2.",
        "ستصدر %n شهادة باللغة %1، بتاريخ %2.",
        "ستصدر %n شهادة باللغة %1، بتاريخ %2.",
    ],
    ("IssueConfirmDialog", "Each takes the next serial number and is recorded in the register; a mistake can then only "
                           "be revoked, not undone."):
        "تأخذ كل شهادة الرقم التسلسلي التالي وتُقيَّد في السجل؛ ولا يمكن بعد ذلك إلا إلغاء الخطأ، لا التراجع عنه.",
    ("IssueConfirmDialog", "Certificate"): "الشهادة",
    ("IssueConfirmDialog", "Full certificate"): "شهادة كاملة",
    ("IssueConfirmDialog", "Statement of attainment"): "إفادة إنجاز",
    ("IssueConfirmDialog", "The first certificate as it will print (its serial is taken on issue)."):
        "الشهادة الأولى كما ستُطبع (يؤخذ رقمها التسلسلي عند الإصدار).",
    ("IssueConfirmDialog", "First certificate: %1"): "الشهادة الأولى: %1",
    ("IssueConfirmDialog", "Issue %n certificate(s)"): [
        "إصدار %n شهادة", "إصدار شهادة واحدة", "إصدار شهادتين", "إصدار %n شهادات", "إصدار %n شهادة", "إصدار %n شهادة",
    ],
})

# centre: audit entity names the demo's history shows (issue 13.11) ----
TRANSLATIONS.update({
    ("AuditPage", "Signing key"): "مفتاح التوقيع",
    ("AuditPage", "Centre"): "المركز",
})




# grid-windows: the grid's header, panel, search and confirmations; the recording refusals (issue 13) ----
TRANSLATIONS.update({
    ("CandidatePanel", "Submit the result of %1 in %2 for verification?"): "تقديم نتيجة %1 في %2 للتدقيق؟",
    ("CandidatePanel", "Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can return it to you."):
        "تُقفل عندئذٍ أحكامها وطرقها وملاحظاتها ونتيجتها (%1): لا يعيدها إليك إلا مدقِّق.",
    ("CandidatePanel", "Verify the result of %1 in %2?"): "تدقيق نتيجة %1 في %2؟",
    ("CandidatePanel", "The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt."):
        "تصبح النتيجة %1 عندئذٍ نهائية ومقفلة: أي تغيير يحتاج إلى تعديل مع سبب، أو محاولة جديدة.",
    ("RecordingDialog", "Find a candidate (Ctrl+F)"): "البحث عن مرشح (Ctrl+F)",
    ("RecordingDialog", "Read only: only the assessor of a result records its judgements, until it is submitted."):
        "للقراءة فقط: لا يسجّل أحكام النتيجة إلا مقيِّمها، حتى تقديمها.",
    ("RecordingDialog", "Read only: only the assessor of %1 records these judgements."):
        "للقراءة فقط: لا يسجّل هذه الأحكام إلا مقيِّم %1.",
    ("RecordingDialog", "%1 is submitted and waits for verification: a verifier must return it before it can change."):
        "نتيجة %1 مقدَّمة وتنتظر التدقيق: يجب أن يعيدها مدقِّق قبل أن تتغير.",
    ("RecordingDialog", "%1 is verified and locked: correct it with an amendment or record a new attempt."):
        "نتيجة %1 مدقَّقة ومقفلة: صحّحها بتعديل أو سجّل محاولة جديدة.",
    ("RecordingDialog", "%1 cannot be changed now."): "لا يمكن تغيير نتيجة %1 الآن.",
    ("RecordingDialog", "Hide panel"): "إخفاء اللوحة",
    ("RecordingDialog", "Show panel"): "إظهار اللوحة",
    ("RecordingDialog", "Hide the candidate's panel, so that more candidates fit (F9)"):
        "إخفاء لوحة المرشح ليتسع المجال لمرشحين أكثر (F9)",
    ("RecordingDialog", "Show the candidate's panel: methods, comments, outcome, Submit (F9)"):
        "إظهار لوحة المرشح: الطرق والملاحظات والنتيجة والتقديم (F9)",
    ("RecordingDialog", "No candidate matches %1."): "لا يوجد مرشح يطابق %1.",
    ("Messages", "The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt."):
        "نتيجة {candidate} في {unit} مدقَّقة ومقفلة؛ صحّحها بتعديل (مع سبب) أو سجّل محاولة جديدة.",
    ("Messages", "The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change."):
        "نتيجة {candidate} في {unit} مقدَّمة وتنتظر التدقيق؛ يجب أن يعيدها مدقِّق قبل أن تتغير.",
    ("Messages", "Only the assessor of {candidate} in {unit} ({assessor}) records this result."):
        "لا يسجّل هذه النتيجة إلا مقيِّم {candidate} في {unit} ({assessor}).",
    ("Messages", "{code} (attempt {attempt})"): "{code} (المحاولة {attempt})",
    ("Messages", "The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds."):
        "مُسحت النتيجة {outcome}: أحد المعايير لم يعد مُرضيًا. سجّل النتيجة من جديد عندما تتحقق.",
    ("Messages", "{outcome} cannot be recorded for {candidate} in {unit}:"):
        "لا يمكن تسجيل {outcome} لـ {candidate} في {unit}:",
    ("Messages", "The result of {candidate} in {unit} cannot be submitted yet:"):
        "لا يمكن تقديم نتيجة {candidate} في {unit} بعد:",
    ("Messages", "no outcome is recorded"): "لم تُسجَّل أي نتيجة",
    ("Messages", "the assessor has not declared whether there is a conflict of interest"):
        "لم يصرّح المقيِّم بوجود تضارب مصالح أو عدمه",
    ("Messages", "Describe the conflict of interest (for example a relative or an employee)."):
        "صِف تضارب المصالح (مثلًا قريب أو موظف).",
    ("Messages", "You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it."):
        "أنت من قيّم {candidate} في {unit}، فلا يمكنك تدقيق هذه النتيجة أو إعادتها؛ يجب أن يقوم بذلك مدقِّق آخر.",
    ("Messages", "The result of {candidate} in {unit} is already verified and locked."):
        "نتيجة {candidate} في {unit} مدقَّقة ومقفلة من قبل.",
    ("Messages", "The result of {candidate} in {unit} is not submitted; its assessor must submit it first."):
        "نتيجة {candidate} في {unit} غير مقدَّمة؛ يجب أن يقدّمها مقيِّمها أولًا.",
    ("Messages", "Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix."):
        "اذكر سبب إعادة نتيجة {candidate} في {unit}، ليعرف المقيِّم ما يجب تصحيحه.",
    ("Messages", "Competent"): "كفء",
    ("Messages", "RPL granted"): "ممنوحة بالاعتراف بالتعلم السابق",
    ("Messages", "Credit transfer"): "نقل الأرصدة",
    ("Messages", "Not Yet Competent"): "غير كفء بعد",
    ("Messages", "Withdrawn"): "انسحاب",
    ("Messages", "the unit has no performance criteria to judge"): "لا تحتوي الوحدة على معايير أداء للحكم عليها",
    ("Messages", "criteria not yet Satisfactory: {numbers}"): "معايير غير مُرضية بعد: {numbers}",
    ("Messages", "no assessment method is recorded (observation, questioning, product, ...)"):
        "لم تُسجَّل أي طريقة تقييم (ملاحظة، أسئلة، منتَج، ...)",
    ("Messages", "RPL granted is only for candidates enrolled on the RPL pathway"):
        "المنح بالاعتراف بالتعلم السابق مخصص للمرشحين المسجلين في مسار الاعتراف بالتعلم السابق",
    ("Messages", "credit transfer needs its source (the earlier qualification or statement and who issued it)"):
        "نقل الأرصدة يحتاج إلى مصدره (المؤهل أو الإفادة السابقة ومن أصدرها)",
})




# exchange: exchange bundles, national register, moderation ----
TRANSLATIONS.update({
    ("MainWindow", "E&xchange bundles…"): "حزم الت&بادل…",
    ("ExchangeDialog", "Exchange bundles"): "حزم التبادل",
    ("ExchangeDialog", "Send and receive"): "الإرسال والاستلام",
    ("ExchangeDialog", "National register"): "السجل الوطني",
    ("ExchangeDialog", "Moderation"): "التدقيق",
    ("ExchangeDialog", "Send this centre's results to the awarding body"): "إرسال نتائج هذا المركز إلى جهة منح الشهادات",
    ("ExchangeDialog", "What changed since the previous export"): "ما تغيّر منذ التصدير السابق",
    ("ExchangeDialog", "Results verified since:"): "النتائج المعتمدة منذ:",
    ("ExchangeDialog", "Everything"): "الكل",
    ("ExchangeDialog", "Export bundle…"): "تصدير حزمة…",
    ("ExchangeDialog", "Only verified results leave, with the candidate fields the awarding body needs (never notes, "
                       "telephone numbers or addresses), every certificate, and the centre's public keys. The file is "
                       "signed with the centre's key."):
        "لا تُرسل إلا النتائج المعتمدة، مع حقول المرشحين التي تحتاجها جهة منح الشهادات (ولا تُرسل أبدًا الملاحظات "
        "أو أرقام الهواتف أو العناوين)، وكل الشهادات، والمفاتيح العامة للمركز. يُوقَّع الملف بمفتاح المركز.",
    ("ExchangeDialog", "Receive a bundle"): "استلام حزمة",
    ("ExchangeDialog", "Import bundle…"): "استيراد حزمة…",
    ("ExchangeDialog", "Code"): "الرمز",
    ("ExchangeDialog", "Name"): "الاسم",
    ("ExchangeDialog", "Role"): "الدور",
    ("ExchangeDialog", "Keys"): "المفاتيح",
    ("ExchangeDialog", "Bundles imported"): "الحزم المستوردة",
    ("ExchangeDialog", "Registered partners:"): "الشركاء المسجلون:",
    ("ExchangeDialog", "Export bundle"): "تصدير حزمة",
    ("ExchangeDialog", "SkillAssess exchange bundles (*.sabundle)"): "حزم تبادل SkillAssess (*.sabundle)",
    ("ExchangeDialog", "Writing the bundle…"): "جارٍ كتابة الحزمة…",
    ("ExchangeDialog", "Bundle written"): "كُتبت الحزمة",
    ("ExchangeDialog", "%1 is written (bundle number %2): %3."): "كُتب %1 (الحزمة رقم %2): %3.",
    ("ExchangeDialog", "Import bundle"): "استيراد حزمة",
    ("ExchangeDialog", "Checking the bundle…"): "جارٍ فحص الحزمة…",
    ("ExchangeDialog", "Importing the bundle…"): "جارٍ استيراد الحزمة…",
    ("ExchangeDialog", "%1 was already imported; nothing changed."): "سبق استيراد %1؛ لم يتغير شيء.",
    ("ExchangeDialog", "%1: %2 added, %3 updated, %4 unchanged"): "%1: أُضيف %2، وحُدّث %3، وبقي %4 دون تغيير",
    ("ExchangeDialog", "Not taken over: %1"): "لم يُعتمد: %1",
    ("ExchangeDialog", "Imported %1 from %2."): "استُورد %1 من %2.",
    ("ExchangeDialog", "Bundle imported"): "استُوردت الحزمة",
    ("ExchangeDialog", "Category"): "الفئة",
    ("ExchangeDialog", "Assessed: women"): "المُقيَّمون: نساء",
    ("ExchangeDialog", "men"): "رجال",
    ("ExchangeDialog", "Competent: women"): "الأكفاء: نساء",
    ("ExchangeDialog", "Certified: women"): "الحاصلون على شهادة: نساء",
    ("ExchangeDialog", "Export statistics…"): "تصدير الإحصاءات…",
    ("ExchangeDialog", "Centre:"): "المركز:",
    ("ExchangeDialog", "Breakdown:"): "التوزيع:",
    ("ExchangeDialog", "By centre"): "حسب المركز",
    ("ExchangeDialog", "By qualification"): "حسب المؤهل",
    ("ExchangeDialog", "By age group"): "حسب الفئة العمرية",
    ("ExchangeDialog", "By disability"): "حسب الإعاقة",
    ("ExchangeDialog", "By nationality"): "حسب الجنسية",
    ("ExchangeDialog", "%1 candidates, %2 results, %3 certificates (%4 revoked)."):
        "%1 مرشحًا، و%2 نتيجة، و%3 شهادة (%4 ملغاة).",
    ("ExchangeDialog", "Total"): "المجموع",
    ("ExchangeDialog", "Export statistics"): "تصدير الإحصاءات",
    ("ExchangeDialog", "Excel workbooks (*.xlsx)"): "مصنفات Excel (*.xlsx)",
    ("ExchangeDialog", "Draw sample"): "سحب عينة",
    ("ExchangeDialog", "Centre code"): "رمز المركز",
    ("ExchangeDialog", "Registration number"): "رقم التسجيل",
    ("ExchangeDialog", "Candidate"): "المرشح",
    ("ExchangeDialog", "Unit"): "الوحدة",
    ("ExchangeDialog", "Attempt"): "المحاولة",
    ("ExchangeDialog", "Result"): "النتيجة",
    ("ExchangeDialog", "Notes"): "ملاحظات",
    ("ExchangeDialog", "Confirmed"): "مؤكَّدة",
    ("ExchangeDialog", "Not confirmed…"): "غير مؤكَّدة…",
    ("ExchangeDialog", "Send outcomes to the centre…"): "إرسال القرارات إلى المركز…",
    ("ExchangeDialog", "Rate:"): "النسبة:",
    ("ExchangeDialog", "At least:"): "على الأقل:",
    ("ExchangeDialog", "The sample takes, for each centre and unit, the given share of the results not sampled before "
                       "(at least the given number), drawn at random; the draw is recorded in the audit log."):
        "تأخذ العينة، لكل مركز ولكل وحدة، النسبة المحددة من النتائج التي لم تُسحب من قبل (وعلى الأقل العدد المحدد)، "
        "عشوائيًا؛ ويُسجَّل السحب في سجل التدقيق.",
    ("ExchangeDialog", "Pending"): "قيد الانتظار",
    ("ExchangeDialog", "Not confirmed"): "غير مؤكَّدة",
    ("ExchangeDialog", "Why is the result not confirmed? The centre will read this."):
        "لماذا لم تُؤكَّد النتيجة؟ سيقرأ المركز هذا النص.",
    ("ExchangeDialog", "Choose the centre whose outcomes you send back."): "اختر المركز الذي تُرسل إليه القرارات.",
    ("ExchangeDialog", "centre"): "مركز",
    ("ExchangeDialog", "awarding body"): "جهة منح الشهادات",
    ("ExchangeDialog", "All centres"): "كل المراكز",
    ("RegisterPartnerDialog", "Register a partner"): "تسجيل شريك",
    ("RegisterPartnerDialog", "centre"): "مركز",
    ("RegisterPartnerDialog", "awarding body"): "جهة منح الشهادات",
    ("RegisterPartnerDialog", "%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, "
                              "for the fingerprint of their key and compare it with the one below. Register them only "
                              "if it is the same: after that, their bundles import without questions."):
        "%1 (%2، %3) غير مسجل في قاعدة البيانات هذه بعد. اطلب منهم، بالهاتف أو بالبريد، بصمة مفتاحهم وقارنها بالبصمة "
        "أدناه. لا تسجلهم إلا إذا كانت مطابقة: بعد ذلك تُستورد حزمهم دون أسئلة.",
    ("RegisterPartnerDialog", "At least the first 16 digits"): "أول 16 رقمًا على الأقل",
    ("RegisterPartnerDialog", "Fingerprint in the file:"): "البصمة في الملف:",
    ("RegisterPartnerDialog", "Fingerprint they gave you:"): "البصمة التي أعطوك إياها:",
    ("RegisterPartnerDialog", "Register"): "تسجيل",
    ("ExchangeDialog", "Export results…"): "تصدير النتائج…",
    ("ExchangeDialog", "Export results"): "تصدير النتائج",
    ("ExchangeDialog", "Export certificates…"): "تصدير الشهادات…",
    ("ExchangeDialog", "Export certificates"): "تصدير الشهادات",
    ("ReportsPage", "This centre"): "هذا المركز",
    ("ReportsPage", "All registered centres"): "كل المراكز المسجلة",
    ("ReportsPage", "Centre %1"): "المركز %1",
})




# moodle: Moodle competency framework CSV, import preview and export ----
TRANSLATIONS.update({
    ("StandardsPage",
     "%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next "
     "two become elements and performance criteria, deeper ones fold into the criteria's text, "
     "and levels above the units are listed as having no place."):
        "%1 إطار من %2 مستويات. أي مستوى يصبح الوحدات؟ المستوى 1 هو الأعلى؛ يصبح المستويان التاليان "
        "عناصر ومعايير أداء، وتُدمج المستويات الأعمق في نص المعايير، وتُذكر المستويات التي فوق الوحدات "
        "على أنها بلا مكان.",
    ("StandardsPage", "Reading %1…"): "جارٍ قراءة %1…",
    ("StandardsPage",
     "%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?"):
        "يحتوي %1 على المؤهل %2 (%3): %4 وحدة، %5 عنصر، %6 معيار أداء. هل تريد استيراده؟",
    ("StandardsPage", "Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)"):
        "مصنف Excel (*.xlsx);;CASE 1.1 JSON (*.json);;إطار كفاءات Moodle CSV (*.csv)",
})


# tr-fr-ar: strings added by the phase-3 merges ----
TRANSLATIONS.update({
    ('Messages', "The bundle's manifest could not be made ({problem})."):
        'تعذّر إنشاء بيان محتويات الحزمة ({problem}).',
    ('Messages', 'The file is empty; choose a PNG or JPEG image.'):
        'الملف فارغ؛ اختر صورة PNG أو JPEG.',
    ('Messages', 'The image is {size} KB; use an image of at most {limit} KB.'):
        'حجم الصورة {size} كيلوبايت؛ استخدم صورة لا يتجاوز حجمها {limit} كيلوبايت.',
    ('Messages', 'The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.'):
        'الملف ليس صورة PNG أو JPEG؛ احفظه بصيغة PNG أو JPEG ثم اختره مرة أخرى.',
    ('Messages', 'The image is damaged and cannot be read; save it again as PNG or JPEG.'):
        'الصورة تالفة ولا يمكن قراءتها؛ احفظها من جديد بصيغة PNG أو JPEG.',
    ('Messages', 'The image is {width} × {height} pixels; use one of at most {limit} pixels a side.'):
        'أبعاد الصورة {width} × {height} بكسل؛ استخدم صورة لا يتجاوز كل ضلع منها {limit} بكسل.',
    ('Messages', '{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. Export the framework from Moodle (Site administration > Competencies > Export competency framework).'):
        '{file}: ليس ملف CSV لإطار كفاءات Moodle: العمود (أو الأعمدة) {columns} غير موجود في الصف 1. صدّر الإطار من Moodle (إدارة الموقع > الكفاءات > تصدير إطار الكفاءات).',
    ('Messages', '{file}, row {row} (line {line}): not a readable CSV file ({reason}).'):
        '{file}، الصف {row} (السطر {line}): ليس ملف CSV يمكن قراءته ({reason}).',
    ('Messages', 'Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), {elements} element(s), {criteria} performance criteria.'):
        'قُرئ {count} صفًا: إطار واحد و{competencies} كفاءة؛ وكُتب {units} وحدة، و{elements} عنصر، و{criteria} معيار أداء.',
    ('Messages', '{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?'):
        '{file}، الصف {row} (السطر {line}): حقل أطول من {limit:,} حرف؛ هل هو الملف الصحيح؟',
    ('Messages', '{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most {limit} (units, elements, criteria and the levels below them).'):
        '{file}، الصف {row}: يقع {id} على عمق {depth:,} مستوى تحت الإطار؛ ولا يقبل SkillAssess أكثر من {limit} (الوحدات والعناصر والمعايير والمستويات التي تحتها).',
    ('Messages', '{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.'):
        '{file}: لا يمكن استيراد الإطار ({count} مشكلة)؛ لم يتغير شيء.',
    ('Messages', '{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.'):
        '{file}: للإطار {levels} مستوى؛ يمكن أن تكون الوحدات من المستوى 1 إلى المستوى {levels}، لا المستوى {level}.',
    ('Messages', "The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them."):
        'ترويسة الصف 1 لا تسمّي أعمدة Moodle؛ فقُرئت الأعمدة حسب موضعها، كما يقرؤها Moodle.',
    ('Messages', 'Mapping: framework {code} → qualification; its {units} competencies of level {u} → units (ID number → unit code), each with one element and one performance criterion of the same name (short name, then description).'):
        'المطابقة: الإطار {code} ← مؤهل؛ كفاءاته الـ{units} في المستوى {u} ← وحدات (رقم التعريف ← رمز الوحدة)، لكل منها عنصر واحد ومعيار أداء واحد بالاسم نفسه (الاسم المختصر ثم الوصف).',
    ('Messages', '{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.'):
        '{count} من أرقام تعريف الوحدات أطول من 40 حرفًا فأُعطيت رموزًا مولّدة: {ids}.',
    ('Messages', "the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent."):
        'مقياس الإطار ({scale}): يحكم SkillAssess على كل معيار بأنه كفء أو غير كفء بعد.',
    ('Messages', "the framework's scale configuration (which values are proficient)."):
        'إعدادات مقياس الإطار (أي القيم تعني الإتقان).',
    ('Messages', "the framework's taxonomy (names of its levels): {taxonomy}."):
        'تصنيف الإطار (أسماء مستوياته): {taxonomy}.',
    ('Messages', 'the own scales of {count} competencies: {ids}.'):
        'المقاييس الخاصة بـ{count} كفاءة: {ids}.',
    ('Messages', 'the completion rules of {count} competencies: {rules}.'):
        'قواعد الإكمال لـ{count} كفاءة: {rules}.',
    ('Messages', 'the cross-references of {count} competencies: {refs}.'):
        'الإحالات المتبادلة لـ{count} كفاءة: {refs}.',
    ('Messages', 'the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.'):
        'أوصاف {count} من الوحدات والعناصر (لا يحفظ SkillAssess أوصافًا لها): {ids}.',
    ('Messages', 'the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them 1, 1.1, ...): {ids}.'):
        'أرقام تعريف {count} من العناصر والمعايير والكفاءات الأعمق (يرقّمها SkillAssess \u20661, 1.1, ...\u2069): {ids}.',
    ('Messages', 'Not imported (no place in SkillAssess):'):
        'لم يُستورد (لا مكان له في SkillAssess):',
    ('Messages', '{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 (in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.'):
        '{file}، السطر {line}: الملف ليس نصًا بترميز UTF-8؛ احفظ ملف CSV بترميز UTF-8 (في Excel: CSV UTF-8؛ في LibreOffice: مجموعة المحارف Unicode (UTF-8)) ثم أعد المحاولة.',
    ('Messages', '{file}: the file is empty; choose a Moodle competency framework CSV.'):
        '{file}: الملف فارغ؛ اختر ملف CSV لإطار كفاءات Moodle.',
    ('Messages', '{where}, column ID number: the ID number is empty.'):
        '{where}، العمود \u2066ID number\u2069: رقم التعريف فارغ.',
    ('Messages', '{where}: the ID number {id} appears twice (also row {other}).'):
        '{where}: رقم التعريف {id} مكرر مرتين (وأيضًا في الصف {other}).',
    ('Messages', '{where}, column Short name: the short name of {id} is empty.'):
        '{where}، العمود \u2066Short name\u2069: الاسم المختصر لـ{id} فارغ.',
    ('Messages', '{file}: the column Is framework is missing from row 1.'):
        '{file}: العمود \u2066Is framework\u2069 غير موجود في الصف 1.',
    ('Messages', '{file}: no framework row (a row with Is framework = 1).'):
        '{file}: لا يوجد صف للإطار (صف فيه \u2066Is framework = 1\u2069).',
    ('Messages', '{file}, row {row}: the parent {parent} of {id} is not in the file.'):
        '{file}، الصف {row}: الأصل {parent} لـ{id} غير موجود في الملف.',
    ('Messages', 'Level 1 is above the units and has no place: {count} competencies ({ids}).'):
        'المستوى 1 فوق الوحدات ولا مكان له: {count} كفاءة ({ids}).',
    ('Messages', 'Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).'):
        'المستويات من 1 إلى {last} فوق الوحدات ولا مكان لها: {count} كفاءة ({ids}).',
    ('Messages', 'Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), each with one element of the same title; level {e} → {criteria} performance criteria of that element (short name, then description).'):
        'المطابقة: الإطار {code} ← مؤهل؛ المستوى {u} ← {units} وحدة (رقم التعريف ← رمز الوحدة)، لكل منها عنصر واحد بالعنوان نفسه؛ المستوى {e} ← {criteria} معيار أداء لذلك العنصر (الاسم المختصر ثم الوصف).',
    ('Messages', 'Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then description); {deeper} competencies of level {f} and deeper → folded into the text of their criterion, one line each (- short name: description).'):
        'المطابقة: الإطار {code} ← مؤهل؛ المستوى {u} ← {units} وحدة (رقم التعريف ← رمز الوحدة)؛ المستوى {e} ← {elements} عنصر؛ المستوى {c} ← {criteria} معيار أداء (الاسم المختصر ثم الوصف)؛ {deeper} كفاءة من المستوى {f} وما تحته ← تُدمج في نص معيارها، سطرًا لكل منها (- الاسم المختصر: الوصف).',
    ('Messages', '- {what}'):
        '- {what}',
    ('Messages', '{file}, row {row}: more than {limit:,} rows; a framework this large is not a competency standard (is it the right file?).'):
        '{file}، الصف {row}: أكثر من {limit:,} صف؛ إطار بهذا الحجم ليس معيار كفاءة (هل هو الملف الصحيح؟).',
    ('Messages', '{where}: a second framework (the first is on row {first}); import one framework per file.'):
        '{where}: إطار ثانٍ (الأول في الصف {first})؛ استورد إطارًا واحدًا في كل ملف.',
    ('Messages', '{file}, row {row}: the parents of {id} form a cycle ({cycle}).'):
        '{file}، الصف {row}: أصول {id} تشكّل حلقة ({cycle}).',
    ('Messages', '{values}'):
        '{values}',
    ('Messages', '{text}'):
        '{text}',
    ('Messages', 'it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.'):
        'طوله {length} حرفًا؛ استخدم عنوانًا لا يتجاوز {limit} حرفًا، لتبقى رموز QR مقروءة.',
    ('Messages', 'use a web address without spaces or accented letters, for example {example}'):
        'استخدم عنوان ويب بلا مسافات ولا حروف غير الحروف اللاتينية البسيطة، مثلًا {example}',
    ('Messages', 'this is not a web address; write it as {example}'):
        'هذا ليس عنوان ويب؛ اكتبه بالصيغة {example}',
    ('Messages', 'the host name {host} is not a public web address, for example {example}'):
        'اسم المضيف {host} ليس عنوان ويب عامًا، مثل {example}',
    ('Messages', 'the address may not contain ? or # (the certificate is added after #).'):
        'لا يجوز أن يحتوي العنوان على \u2066?\u2069 أو \u2066#\u2069 (تُضاف الشهادة بعد \u2066#\u2069).',
    ('Messages', 'the address must end with / (for example {example})'):
        'يجب أن ينتهي العنوان بـ \u2066/\u2069 (مثلًا {example})',
    ('Messages', 'the address must start with https:// (http:// only for localhost), for example {example}'):
        'يجب أن يبدأ العنوان بـ \u2066https://\u2069 (\u2066http://\u2069 فقط لـ \u2066localhost\u2069)، مثلًا {example}',
    ('Messages', 'Centre name'):
        'اسم المركز',
    ('Messages', "enter the centre's name."):
        'أدخل اسم المركز.',
    ('Messages', 'Centre code'):
        'رمز المركز',
    ('Messages', '1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial.'):
        'من 1 إلى 20 حرفًا أو رقمًا أو شرطة (مثلًا ACC)؛ يبدأ به كل رقم تسلسلي للشهادات.',
    ('Messages', 'Country'):
        'البلد',
    ('Messages', 'the two-letter ISO code, for example GH, ET or LB.'):
        'رمز ISO المكوّن من حرفين، مثلًا GH أو ET أو LB.',
    ('Messages', 'Verification address'):
        'عنوان التحقق',
    ('Messages', 'Signatories'):
        'الموقِّعون',
    ('Messages', 'a certificate has room for {limit} signatories; remove {extra}.'):
        'تتسع الشهادة لـ{limit} من الموقِّعين؛ أزل {extra}.',
    ('Messages', 'The centre settings were not saved:'):
        'لم تُحفظ إعدادات المركز:',
    ('Messages', 'There is no signatory {n}; the centre has {count}.'):
        'لا يوجد الموقِّع {n}؛ للمركز {count} من الموقِّعين.',
    ('Messages', 'Logo'):
        'الشعار',
    ('Messages', 'Address'):
        'العنوان',
    ('Messages', 'Signatory {n}'):
        'الموقِّع {n}',
    ('Messages', 'enter the name, or remove the signatory.'):
        'أدخل الاسم، أو أزل الموقِّع.',
    ('Messages', '{lang} is not a certificate language.'):
        '{lang} ليست لغة من لغات الشهادات.',
    ('Messages', 'Signatory {n}, signature'):
        'الموقِّع {n}، التوقيع',
    ('Messages', 'Signatory {n}, title ({lang})'):
        'الموقِّع {n}، الصفة ({lang})',
    ('Messages', 'Certificate {serial} is genuine and in force (issued by the registered centre {centre}).'):
        'الشهادة {serial} صحيحة وسارية (أصدرها المركز المسجل {centre}).',
    ('Messages', 'The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached the national register: no bundle of {centre} imported here lists it.'):
        'التوقيع صحيح (المفتاح {key} للمركز {centre})، لكن الشهادة {serial} لم تصل إلى السجل الوطني بعد: لا توجد حزمة من {centre} مستوردة هنا تذكرها.',
    ('Messages', 'Certificate {serial} of the centre {centre} was revoked: {reason}'):
        'أُلغيت الشهادة {serial} الصادرة عن المركز {centre}: {reason}',
    ('Messages', 'No registered centre has the code {code}; see skillassess exchange partners.'):
        'لا يوجد مركز مسجل بالرمز {code}؛ انظر \u2066skillassess exchange partners\u2069.',
    ('Messages', "An exchange bundle's file name ends in .sabundle: {file}"):
        'ينتهي اسم ملف حزمة التبادل بـ \u200e.sabundle: {file}',
    ('Messages', 'The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %.'):
        'نسبة العينة كسر أكبر من 0 ولا يتجاوز 1، مثلًا \u20660.1\u2069 تعني 10%.',
    ('Messages', 'The minimum sample size cannot be negative.'):
        'لا يمكن أن يكون الحد الأدنى لحجم العينة سالبًا.',
    ('Messages', 'A moderation outcome is confirmed or not_confirmed, not {outcome}.'):
        'قرار التدقيق إما \u2066confirmed\u2069 أو \u2066not_confirmed\u2069، لا {outcome}.',
    ('Messages', 'There is no sampled result {id} to moderate.'):
        'لا توجد نتيجة مسحوبة في العينة برقم {id} لتدقيقها.',
    ('Messages', 'Say why the result is not confirmed (the notes travel back to the centre).'):
        'اذكر سبب عدم تأكيد النتيجة (تعود الملاحظات إلى المركز).',
    ('Messages', 'No registered centre has the code {code}.'):
        'لا يوجد مركز مسجل بالرمز {code}.',
    ('Messages', '{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was imported.'):
        '{file}: مفاتيحه لا تحوي المفتاح {key} الذي وقّعه، أو تحويه بمعرّف خاطئ؛ لم يُستورد شيء.',
    ('Messages', '{file} has no keys member; nothing was imported.'):
        '{file} ليس فيه العضو \u2066keys\u2069؛ لم يُستورد شيء.',
    ('Messages', '{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.'):
        '{file}: مفاتيحه تعود إلى {owner}، لا إلى مرسله {code}؛ لم يُستورد شيء.',
    ('Messages', '{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; nothing was imported.'):
        '{file}: توقيع بيان محتوياته غير صحيح: غُيّرت الحزمة بعد توقيعها؛ لم يُستورد شيء.',
    ('Messages', 'The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not register it: ask {name} for its fingerprint again.'):
        'البصمة التي كتبتها لا تطابق المفتاح {key} الذي وقّع {file} ({fingerprint}). لا تسجله: اطلب من {name} بصمته مرة أخرى.',
    ('Messages', "{file} was made by this database's own centre ({code}); there is nothing to register."):
        'صُنع {file} بواسطة مركز قاعدة البيانات هذه نفسه ({code})؛ لا شيء لتسجيله.',
    ('Messages', '{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.'):
        '{code} مسجل هنا بصفة {role}، لكن {file} أُرسل منه بصفة {other}؛ لم يتغير شيء.',
    ('Messages', 'The key {key} of {file} is registered here for another partner; nothing was changed.'):
        'المفتاح {key} الخاص بـ{file} مسجل هنا لشريك آخر؛ لم يتغير شيء.',
    ('Messages', 'There is no such assessment (it may have been deleted meanwhile).'):
        'لا يوجد هذا التقييم (ربما حُذف في هذه الأثناء).',
    ('Messages', 'There is no such assessment or performance criterion (it may have been deleted meanwhile).'):
        'لا يوجد هذا التقييم أو معيار الأداء (ربما حُذف في هذه الأثناء).',
    ('Messages', 'Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.'):
        'المعيار {number} ليس من معايير إصدار الوحدة {unit} الخاص بـ{candidate}.',
    ('Messages', 'Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is now {now}. Your value was not saved; look at the cell again and type your value once more if it should replace it.'):
        'غيّر شخص آخر المعيار {number} في التقييم {assessment} منذ أن فتحته: قيمته الآن {now}. لم تُحفظ قيمتك؛ انظر إلى الخلية مجددًا واكتب قيمتك مرة أخرى إن كان يجب أن تحل محلها.',
    ('Messages', '{field}: {path}: {problem}'):
        '{field}: {path}: {problem}',
    ('Messages', '{field}: {path} cannot be read ({reason}).'):
        '{field}: تتعذر قراءة {path} ({reason}).',
})



# verify-page: the QR link and the verification site ----
TRANSLATIONS.update({
    ("VerifyDialog", "Paste the text of the QR code: SA1.… or a link https://…/#SA1.…"):
        f"الصق نص رمز QR: {LRI}SA1.…{PDI} أو رابطًا {LRI}https://…/#SA1.…{PDI}",
    ("MainWindow", "&Verification site…"): "موقع ال&تحقق…",
    ("VerifierExport", "Export the verification site into a folder"): "تصدير موقع التحقق إلى مجلد",
    ("VerifierExport", "Verification site"): "موقع التحقق",
    ("VerifierExport", "The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days."):
        "موقع التحقق موجود في %1 (%2 ملفات). انسخ المجلد إلى عنوان الويب المحدد في إعدادات المركز، أو إلى ذاكرة "
        "USB: يمكن أيضًا فتح index.html كملف. أعد تصديره بعد إلغاء أي شهادة، ومرة كل %3 يومًا على الأقل.",
})


# lead: after the verify-page merge ----
TRANSLATIONS.update({
    ("Messages", "The folder {folder} cannot be made: {reason}"): "تعذّر إنشاء المجلد {folder}: {reason}",
})

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
        f"هذه قاعدة البيانات التجريبية. المستخدمون: {LRI}%1{PDI}. كلمة مرور كل مستخدم هي demo- متبوعة باسم "
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

# verify-page: the QR link and the verification site ----
TRANSLATIONS.update({
    ("VerifyDialog", "Paste the text of the QR code: SA1.… or a link https://…/#SA1.…"):
        "الصق نص رمز QR: ‏SA1.…‏ أو رابطًا ‎https://…/#SA1.…‎",
    ("MainWindow", "&Verification site…"): "موقع ال&تحقق…",
    ("VerifierExport", "Export the verification site into a folder"): "تصدير موقع التحقق إلى مجلد",
    ("VerifierExport", "Verification site"): "موقع التحقق",
    ("VerifierExport", "The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, and at least every %3 days."):
        "موقع التحقق موجود في %1 (%2 ملفات). انسخ المجلد إلى عنوان الويب المحدد في إعدادات المركز، أو إلى ذاكرة "
        "USB: يمكن أيضًا فتح index.html كملف. أعد تصديره بعد إلغاء أي شهادة، ومرة كل %3 يومًا على الأقل.",
})

"""Arabic translations for Open Badges (branch badges)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CertificatesPage", "Save badge…"): "حفظ الشارة…",
    (
        "CertificatesPage",
        "An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.",
    ): "شارة Open Badge \u200f(.jwt) لكل شهادة، موقّعة بمفتاح المركز: يستوردها المرشح إلى محفظة رقمية، وتتحقق منها برامج أصحاب العمل.",
    ("CertificatesPage", "Open Badge (*.jwt)"): "شارة Open Badge \u200f(*.jwt)",
    ("CertificatesPage", "ZIP of one badge per certificate (*.zip)"): "ملف ZIP بشارة لكل شهادة (*.zip)",
    ("CertificatesPage", "Save badges"): "حفظ الشارات",
    ("CertificatesPage", "%n badge(s) saved"): [
        "لم تُحفظ أي شارة",
        "حُفظت شارة واحدة",
        "حُفظت شارتان",
        "حُفظت %Ln شارات",
        "حُفظت %Ln شارة",
        "حُفظت %Ln شارة",
    ],
    ("CertificatesPage", "Signing %n badge(s)…"): [
        "لا توجد شارات للتوقيع…",
        "جارٍ توقيع شارة واحدة…",
        "جارٍ توقيع شارتين…",
        "جارٍ توقيع %Ln شارات…",
        "جارٍ توقيع %Ln شارة…",
        "جارٍ توقيع %Ln شارة…",
    ],
    ("VerifyDialog", "Open image, PDF or badge…"): "فتح صورة أو ملف PDF أو شارة…",
    (
        "VerifyDialog",
        "Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)",
    ): "الشهادات والشارات (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;كل الملفات (*)",
    (
        "Messages",
        "This file is far too large to be a badge ({size} bytes).",
    ): "هذا الملف أكبر بكثير من أن يكون شارة ({size} بايت).",
    ("Messages", "The badge is empty."): "الشارة فارغة.",
    (
        "Messages",
        "This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.",
    ): "هذه ليست شارة بصيغة JWT (ثلاثة أجزاء base64url تفصلها نقاط) ولا اعتمادًا بصيغة JSON؛ ربما عُدّلت.",
    ("Messages", "it has no @context"): "ليس فيها @context",
    (
        "Messages",
        "its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)",
    ): "نوعها {types}، وليس OpenBadgeCredential (ولا AchievementCredential)",
    ("Messages", "it names no issuer"): "لا تذكر أي جهة مُصدِرة",
    ("Messages", "it has no credentialSubject"): "ليس فيها credentialSubject",
    (
        "Messages",
        "This file is not text: a badge is a .jwt file or a JSON credential.",
    ): "هذا الملف ليس نصًا: الشارة ملف \u200e.jwt أو اعتماد بصيغة JSON.",
    (
        "Messages",
        "The badge's JWT is not valid base64url: it was changed or damaged.",
    ): "رمز JWT في الشارة ليس base64url صالحًا: عُدّل أو تلف.",
    ("Messages", "the type of its subject is {types}, not {wanted}"): "نوع موضوعها {types}، وليس {wanted}",
    ("Messages", "evidence {n} is of type {types}, not Evidence"): "الدليل {n} من نوع {types}، وليس Evidence",
    ("Messages", "it has no validFrom (nor issuanceDate)"): "ليس فيها validFrom (ولا issuanceDate)",
    ("Messages", "it expired on {date}"): "انتهت صلاحيتها في {date}",
    ("Messages", "its JWT jti differs from its id"): "قيمة jti في JWT تختلف عن id",
    ("Messages", "its JWT iss differs from its issuer"): "قيمة iss في JWT تختلف عن الجهة المُصدِرة",
    ("Messages", "it is not valid before {date}"): "ليست صالحة قبل {date}",
    ("Messages", "{file} cannot be read: {reason}"): "تعذّرت قراءة {file}: {reason}",
    (
        "Messages",
        "This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.",
    ): "لم تُصدر هذه الشارة من مركز تعرفه قاعدة البيانات هذه (الجهة المُصدِرة: {issuer})؛ {why} اطلب من مُصدرها، أو من جهة تحقق تثق به، تأكيدها.",
    ("Messages", "The badge of certificate {serial} is genuine and in force."): "شارة الشهادة {serial} أصلية وسارية.",
    (
        "Messages",
        "Certificate {serial} is revoked ({reason}); it gets no badge.",
    ): "الشهادة {serial} ملغاة ({reason})؛ لا تُمنح لها شارة.",
    ("Messages", "Choose at least one certificate."): "اختر شهادة واحدة على الأقل.",
    ("Messages", "No badge was written:"): "لم تُكتب أي شارة:",
    (
        "Messages",
        "{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.",
    ): "{path}: تُكتب الشارة في ملف \u200e.jwt (الاعتماد الموقّع كما تستورده المحافظ الرقمية)؛ أما ملف \u200e.json فسيحمل الاعتماد دون توقيعه. حدّد FILE.jwt أو FILE.zip أو مجلدًا.",
    (
        "Messages",
        "{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).",
    ): "{path}: حدّد FILE.jwt (شهادة واحدة) أو FILE.zip أو مجلدًا (ملف \u200e.jwt لكل شهادة).",
    ("Messages", "This badge is not valid: {problems}."): "هذه الشارة غير صالحة: {problems}.",
    ("Messages", "its proof ({kinds}) cannot be checked here."): "لا يمكن التحقق من إثباتها ({kinds}) هنا.",
    ("Messages", "it carries no proof at all."): "لا تحمل أي إثبات.",
    (
        "Messages",
        "it is signed with {alg}, and no key here can check it.",
    ): "موقّعة بخوارزمية {alg}، ولا يوجد هنا مفتاح يمكنه التحقق منها.",
    ("Messages", "its JWT names no Ed25519 key."): "لا يذكر رمز JWT فيها أي مفتاح Ed25519.",
    ("Messages", "its key {key} is not one of this centre's keys."): "مفتاحها {key} ليس من مفاتيح هذا المركز.",
    (
        "Messages",
        "The badge's signature does not match its content: it was changed or forged.",
    ): "توقيع الشارة لا يطابق محتواها: عُدّلت أو زُوّرت.",
    (
        "Messages",
        "The badge is signed with this centre's key but names no certificate.",
    ): "الشارة موقّعة بمفتاح هذا المركز لكنها لا تذكر أي شهادة.",
    (
        "Messages",
        "The badge's signature is valid, but it states another {fields} than the register entry of {serial}.",
    ): "توقيع الشارة صالح، لكنها تذكر {fields} مختلفًا عن قيد السجل للشهادة {serial}.",
    ("Messages", "The badge of certificate {serial} is revoked: {reason}"): "شارة الشهادة {serial} ملغاة: {reason}",
    (
        "Messages",
        "{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.",
    ): "{path}: يحمل ملف \u200e.jwt شارة واحدة؛ لعدد {count} من الشهادات حدّد مجلدًا أو ملف \u200e.zip.",
    ("Messages", "This is not a readable badge: {problem}"): "هذه ليست شارة مقروءة: {problem}",
    (
        "Messages",
        "This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.",
    ): "يذكر هذا الاعتماد شهادة من SkillAssess لكنه لا يحمل توقيعًا: لا يمكن التحقق إلا من ملف \u200e.jwt الذي كتبه المركز.",
    (
        "Messages",
        "The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.",
    ): "وُقّعت الشارة بالمفتاح {key}، وهو ليس مفتاحًا موثوقًا لهذا المركز: {problem}. لا تقبل هذه الشارة.",
    (
        "Messages",
        "Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.",
    ): "شهادة غير معروفة: توقيع الشارة أصلي (المفتاح {key})، لكن الشهادة {serial} ليست في سجل قاعدة البيانات هذه.",
    (
        "Messages",
        "The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.",
    ): "مفتاح الشارة ليس مفتاح Ed25519 صالحًا (jwk أو did:key): عُدّل أو تلف.",
    (
        "Messages",
        "The badge is not a JSON object in UTF-8: it was changed or damaged.",
    ): "الشارة ليست كائن JSON بترميز UTF-8: عُدّلت أو تلفت.",
    ("Messages", "the Open Badges of certificates (.jwt)"): "شارات Open Badges للشهادات (.jwt)",
    (
        "Messages",
        "The badge is signed with a registered centre's key but names no certificate.",
    ): "الشارة موقّعة بمفتاح مركز مسجَّل لكنها لا تذكر أي شهادة.",
    (
        "Messages",
        "The badge's signature is valid, but it states something else than the certificate {serial} it carries.",
    ): "توقيع الشارة صالح، لكنها تذكر شيئًا مختلفًا عن الشهادة {serial} التي تحملها.",
    ("Messages", "a date in it is not a date and time ({date})"): "فيها تاريخ ليس تاريخًا ووقتًا صالحين ({date})",
}

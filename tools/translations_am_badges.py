"""Amharic translations for Open Badges (branch badges)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CertificatesPage", "Save badge…"): "ባጁን አስቀምጥ…",
    (
        "CertificatesPage",
        "An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.",
    ): "ለእያንዳንዱ የምስክር ወረቀት አንድ Open Badge (.jwt)፣ በማዕከሉ ቁልፍ የተፈረመ፦ ዕጩው ወደ ዲጂታል ቦርሳ ያስገባዋል፣ የአሠሪዎች ሶፍትዌርም ያረጋግጠዋል።",
    ("CertificatesPage", "Open Badge (*.jwt)"): "Open Badge (*.jwt)",
    ("CertificatesPage", "ZIP of one badge per certificate (*.zip)"): "ለእያንዳንዱ የምስክር ወረቀት አንድ ባጅ የያዘ ZIP (*.zip)",
    ("CertificatesPage", "Save badges"): "ባጆችን አስቀምጥ",
    ("CertificatesPage", "%n badge(s) saved"): ["%n ባጅ ተቀምጧል", "%n ባጆች ተቀምጠዋል"],
    ("CertificatesPage", "Signing %n badge(s)…"): ["%n ባጅ እየተፈረመ ነው…", "%n ባጆች እየተፈረሙ ነው…"],
    ("VerifyDialog", "Open image, PDF or badge…"): "ምስል፣ PDF ወይም ባጅ ክፈት…",
    (
        "VerifyDialog",
        "Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)",
    ): "የምስክር ወረቀቶችና ባጆች (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;ሁሉም ፋይሎች (*)",
    ("Messages", "This file is far too large to be a badge ({size} bytes)."): "ይህ ፋይል ባጅ ለመሆን እጅግ ትልቅ ነው ({size} ባይት)።",
    ("Messages", "The badge is empty."): "ባጁ ባዶ ነው።",
    (
        "Messages",
        "This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.",
    ): "ይህ በJWT መልክ ያለ ባጅ (በነጥብ የተያያዙ ሦስት base64url ክፍሎች) ወይም JSON ማስረጃ አይደለም፤ ተቀይሮ ሊሆን ይችላል።",
    ("Messages", "it has no @context"): "@context የለውም",
    (
        "Messages",
        "its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)",
    ): "ዓይነቱ {types} ነው፣ OpenBadgeCredential (ወይም AchievementCredential) አይደለም",
    ("Messages", "it names no issuer"): "ሰጪውን አይጠቅስም",
    ("Messages", "it has no credentialSubject"): "credentialSubject የለውም",
    (
        "Messages",
        "This file is not text: a badge is a .jwt file or a JSON credential.",
    ): "ይህ ፋይል ጽሑፍ አይደለም፦ ባጅ .jwt ፋይል ወይም JSON ማስረጃ ነው።",
    (
        "Messages",
        "The badge's JWT is not valid base64url: it was changed or damaged.",
    ): "የባጁ JWT ትክክለኛ base64url አይደለም፦ ተቀይሯል ወይም ተበላሽቷል።",
    ("Messages", "the type of its subject is {types}, not {wanted}"): "የባለቤቱ ዓይነት {types} ነው፣ {wanted} አይደለም",
    ("Messages", "evidence {n} is of type {types}, not Evidence"): "ማስረጃ {n} ዓይነቱ {types} ነው፣ Evidence አይደለም",
    ("Messages", "it has no validFrom (nor issuanceDate)"): "validFrom (ወይም issuanceDate) የለውም",
    ("Messages", "it expired on {date}"): "በ{date} ጊዜው አልፏል",
    ("Messages", "its JWT jti differs from its id"): "የJWT jti ከid ይለያል",
    ("Messages", "its JWT iss differs from its issuer"): "የJWT iss ከሰጪው ይለያል",
    ("Messages", "it is not valid before {date}"): "ከ{date} በፊት የሚሠራ አይደለም",
    ("Messages", "{file} cannot be read: {reason}"): "{file} ሊነበብ አይችልም፦ {reason}",
    (
        "Messages",
        "This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.",
    ): "ይህ ባጅ ይህ የመረጃ ቋት በሚያውቀው ማዕከል አልተሰጠም (ሰጪ፦ {issuer})፤ {why} ሰጪውን ወይም የሚያምነውን አረጋጋጭ እንዲያረጋግጥ ይጠይቁ።",
    (
        "Messages",
        "The badge of certificate {serial} is genuine and in force.",
    ): "የምስክር ወረቀት {serial} ባጅ እውነተኛና በሥራ ላይ ያለ ነው።",
    (
        "Messages",
        "Certificate {serial} is revoked ({reason}); it gets no badge.",
    ): "የምስክር ወረቀት {serial} ተሰርዟል ({reason})፤ ባጅ አይሰጠውም።",
    ("Messages", "Choose at least one certificate."): "ቢያንስ አንድ የምስክር ወረቀት ይምረጡ።",
    ("Messages", "No badge was written:"): "ምንም ባጅ አልተጻፈም፦",
    (
        "Messages",
        "{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.",
    ): "{path}፦ ባጅ የሚጻፈው እንደ .jwt ፋይል ነው (ቦርሳዎች የሚያስገቡት የተፈረመ ማስረጃ)፤ .json ፋይል ማስረጃውን ያለ ፊርማው ይይዛል። FILE.jwt፣ FILE.zip ወይም አቃፊ ይስጡ።",
    (
        "Messages",
        "{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).",
    ): "{path}፦ FILE.jwt (አንድ የምስክር ወረቀት)፣ FILE.zip ወይም አቃፊ (ለእያንዳንዱ የምስክር ወረቀት አንድ .jwt) ይስጡ።",
    ("Messages", "This badge is not valid: {problems}."): "ይህ ባጅ ትክክለኛ አይደለም፦ {problems}።",
    ("Messages", "its proof ({kinds}) cannot be checked here."): "ማረጋገጫው ({kinds}) እዚህ ሊፈተሽ አይችልም።",
    ("Messages", "it carries no proof at all."): "ምንም ማረጋገጫ የለውም።",
    (
        "Messages",
        "it is signed with {alg}, and no key here can check it.",
    ): "በ{alg} ተፈርሟል፣ እዚህ ያለ ምንም ቁልፍ ሊያረጋግጠው አይችልም።",
    ("Messages", "its JWT names no Ed25519 key."): "JWT-ው ምንም Ed25519 ቁልፍ አይጠቅስም።",
    ("Messages", "its key {key} is not one of this centre's keys."): "ቁልፉ {key} ከዚህ ማዕከል ቁልፎች አንዱ አይደለም።",
    (
        "Messages",
        "The badge's signature does not match its content: it was changed or forged.",
    ): "የባጁ ፊርማ ከይዘቱ ጋር አይዛመድም፦ ተቀይሯል ወይም ተጭበርብሯል።",
    (
        "Messages",
        "The badge is signed with this centre's key but names no certificate.",
    ): "ባጁ በዚህ ማዕከል ቁልፍ ተፈርሟል ግን ምንም የምስክር ወረቀት አይጠቅስም።",
    (
        "Messages",
        "The badge's signature is valid, but it states another {fields} than the register entry of {serial}.",
    ): "የባጁ ፊርማ ትክክለኛ ነው፣ ነገር ግን ከ{serial} የመዝገብ ግቤት የተለየ {fields} ይገልጻል።",
    ("Messages", "The badge of certificate {serial} is revoked: {reason}"): "የምስክር ወረቀት {serial} ባጅ ተሰርዟል፦ {reason}",
    (
        "Messages",
        "{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.",
    ): "{path}፦ አንድ .jwt ፋይል አንድ ባጅ ይይዛል፤ ለ{count} የምስክር ወረቀቶች አቃፊ ወይም .zip ፋይል ይስጡ።",
    ("Messages", "This is not a readable badge: {problem}"): "ይህ የሚነበብ ባጅ አይደለም፦ {problem}",
    (
        "Messages",
        "This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.",
    ): "ይህ ማስረጃ የSkillAssess የምስክር ወረቀት ይጠቅሳል ግን ፊርማ የለውም፦ ሊረጋገጥ የሚችለው ማዕከሉ የጻፈው .jwt ፋይል ብቻ ነው።",
    (
        "Messages",
        "The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.",
    ): "ባጁ የተፈረመው በቁልፍ {key} ነው፣ እሱም የዚህ ማዕከል የታመነ ቁልፍ አይደለም፦ {problem}። ይህን ባጅ አይቀበሉ።",
    (
        "Messages",
        "Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.",
    ): "ያልታወቀ የምስክር ወረቀት፦ የባጁ ፊርማ እውነተኛ ነው (ቁልፍ {key})፣ ነገር ግን የምስክር ወረቀት {serial} በዚህ የመረጃ ቋት መዝገብ ውስጥ የለም።",
    (
        "Messages",
        "The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.",
    ): "የባጁ ቁልፍ ትክክለኛ Ed25519 ቁልፍ (jwk ወይም did:key) አይደለም፦ ተቀይሯል ወይም ተበላሽቷል።",
    (
        "Messages",
        "The badge is not a JSON object in UTF-8: it was changed or damaged.",
    ): "ባጁ በUTF-8 የተጻፈ JSON ነገር አይደለም፦ ተቀይሯል ወይም ተበላሽቷል።",
    ("Messages", "the Open Badges of certificates (.jwt)"): "የምስክር ወረቀቶች Open Badges (.jwt)",
    (
        "Messages",
        "The badge is signed with a registered centre's key but names no certificate.",
    ): "ባጁ በተመዘገበ ማዕከል ቁልፍ ተፈርሟል ግን ምንም የምስክር ወረቀት አይጠቅስም።",
    (
        "Messages",
        "The badge's signature is valid, but it states something else than the certificate {serial} it carries.",
    ): "የባጁ ፊርማ ትክክለኛ ነው፣ ነገር ግን ከያዘው የምስክር ወረቀት {serial} የተለየ ነገር ይገልጻል።",
    ("Messages", "a date in it is not a date and time ({date})"): "በውስጡ ያለ ቀን ትክክለኛ ቀንና ሰዓት አይደለም ({date})",
}

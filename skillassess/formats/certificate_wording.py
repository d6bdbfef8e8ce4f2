"""The fixed wording of certificates in each language (formats have no Qt, so no Qt translation here)."""

from __future__ import annotations

from skillassess.core.errors import ValidationError

# Certificates print in every interface language (each one has its WORDING below).
from skillassess.core.languages import LANGUAGES as LANGUAGES

RTL_LANGUAGES = frozenset({"ar"})

WORDING: dict[str, dict[str, str]] = {
    "en": {
        "title_full": "Certificate",
        "title_statement": "Statement of Attainment",
        "certify": "This is to certify that",
        "achieved_full": "has met all the requirements of the qualification",
        "achieved_statement": "has been assessed as competent in the units of competency listed below, towards the qualification",
        "units": "Units of competency",
        "continued": "(continued)",
        "level": "Level",
        "date": "Date of issue",
        "serial": "Serial number",
        "reprint": "REPRINT",
        "verify": "Scan the QR code to verify this certificate",
        "replaces": "Replaces certificate",
        "page": "Page",
        # the outcome of each unit, in words (the units table)
        "outcome_C": "Competent",
        "outcome_RPL": "RPL",
        "outcome_CT": "Credit transfer",
        "preview": "PREVIEW · NOT ISSUED",
    },
    "fr": {
        "title_full": "Certificat",
        "title_statement": "Attestation de compétences",
        "certify": "Nous certifions que",
        "achieved_full": "a satisfait à toutes les exigences de la qualification",
        "achieved_statement": "a été reconnu(e) compétent(e) dans les unités de compétence ci-dessous, en vue de la qualification",
        "units": "Unités de compétence",
        "continued": "(suite)",
        "level": "Niveau",
        "date": "Date de délivrance",
        "serial": "Numéro de série",
        "reprint": "DUPLICATA",
        "verify": "Scannez le code QR pour vérifier ce certificat",
        "replaces": "Remplace le certificat",
        "page": "Page",
        # the outcome of each unit, in words (the units table)
        "outcome_C": "Compétent",
        "outcome_RPL": "VAE",
        "outcome_CT": "Transfert de crédits",
        "preview": "APERÇU · NON DÉLIVRÉ",
    },
    "ar": {
        "title_full": "شهادة",
        "title_statement": "إفادة إنجاز",
        "certify": "نشهد بأن",
        "achieved_full": "قد استوفى جميع متطلبات المؤهل",
        "achieved_statement": "قد ثبتت كفاءته في وحدات الكفاءة المذكورة أدناه، ضمن المؤهل",
        "units": "وحدات الكفاءة",
        "continued": "(تابع)",
        "level": "المستوى",
        "date": "تاريخ الإصدار",
        "serial": "الرقم التسلسلي",
        "reprint": "نسخة معادة",
        "verify": "امسح رمز QR للتحقق من هذه الشهادة",
        "replaces": "تحل محل الشهادة",
        "page": "صفحة",
        # the outcome of each unit, in words (the units table)
        "outcome_C": "كفء",
        "outcome_RPL": "تعلم سابق",
        "outcome_CT": "معادلة",
        "preview": "معاينة · لم تصدر",
    },
    "am": {
        "title_full": "የምስክር ወረቀት",
        "title_statement": "የብቃት ማረጋገጫ መግለጫ",
        "certify": "ይህ የሚያረጋግጠው",
        "achieved_full": "የሚከተለውን የብቃት ማዕቀፍ መስፈርቶች በሙሉ ማሟላታቸውን ነው",
        "achieved_statement": "ከዚህ በታች በተዘረዘሩት የብቃት አሃዶች ብቁ ሆነው መገኘታቸውን ነው፤ ለሚከተለው የብቃት ማዕቀፍ",
        "units": "የብቃት አሃዶች",
        "continued": "(የቀጠለ)",
        "level": "ደረጃ",
        "date": "የተሰጠበት ቀን",
        "serial": "መለያ ቁጥር",
        "reprint": "በድጋሚ የታተመ",
        "verify": "ይህን የምስክር ወረቀት ለማረጋገጥ የQR ኮዱን ይቃኙ",
        "replaces": "የሚተካው የምስክር ወረቀት",
        "page": "ገጽ",
        # the outcome of each unit, in words (the units table)
        "outcome_C": "ብቁ",
        "outcome_RPL": "RPL",
        "outcome_CT": "የክሬዲት ዝውውር",
        "preview": "ቅድመ እይታ · ያልተሰጠ",
    },
    "sw": {
        "title_full": "Cheti",
        "title_statement": "Taarifa ya Umahiri",
        "certify": "Hii ni kuthibitisha kwamba",
        "achieved_full": "ametimiza masharti yote ya sifa",
        "achieved_statement": "amethibitishwa kuwa na umahiri katika vipengele vya umahiri vilivyoorodheshwa hapa chini, kuelekea sifa",
        "units": "Vipengele vya umahiri",
        "continued": "(inaendelea)",
        "level": "Ngazi",
        "date": "Tarehe ya kutolewa",
        "serial": "Namba ya cheti",
        "reprint": "NAKALA",
        "verify": "Changanua msimbo wa QR kuthibitisha cheti hiki",
        "replaces": "Kinachukua nafasi ya cheti",
        "page": "Ukurasa",
        # the outcome of each unit, in words (the units table)
        "outcome_C": "Mahiri",
        "outcome_RPL": "RPL",
        "outcome_CT": "Uhamisho wa mikopo",
        "preview": "ONYESHO · HAKIJATOLEWA",
    },
}


def parse_languages(text: str) -> tuple[str, ...]:
    """``"en"`` or ``"en,ar"`` as a tuple of one or two known language codes (raises ValidationError)."""
    codes = tuple(c.strip().lower() for c in text.split(",") if c.strip())
    problems = [f"unknown language {c!r} (use {', '.join(LANGUAGES)})" for c in codes if c not in LANGUAGES]
    if not codes:
        problems.append("no language given")
    if len(codes) > 2:
        problems.append("at most two languages (a bilingual certificate)")
    if len(set(codes)) != len(codes):
        problems.append("the same language twice")
    if problems:
        raise ValidationError(f"Certificate languages {text!r} are not usable.", problems)
    return codes


def word(lang: str, key: str) -> str:
    return WORDING[lang][key]

"""Swahili translations for Open Badges (branch badges)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CertificatesPage", "Save badge…"): "Hifadhi beji…",
    (
        "CertificatesPage",
        "An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.",
    ): "Open Badge (.jwt) moja kwa kila cheti, iliyotiwa sahihi kwa ufunguo wa kituo: mtahiniwa huiingiza kwenye pochi ya kidijitali, na programu za waajiri huikagua.",
    ("CertificatesPage", "Open Badge (*.jwt)"): "Open Badge (*.jwt)",
    ("CertificatesPage", "ZIP of one badge per certificate (*.zip)"): "ZIP ya beji moja kwa kila cheti (*.zip)",
    ("CertificatesPage", "Save badges"): "Hifadhi beji",
    ("CertificatesPage", "%n badge(s) saved"): ["Beji %n imehifadhiwa", "Beji %n zimehifadhiwa"],
    ("CertificatesPage", "Signing %n badge(s)…"): ["Inatia sahihi beji %n…", "Inatia sahihi beji %n…"],
    ("VerifyDialog", "Open image, PDF or badge…"): "Fungua picha, PDF au beji…",
    (
        "VerifyDialog",
        "Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)",
    ): "Vyeti na beji (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;Faili zote (*)",
    (
        "Messages",
        "This file is far too large to be a badge ({size} bytes).",
    ): "Faili hii ni kubwa mno kuwa beji (baiti {size}).",
    ("Messages", "The badge is empty."): "Beji ni tupu.",
    (
        "Messages",
        "This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.",
    ): "Hii si beji ya muundo wa JWT (sehemu tatu za base64url zilizounganishwa kwa nukta) wala hati ya JSON; huenda imebadilishwa.",
    ("Messages", "it has no @context"): "haina @context",
    (
        "Messages",
        "its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)",
    ): "aina yake ni {types}, si OpenBadgeCredential (wala AchievementCredential)",
    ("Messages", "it names no issuer"): "haitaji mtoaji",
    ("Messages", "it has no credentialSubject"): "haina credentialSubject",
    (
        "Messages",
        "This file is not text: a badge is a .jwt file or a JSON credential.",
    ): "Faili hii si maandishi: beji ni faili .jwt au hati ya JSON.",
    (
        "Messages",
        "The badge's JWT is not valid base64url: it was changed or damaged.",
    ): "JWT ya beji si base64url halali: imebadilishwa au kuharibika.",
    ("Messages", "the type of its subject is {types}, not {wanted}"): "aina ya mhusika wake ni {types}, si {wanted}",
    ("Messages", "evidence {n} is of type {types}, not Evidence"): "ushahidi {n} ni wa aina {types}, si Evidence",
    ("Messages", "it has no validFrom (nor issuanceDate)"): "haina validFrom (wala issuanceDate)",
    ("Messages", "it expired on {date}"): "muda wake uliisha tarehe {date}",
    ("Messages", "its JWT jti differs from its id"): "jti ya JWT yake inatofautiana na id yake",
    ("Messages", "its JWT iss differs from its issuer"): "iss ya JWT yake inatofautiana na mtoaji wake",
    ("Messages", "it is not valid before {date}"): "si halali kabla ya tarehe {date}",
    ("Messages", "{file} cannot be read: {reason}"): "{file} haiwezi kusomwa: {reason}",
    (
        "Messages",
        "This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.",
    ): "Beji hii haikutolewa na kituo ambacho hifadhidata hii inakijua (mtoaji: {issuer}); {why} Muombe mtoaji wake, au mkaguzi anayemwamini, aithibitishe.",
    (
        "Messages",
        "The badge of certificate {serial} is genuine and in force.",
    ): "Beji ya cheti {serial} ni halisi na inatumika.",
    (
        "Messages",
        "Certificate {serial} is revoked ({reason}); it gets no badge.",
    ): "Cheti {serial} kimefutwa ({reason}); hakipati beji.",
    ("Messages", "Choose at least one certificate."): "Chagua angalau cheti kimoja.",
    ("Messages", "No badge was written:"): "Hakuna beji iliyoandikwa:",
    (
        "Messages",
        "{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.",
    ): "{path}: beji huandikwa kama faili .jwt (hati iliyotiwa sahihi, kama pochi za kidijitali zinavyoiingiza); faili .json ingebeba hati bila sahihi yake. Toa FILE.jwt, FILE.zip au folda.",
    (
        "Messages",
        "{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).",
    ): "{path}: toa FILE.jwt (cheti kimoja), FILE.zip au folda (.jwt moja kwa kila cheti).",
    ("Messages", "This badge is not valid: {problems}."): "Beji hii si halali: {problems}.",
    ("Messages", "its proof ({kinds}) cannot be checked here."): "uthibitisho wake ({kinds}) hauwezi kukaguliwa hapa.",
    ("Messages", "it carries no proof at all."): "haina uthibitisho wowote.",
    (
        "Messages",
        "it is signed with {alg}, and no key here can check it.",
    ): "imetiwa sahihi kwa {alg}, na hakuna ufunguo hapa unaoweza kuikagua.",
    ("Messages", "its JWT names no Ed25519 key."): "JWT yake haitaji ufunguo wowote wa Ed25519.",
    (
        "Messages",
        "its key {key} is not one of this centre's keys.",
    ): "ufunguo wake {key} si mmoja wa funguo za kituo hiki.",
    (
        "Messages",
        "The badge's signature does not match its content: it was changed or forged.",
    ): "Sahihi ya beji hailingani na maudhui yake: imebadilishwa au kughushiwa.",
    (
        "Messages",
        "The badge is signed with this centre's key but names no certificate.",
    ): "Beji imetiwa sahihi kwa ufunguo wa kituo hiki lakini haitaji cheti chochote.",
    (
        "Messages",
        "The badge's signature is valid, but it states another {fields} than the register entry of {serial}.",
    ): "Sahihi ya beji ni halali, lakini inaeleza {fields} tofauti na ingizo la rejista la {serial}.",
    ("Messages", "The badge of certificate {serial} is revoked: {reason}"): "Beji ya cheti {serial} imefutwa: {reason}",
    (
        "Messages",
        "{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.",
    ): "{path}: faili moja .jwt hubeba beji moja; kwa vyeti {count} toa folda au faili .zip.",
    ("Messages", "This is not a readable badge: {problem}"): "Hii si beji inayosomeka: {problem}",
    (
        "Messages",
        "This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.",
    ): "Hati hii inataja cheti cha SkillAssess lakini haina sahihi: faili .jwt iliyoandikwa na kituo pekee ndiyo inayoweza kukaguliwa.",
    (
        "Messages",
        "The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.",
    ): "Beji ilitiwa sahihi kwa ufunguo {key}, ambao si ufunguo unaoaminika wa kituo hiki: {problem}. Usikubali beji hii.",
    (
        "Messages",
        "Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.",
    ): "Cheti kisichojulikana: sahihi ya beji ni halisi (ufunguo {key}), lakini cheti {serial} hakimo kwenye rejista ya hifadhidata hii.",
    (
        "Messages",
        "The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.",
    ): "Ufunguo wa beji si ufunguo halali wa Ed25519 (jwk au did:key): umebadilishwa au kuharibika.",
    (
        "Messages",
        "The badge is not a JSON object in UTF-8: it was changed or damaged.",
    ): "Beji si kitu cha JSON katika UTF-8: imebadilishwa au kuharibika.",
    ("Messages", "the Open Badges of certificates (.jwt)"): "Open Badges za vyeti (.jwt)",
    (
        "Messages",
        "The badge is signed with a registered centre's key but names no certificate.",
    ): "Beji imetiwa sahihi kwa ufunguo wa kituo kilichosajiliwa lakini haitaji cheti chochote.",
    (
        "Messages",
        "The badge's signature is valid, but it states something else than the certificate {serial} it carries.",
    ): "Sahihi ya beji ni halali, lakini inaeleza kitu tofauti na cheti {serial} inachobeba.",
    ("Messages", "a date in it is not a date and time ({date})"): "tarehe ndani yake si tarehe na saa halali ({date})",
}

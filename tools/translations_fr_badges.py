"""French translations for Open Badges (branch badges)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CertificatesPage", "Save badge…"): "Enregistrer le badge…",
    (
        "CertificatesPage",
        "An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a digital wallet, and employers' software checks it.",
    ): "Un Open Badge (.jwt) par certificat, signé avec la clé du centre : le candidat l'importe dans un portefeuille numérique, et les logiciels des employeurs le vérifient.",
    ("CertificatesPage", "Open Badge (*.jwt)"): "Open Badge (*.jwt)",
    ("CertificatesPage", "ZIP of one badge per certificate (*.zip)"): "ZIP d'un badge par certificat (*.zip)",
    ("CertificatesPage", "Save badges"): "Enregistrer les badges",
    ("CertificatesPage", "%n badge(s) saved"): ["%Ln badge enregistré", "%Ln badges enregistrés"],
    ("CertificatesPage", "Signing %n badge(s)…"): ["Signature de %Ln badge…", "Signature de %Ln badges…"],
    ("VerifyDialog", "Open image, PDF or badge…"): "Ouvrir une image, un PDF ou un badge…",
    (
        "VerifyDialog",
        "Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)",
    ): "Certificats et badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;Tous les fichiers (*)",
    (
        "Messages",
        "This file is far too large to be a badge ({size} bytes).",
    ): "Ce fichier est bien trop grand pour être un badge ({size} octets).",
    ("Messages", "The badge is empty."): "Le badge est vide.",
    (
        "Messages",
        "This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; it may have been changed.",
    ): "Ce n'est ni un badge au format JWT (trois parties base64url séparées par des points) ni une attestation JSON ; il a peut-être été modifié.",
    ("Messages", "it has no @context"): "il n'a pas de @context",
    (
        "Messages",
        "its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)",
    ): "son type est {types}, pas OpenBadgeCredential (ni AchievementCredential)",
    ("Messages", "it names no issuer"): "il ne nomme aucun émetteur",
    ("Messages", "it has no credentialSubject"): "il n'a pas de credentialSubject",
    (
        "Messages",
        "This file is not text: a badge is a .jwt file or a JSON credential.",
    ): "Ce fichier n'est pas du texte : un badge est un fichier .jwt ou une attestation JSON.",
    (
        "Messages",
        "The badge's JWT is not valid base64url: it was changed or damaged.",
    ): "Le JWT du badge n'est pas du base64url valide : il a été modifié ou endommagé.",
    ("Messages", "the type of its subject is {types}, not {wanted}"): "le type de son sujet est {types}, pas {wanted}",
    ("Messages", "evidence {n} is of type {types}, not Evidence"): "la preuve {n} est de type {types}, pas Evidence",
    ("Messages", "it has no validFrom (nor issuanceDate)"): "il n'a pas de validFrom (ni issuanceDate)",
    ("Messages", "it expired on {date}"): "il a expiré le {date}",
    ("Messages", "its JWT jti differs from its id"): "le jti de son JWT diffère de son id",
    ("Messages", "its JWT iss differs from its issuer"): "l'iss de son JWT diffère de son émetteur",
    ("Messages", "it is not valid before {date}"): "il n'est pas valide avant le {date}",
    ("Messages", "{file} cannot be read: {reason}"): "{file} ne peut pas être lu : {reason}",
    (
        "Messages",
        "This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, or a verifier that trusts it, to confirm it.",
    ): "Ce badge n'est pas émis par un centre que cette base de données connaît (émetteur : {issuer}) ; {why} Demandez à son émetteur, ou à un vérificateur qui lui fait confiance, de le confirmer.",
    (
        "Messages",
        "The badge of certificate {serial} is genuine and in force.",
    ): "Le badge du certificat {serial} est authentique et en vigueur.",
    (
        "Messages",
        "Certificate {serial} is revoked ({reason}); it gets no badge.",
    ): "Le certificat {serial} est révoqué ({reason}) ; il n'a pas de badge.",
    ("Messages", "Choose at least one certificate."): "Choisissez au moins un certificat.",
    ("Messages", "No badge was written:"): "Aucun badge n'a été écrit :",
    (
        "Messages",
        "{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.",
    ): "{path} : un badge s'écrit dans un fichier .jwt (l'attestation signée, telle que les portefeuilles l'importent) ; un fichier .json contiendrait l'attestation sans sa signature. Indiquez FICHIER.jwt, FICHIER.zip ou un dossier.",
    (
        "Messages",
        "{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).",
    ): "{path} : indiquez FICHIER.jwt (un certificat), FICHIER.zip ou un dossier (un .jwt par certificat).",
    ("Messages", "This badge is not valid: {problems}."): "Ce badge n'est pas valide : {problems}.",
    ("Messages", "its proof ({kinds}) cannot be checked here."): "sa preuve ({kinds}) ne peut pas être vérifiée ici.",
    ("Messages", "it carries no proof at all."): "il ne porte aucune preuve.",
    (
        "Messages",
        "it is signed with {alg}, and no key here can check it.",
    ): "il est signé avec {alg}, et aucune clé ici ne peut le vérifier.",
    ("Messages", "its JWT names no Ed25519 key."): "son JWT ne nomme aucune clé Ed25519.",
    ("Messages", "its key {key} is not one of this centre's keys."): "sa clé {key} n'est pas une clé de ce centre.",
    (
        "Messages",
        "The badge's signature does not match its content: it was changed or forged.",
    ): "La signature du badge ne correspond pas à son contenu : il a été modifié ou falsifié.",
    (
        "Messages",
        "The badge is signed with this centre's key but names no certificate.",
    ): "Le badge est signé avec la clé de ce centre mais ne nomme aucun certificat.",
    (
        "Messages",
        "The badge's signature is valid, but it states another {fields} than the register entry of {serial}.",
    ): "La signature du badge est valide, mais il indique un autre {fields} que l'inscription au registre de {serial}.",
    (
        "Messages",
        "The badge of certificate {serial} is revoked: {reason}",
    ): "Le badge du certificat {serial} est révoqué : {reason}",
    (
        "Messages",
        "{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.",
    ): "{path} : un fichier .jwt contient un seul badge ; pour {count} certificats, indiquez un dossier ou un fichier .zip.",
    ("Messages", "This is not a readable badge: {problem}"): "Ce n'est pas un badge lisible : {problem}",
    (
        "Messages",
        "This credential names a SkillAssess certificate but carries no signature: only the .jwt file the centre wrote can be verified.",
    ): "Cette attestation nomme un certificat SkillAssess mais ne porte aucune signature : seul le fichier .jwt écrit par le centre peut être vérifié.",
    (
        "Messages",
        "The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. Do not accept this badge.",
    ): "Le badge a été signé avec la clé {key}, qui n'est pas une clé de confiance de ce centre : {problem}. N'acceptez pas ce badge.",
    (
        "Messages",
        "Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in this database's register.",
    ): "Certificat inconnu : la signature du badge est authentique (clé {key}), mais le certificat {serial} n'est pas dans le registre de cette base de données.",
    (
        "Messages",
        "The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.",
    ): "La clé du badge n'est pas une clé Ed25519 valide (jwk ou did:key) : elle a été modifiée ou endommagée.",
    (
        "Messages",
        "The badge is not a JSON object in UTF-8: it was changed or damaged.",
    ): "Le badge n'est pas un objet JSON en UTF-8 : il a été modifié ou endommagé.",
    ("Messages", "the Open Badges of certificates (.jwt)"): "les Open Badges de certificats (.jwt)",
    (
        "Messages",
        "The badge is signed with a registered centre's key but names no certificate.",
    ): "Le badge est signé avec la clé d'un centre enregistré mais ne nomme aucun certificat.",
    (
        "Messages",
        "The badge's signature is valid, but it states something else than the certificate {serial} it carries.",
    ): "La signature du badge est valide, mais il indique autre chose que le certificat {serial} qu'il contient.",
    ("Messages", "a date in it is not a date and time ({date})"): "une date n'y est pas une date et heure ({date})",
}

// SkillAssess certificate check: verifies the signed payload in the page's fragment (or pasted) with WebCrypto
// Ed25519 against the centre's keys inside this page, and checks the centre's signed revocation list.
// Payload data only ever reaches the page through textContent (no HTML parsing of data, no code from strings).
(function () {
  "use strict";
  var MAX_TEXT = 4096; // a real payload is under 1,000 characters; anything longer is refused at once
  var T = {
    en: {
      title: "Certificate check", centre: "Centre", name: "Name", nameLocal: "Name (local script)",
      kind: "Document", full: "Certificate", statement: "Statement of attainment", qualification: "Qualification",
      units: "Units of competency", date: "Issued on", serial: "Serial number",
      paste: "Paste the text or link of a certificate's QR code", check: "Check",
      VALID: "VALID", INVALID: "NOT VALID", REVOKED: "REVOKED on {date}", UNKNOWN: "UNKNOWN CENTRE",
      NOCRYPTO: "CANNOT CHECK", NONE: "No certificate to check yet",
      rValid: "The signature is genuine: {centre} issued this document and has not revoked it.",
      rInvalid: "This is not an unchanged document of this centre: its text was changed, damaged or forged.",
      rRevoked: "{centre} revoked this document on {date}. Do not accept it.",
      rUnknown: "It was signed with a key this page does not hold: it is not from {centre}, or this page is out of date.",
      rNone: "Scan a certificate's QR code, or paste its text below.",
      rNoCrypto: "This browser cannot check Ed25519 signatures. Open this page in a current browser (Chrome 113, Firefox 129, Safari 17 or newer), from https://, localhost or a file.",
      stale: "This revocation list is older than {days} days (made on {made}): a document revoked since then would still show as valid. Ask the centre for a current page.",
      badList: "The revocation list on this page is damaged: revocations cannot be checked. Ask the centre for a current page.",
      listLine: "Revocation list of {made}: {count} revoked.",
      how: "The check happens in this browser; nothing about the certificate is sent anywhere."
    },
    fr: {
      title: "Vérification de certificat", centre: "Centre", name: "Nom", nameLocal: "Nom (écriture locale)",
      kind: "Document", full: "Certificat", statement: "Attestation de compétences", qualification: "Qualification",
      units: "Unités de compétence", date: "Délivré le", serial: "Numéro de série",
      paste: "Collez le texte ou le lien du code QR d'un certificat", check: "Vérifier",
      VALID: "VALIDE", INVALID: "NON VALIDE", REVOKED: "RÉVOQUÉ le {date}", UNKNOWN: "CENTRE INCONNU",
      NOCRYPTO: "VÉRIFICATION IMPOSSIBLE", NONE: "Aucun certificat à vérifier",
      rValid: "La signature est authentique : {centre} a délivré ce document et ne l'a pas révoqué.",
      rInvalid: "Ce n'est pas un document intact de ce centre : son texte a été modifié, abîmé ou falsifié.",
      rRevoked: "{centre} a révoqué ce document le {date}. Ne l'acceptez pas.",
      rUnknown: "Il a été signé avec une clé que cette page ne connaît pas : il ne vient pas de {centre}, ou cette page n'est pas à jour.",
      rNone: "Scannez le code QR d'un certificat, ou collez son texte ci-dessous.",
      rNoCrypto: "Ce navigateur ne sait pas vérifier les signatures Ed25519. Ouvrez cette page dans un navigateur récent (Chrome 113, Firefox 129, Safari 17 ou plus), depuis https://, localhost ou un fichier.",
      stale: "Cette liste de révocations date de plus de {days} jours (établie le {made}) : un document révoqué depuis paraîtrait encore valide. Demandez au centre une page à jour.",
      badList: "La liste de révocations de cette page est endommagée : les révocations ne peuvent pas être vérifiées. Demandez au centre une page à jour.",
      listLine: "Liste de révocations du {made} : {count} révoqué(s).",
      how: "La vérification se fait dans ce navigateur ; rien sur le certificat n'est envoyé nulle part."
    },
    ar: {
      title: "التحقق من شهادة", centre: "المركز", name: "الاسم", nameLocal: "الاسم (بالخط المحلي)",
      kind: "الوثيقة", full: "شهادة", statement: "إفادة بالكفاءات المكتسبة", qualification: "المؤهل",
      units: "وحدات الكفاءة", date: "تاريخ الإصدار", serial: "الرقم التسلسلي",
      paste: "الصق نص رمز QR لشهادة أو رابطه", check: "تحقّق",
      VALID: "صالحة", INVALID: "غير صالحة", REVOKED: "ملغاة بتاريخ {date}", UNKNOWN: "مركز غير معروف",
      NOCRYPTO: "لا يمكن التحقق", NONE: "لا توجد شهادة للتحقق منها بعد",
      rValid: "التوقيع أصلي: أصدر {centre} هذه الوثيقة ولم يلغها.",
      rInvalid: "هذه ليست وثيقة سليمة من هذا المركز: نصّها مُعدَّل أو تالف أو مزوَّر.",
      rRevoked: "ألغى {centre} هذه الوثيقة بتاريخ {date}. لا تقبلها.",
      rUnknown: "وُقّعت بمفتاح لا تحمله هذه الصفحة: ليست صادرة عن {centre}، أو أن هذه الصفحة قديمة.",
      rNone: "امسح رمز QR للشهادة، أو الصق نصّه أدناه.",
      rNoCrypto: "لا يستطيع هذا المتصفح التحقق من توقيعات Ed25519. افتح هذه الصفحة في متصفح حديث (Chrome 113 أو Firefox 129 أو Safari 17 أو أحدث)، من https:// أو localhost أو من ملف.",
      stale: "قائمة الإلغاء هذه أقدم من {days} يومًا (أُعدّت في {made}): قد تظهر وثيقة أُلغيت بعد ذلك على أنها صالحة. اطلب من المركز صفحة محدّثة.",
      badList: "قائمة الإلغاء في هذه الصفحة تالفة: لا يمكن التحقق من الإلغاءات. اطلب من المركز صفحة محدّثة.",
      listLine: "قائمة الإلغاء بتاريخ {made}: {count} ملغاة.",
      how: "يجري التحقق في هذا المتصفح؛ لا يُرسَل أي شيء عن الشهادة إلى أي مكان."
    },
    am: {
      title: "የምስክር ወረቀት ማረጋገጫ", centre: "ማዕከል", name: "ስም", nameLocal: "ስም (በአካባቢው ፊደል)",
      kind: "ሰነድ", full: "የምስክር ወረቀት", statement: "የብቃት ማረጋገጫ መግለጫ", qualification: "ብቃት",
      units: "የብቃት አሃዶች", date: "የተሰጠበት ቀን", serial: "ተከታታይ ቁጥር",
      paste: "የምስክር ወረቀቱን QR ኮድ ጽሑፍ ወይም ማገናኛ እዚህ ይለጥፉ", check: "አረጋግጥ",
      VALID: "ትክክለኛ", INVALID: "ትክክለኛ አይደለም", REVOKED: "በ{date} ተሰርዟል", UNKNOWN: "ያልታወቀ ማዕከል",
      NOCRYPTO: "ማረጋገጥ አይቻልም", NONE: "የሚረጋገጥ የምስክር ወረቀት ገና የለም",
      rValid: "ፊርማው እውነተኛ ነው፤ {centre} ይህን ሰነድ ሰጥቷል፣ አልሰረዘውምም።",
      rInvalid: "ይህ የዚህ ማዕከል ያልተለወጠ ሰነድ አይደለም፤ ጽሑፉ ተቀይሯል፣ ተበላሽቷል ወይም ተጭበርብሯል።",
      rRevoked: "{centre} ይህን ሰነድ በ{date} ሰርዞታል። አይቀበሉት።",
      rUnknown: "ይህ ገጽ በማይዘው ቁልፍ ተፈርሟል፤ ከ{centre} አይደለም፣ ወይም ይህ ገጽ ጊዜው ያለፈበት ነው።",
      rNone: "የምስክር ወረቀቱን QR ኮድ ይቃኙ፣ ወይም ጽሑፉን ከታች ይለጥፉ።",
      rNoCrypto: "ይህ አሳሽ የEd25519 ፊርማዎችን ማረጋገጥ አይችልም። ይህን ገጽ በአዲስ አሳሽ (Chrome 113፣ Firefox 129፣ Safari 17 ወይም ከዚያ በላይ) ከhttps://፣ localhost ወይም ከፋይል ይክፈቱ።",
      stale: "ይህ የስረዛ ዝርዝር ከ{days} ቀናት በላይ ቆይቷል (የተዘጋጀው {made})፤ ከዚያ በኋላ የተሰረዘ ሰነድ አሁንም ትክክለኛ ሆኖ ሊታይ ይችላል። ከማዕከሉ አዲስ ገጽ ይጠይቁ።",
      badList: "በዚህ ገጽ ላይ ያለው የስረዛ ዝርዝር ተበላሽቷል፤ ስረዛዎችን ማረጋገጥ አይቻልም። ከማዕከሉ አዲስ ገጽ ይጠይቁ።",
      listLine: "የ{made} የስረዛ ዝርዝር፤ {count} ተሰርዘዋል።",
      how: "ማረጋገጫው በዚህ አሳሽ ውስጥ ይከናወናል፤ ስለ የምስክር ወረቀቱ ምንም ነገር ወደ የትም አይላክም።"
    },
    sw: {
      title: "Uhakiki wa cheti", centre: "Kituo", name: "Jina", nameLocal: "Jina (hati ya asili)",
      kind: "Hati", full: "Cheti", statement: "Taarifa ya umahiri", qualification: "Sifa",
      units: "Vipengele vya umahiri", date: "Tarehe ya kutolewa", serial: "Nambari ya mfululizo",
      paste: "Bandika maandishi au kiungo cha msimbo wa QR wa cheti", check: "Hakiki",
      VALID: "HALALI", INVALID: "SI HALALI", REVOKED: "KIMEBATILISHWA tarehe {date}", UNKNOWN: "KITUO KISICHOJULIKANA",
      NOCRYPTO: "HAIWEZEKANI KUHAKIKI", NONE: "Hakuna cheti cha kuhakiki bado",
      rValid: "Sahihi ni ya kweli: {centre} kilitoa hati hii na hakijaibatilisha.",
      rInvalid: "Hii si hati kamili ya kituo hiki: maandishi yake yamebadilishwa, yameharibika au ni ya kughushi.",
      rRevoked: "{centre} kilibatilisha hati hii tarehe {date}. Usiikubali.",
      rUnknown: "Imesainiwa kwa ufunguo ambao ukurasa huu hauna: haitoki {centre}, au ukurasa huu umepitwa na wakati.",
      rNone: "Changanua msimbo wa QR wa cheti, au bandika maandishi yake hapa chini.",
      rNoCrypto: "Kivinjari hiki hakiwezi kuhakiki sahihi za Ed25519. Fungua ukurasa huu kwenye kivinjari cha kisasa (Chrome 113, Firefox 129, Safari 17 au zaidi), kutoka https://, localhost au faili.",
      stale: "Orodha hii ya ubatilishaji ina zaidi ya siku {days} (iliandaliwa {made}): hati iliyobatilishwa tangu hapo bado ingeonekana halali. Omba kituo ukurasa mpya.",
      badList: "Orodha ya ubatilishaji kwenye ukurasa huu imeharibika: ubatilishaji hauwezi kuhakikiwa. Omba kituo ukurasa mpya.",
      listLine: "Orodha ya ubatilishaji ya {made}: {count} vimebatilishwa.",
      how: "Uhakiki unafanyika ndani ya kivinjari hiki; hakuna chochote kuhusu cheti kinachotumwa popote."
    }
  };
  var RTL = { ar: true };

  function pickLanguage() {
    var asked = [];
    var m = /[?&]lang=([a-z]{2})\b/.exec(location.search);
    if (m) asked.push(m[1]);
    var nav = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < nav.length; i++) asked.push(String(nav[i]).toLowerCase().split("-")[0]);
    for (var j = 0; j < asked.length; j++) if (Object.prototype.hasOwnProperty.call(T, asked[j])) return asked[j];
    return "en";
  }
  var lang = pickLanguage();
  var W = T[lang];
  function say(key, params) {
    var text = W[key] || T.en[key];
    // Each value isolated (U+2068 … U+2069, first strong): an ISO date in Arabic text stays 2026-11-20.
    return text.replace(/\{(\w+)\}/g, function (_, name) {
      return params && name in params ? "\u2068" + String(params[name]) + "\u2069" : "";
    });
  }
  function el(id) { return document.getElementById(id); }
  function put(id, text) { el(id).textContent = text; }

  var DATA = {};
  try { DATA = JSON.parse(el("sa-data").textContent); } catch (e) { DATA = {}; }
  var centreName = (DATA.centre && DATA.centre.name) || "";
  var maxAge = typeof DATA.max_age_days === "number" ? DATA.max_age_days : 30;

  // --- Strict base64url, as the payload format requires (one spelling per byte string) ---------------
  function b64e(bytes) {
    var bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function b64d(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
    var b = text.replace(/-/g, "+").replace(/_/g, "/");
    while (b.length % 4) b += "=";
    var bin;
    try { bin = atob(b); } catch (e) { return null; }
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return b64e(out) === text ? out : null;
  }
  function isText(v) { return typeof v === "string"; }
  function isDate(v) { return isText(v) && /^\d{4}-\d{2}-\d{2}$/.test(v); }

  // Split PREFIX.<body>.<signature> and decode the body; null when malformed.
  function split(text, prefix) {
    if (!isText(text) || text.length > MAX_TEXT) return null;
    var parts = text.split(".");
    if (parts.length !== 3 || parts[0] !== prefix || parts[2].length !== 86) return null;
    var body = b64d(parts[1]), sig = b64d(parts[2]);
    if (!body || !sig || sig.length !== 64) return null;
    var doc;
    try { doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)); } catch (e) { return null; }
    if (!doc || typeof doc !== "object" || Array.isArray(doc) || !isText(doc.k)) return null;
    return { doc: doc, signed: new TextEncoder().encode(parts[0] + "." + parts[1]), sig: sig };
  }
  function wellFormedCertificate(d) {
    if (!isText(d.s) || !isText(d.n) || !isText(d.t) || !isText(d.q) || !isDate(d.d)) return false;
    if (d.l !== undefined && !isText(d.l)) return false;
    return Array.isArray(d.u) && d.u.every(isText);
  }

  // --- Keys ----------------------------------------------------------------------------------------
  var keyCache = {};
  function keyFor(id) {
    var list = Array.isArray(DATA.keys) ? DATA.keys : [];
    for (var i = 0; i < list.length; i++) {
      if (list[i] && list[i].k === id && isText(list[i].x)) {
        if (!keyCache[id]) {
          var raw = b64d(list[i].x);
          keyCache[id] = raw && raw.length === 32
            ? crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"])
            : Promise.reject(new Error("bad key"));
        }
        return keyCache[id];
      }
    }
    return null;
  }
  function verified(parsed) {
    var key = keyFor(parsed.doc.k);
    if (!key) return Promise.resolve("unknown");
    return key.then(function (k) {
      return crypto.subtle.verify({ name: "Ed25519" }, k, parsed.sig, parsed.signed);
    }).then(function (ok) { return ok ? "ok" : "bad"; }, function () { return "bad"; });
  }
  function cryptoReady() {
    if (!window.crypto || !crypto.subtle || typeof crypto.subtle.importKey !== "function") return Promise.resolve(false);
    var probe = new Uint8Array(32); // any 32 bytes import as a raw Ed25519 key where Ed25519 is supported
    return crypto.subtle.importKey("raw", probe, { name: "Ed25519" }, false, ["verify"])
      .then(function () { return true; }, function () { return false; });
  }

  // --- The revocation list -------------------------------------------------------------------------
  var list = { ok: false, revoked: {}, made: "", count: 0 };
  function loadList() {
    var parsed = split(DATA.revocations, "SAR1");
    if (!parsed || !isDate(parsed.doc.d) || !Array.isArray(parsed.doc.r)) return Promise.resolve();
    return verified(parsed).then(function (result) {
      if (result !== "ok") return;
      var revoked = {};
      parsed.doc.r.forEach(function (entry) {
        if (entry && isText(entry.s) && isDate(entry.d)) revoked[entry.s] = entry.d;
      });
      list = { ok: true, revoked: revoked, made: parsed.doc.d, count: parsed.doc.r.length };
    });
  }
  function listAgeDays() {
    var made = Date.parse(list.made + "T00:00:00Z");
    return Math.floor((Date.now() - made) / 86400000);
  }

  // --- Showing -------------------------------------------------------------------------------------
  function show(status, verdict, reason, doc, warning) {
    var v = el("verdict");
    v.setAttribute("data-status", status);
    v.textContent = verdict;
    put("reason", reason);
    var w = el("warning");
    w.textContent = warning || "";
    w.hidden = !warning;
    var details = el("details");
    details.hidden = !doc;
    if (doc) {
      put("v-name", doc.n);
      put("v-name-local", doc.l || "");
      el("l-name-local").hidden = el("v-name-local").parentNode.hidden = !doc.l;
      put("v-kind", doc.t === "full" ? say("full") : doc.t === "statement" ? say("statement") : doc.t);
      put("v-qualification", doc.q);
      put("v-units", doc.u.join(", "));
      put("v-date", doc.d);
      put("v-serial", doc.s);
      put("v-centre", centreName);
    }
  }

  var supported = false;
  var generation = 0;
  function fragmentOf(text) {
    text = String(text || "").trim();
    var at = text.indexOf("#");
    if (at >= 0) text = text.slice(at + 1);
    if (text.length > MAX_TEXT) return null;
    if (text.indexOf("%") >= 0) { try { text = decodeURIComponent(text); } catch (e) { return null; } }
    return text.trim();
  }
  function check(raw) {
    var mine = ++generation;
    var text = fragmentOf(raw);
    if (text === "") { show("none", say("NONE"), say("rNone")); return; }
    if (!supported) { show("nocrypto", say("NOCRYPTO"), say("rNoCrypto")); return; }
    var parsed = text === null ? null : split(text, "SA1");
    if (!parsed || !wellFormedCertificate(parsed.doc)) { show("invalid", say("INVALID"), say("rInvalid")); return; }
    verified(parsed).then(function (result) {
      if (mine !== generation) return;
      var d = parsed.doc;
      if (result === "unknown") show("unknown", say("UNKNOWN"), say("rUnknown", { centre: centreName }));
      else if (result !== "ok") show("invalid", say("INVALID"), say("rInvalid"));
      else if (list.ok && list.revoked[d.s]) {
        var on = list.revoked[d.s];
        show("revoked", say("REVOKED", { date: on }), say("rRevoked", { centre: centreName, date: on }), d);
      } else {
        var warning = "";
        if (!list.ok) warning = say("badList");
        else if (listAgeDays() > maxAge) warning = say("stale", { days: maxAge, made: list.made });
        el("warning").setAttribute("data-stale", list.ok && warning ? "1" : "0");
        show("valid", say("VALID"), say("rValid", { centre: centreName }), d, warning);
      }
    });
  }

  // --- Start -----------------------------------------------------------------------------------------
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL[lang] ? "rtl" : "ltr";
  document.title = say("title");
  var labels = {
    title: "title", "centre-label": "centre", "l-name": "name", "l-name-local": "nameLocal", "l-kind": "kind",
    "l-qualification": "qualification", "l-units": "units", "l-date": "date", "l-serial": "serial",
    "l-centre": "centre", "paste-label": "paste", "paste-button": "check", how: "how"
  };
  Object.keys(labels).forEach(function (id) { put(id, say(labels[id])); });
  put("centre-name", centreName);
  el("paste-button").addEventListener("click", function () { check(el("paste-box").value); });
  el("paste-box").addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); check(el("paste-box").value); }
  });
  cryptoReady().then(function (ok) {
    supported = ok;
    return ok ? loadList() : null;
  }).then(function () {
    if (list.ok) put("list-line", say("listLine", { made: list.made, count: list.count }));
    check(location.hash);
    window.addEventListener("hashchange", function () { check(location.hash); });
    document.body.setAttribute("data-ready", "1");
  });
})();

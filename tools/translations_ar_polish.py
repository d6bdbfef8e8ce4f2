"""Arabic translations for the audit log's words for stored enumeration values: the labels the
interface shows (ui/labels.py), in the context of the services' sentences (branch polish)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("Messages", "Information and counselling"): "الإعلام والإرشاد",
    ("Messages", "Eligibility"): "الأهلية",
    ("Messages", "Portfolio of evidence"): "ملف الأدلة",
    ("Messages", "Certification"): "منح الشهادة",
    ("Messages", "Appeal"): "التظلّم",  # was "الطعن": the RPL page's word (and the rest of the interface's)
    ("Messages", "Female"): "أنثى",
    ("Messages", "Male"): "ذكر",
    ("Messages", "No"): "لا",
    ("Messages", "National ID"): "بطاقة الهوية الوطنية",
    ("Messages", "Passport"): "جواز السفر",
    ("Messages", "Refugee ID"): "بطاقة لاجئ",
    ("Messages", "Other document"): "وثيقة أخرى",
    ("Messages", "No document"): "بلا وثيقة",
    ("Messages", "RPL"): "الاعتراف بالتعلم السابق",
    ("Messages", "Administrator"): "المسؤول",
    ("Messages", "Registrar"): "مسؤول التسجيل",
    ("Messages", "Qualification certificate"): "شهادة المؤهل",
    ("Messages", "Statement of attainment"): "إفادة إنجاز",
}

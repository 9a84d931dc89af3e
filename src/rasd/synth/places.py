"""Syria's 14 governorates with real districts and localities, in Arabic and Latin spellings.

A locality line is `Arabic | Latin/Latin | weight | flags`: the first Latin spelling is the
usual one, the others are what other lists write. Flag `D` marks a place of detention (a
prison, a security branch, a military hospital where detainees' deaths are registered).
Weights are relative within the governorate.
"""

from __future__ import annotations

from dataclasses import dataclass

# governorate: (Arabic, Latin spellings, districts: (Arabic, Latin spellings, localities))
_TABLE = """
# Damascus | دمشق | Damascus/Dimashq/Damas
## دمشق | Damascus/Dimashq
جوبر | Jobar/Jawbar | 3 |
اليرموك | Yarmouk/al-Yarmuk/Yarmouk Camp | 3 |
القابون | Qaboun/Qabun/al-Qaboun | 2 |
برزة | Barzeh/Barza | 2 |
الميدان | al-Midan/Midan | 1 |
كفرسوسة | Kafr Sousa/Kafr Souseh | 1 |
فرع فلسطين | Palestine Branch/Branch 235 | 0 | D
مشفى تشرين العسكري | Tishreen Military Hospital/Tishrin Hospital | 0 | D
مطار المزة العسكري | Mezzeh Military Airport/Mazzeh Airbase | 0 | D
# Rif Dimashq | ريف دمشق | Rif Dimashq/Damascus Countryside/Rural Damascus/Reef Damascus
## دوما | Douma/Duma
دوما | Douma/Duma | 5 |
حرستا | Harasta/Harasta | 2 |
عربين | Arbin/Erbin | 2 |
زملكا | Zamalka/Zamalka | 2 |
سقبا | Saqba/Saqba | 2 |
كفربطنا | Kafr Batna/Kafarbatna | 2 |
عين ترما | Ein Tarma/Ain Tarma | 2 |
حمورية | Hamouriyah/Hamouria | 1 |
## داريا | Darayya/Daraya
داريا | Darayya/Daraya/Daria | 3 |
معضمية الشام | Moadamiyet al-Sham/Muadamiyat al-Sham/Moadamiya | 2 |
## الزبداني | Zabadani/al-Zabadani
الزبداني | Zabadani/al-Zabadani | 2 |
مضايا | Madaya/Madaya | 1 |
## التل | al-Tall/Al Tal
التل | al-Tall/Al Tal | 1 |
صيدنايا | Saydnaya/Sednaya/Saidnaya | 0 | D
## يبرود | Yabroud/Yabrud
يبرود | Yabroud/Yabrud | 1 |
# Aleppo | حلب | Aleppo/Halab/Alep
## جبل سمعان | Jabal Saman/Mount Simeon
حلب | Aleppo/Aleppo city/Halab | 3 |
الشعار | al-Shaar/Shaar/al-Sha'ar | 2 |
مساكن هنانو | Masakin Hanano/Masaken Hanano | 2 |
بستان القصر | Bustan al-Qasr/Bustan al-Kasr | 2 |
الصاخور | al-Sakhour/Sakhur | 2 |
حلب الجديدة | New Aleppo/Halab al-Jadida | 1 |
سجن حلب المركزي | Aleppo Central Prison/Aleppo Prison | 0 | D
## الباب | al-Bab/Al Bab
الباب | al-Bab/Al Bab | 2 |
## منبج | Manbij/Menbij
منبج | Manbij/Menbij | 2 |
## أعزاز | Azaz/Aazaz/A'zaz
أعزاز | Azaz/Aazaz/A'zaz | 1 |
تل رفعت | Tal Rifaat/Tell Rifaat | 1 |
## عين العرب | Ain al-Arab/Kobani
عين العرب | Kobani/Ain al-Arab/Ayn al-Arab | 1 |
# Idlib | إدلب | Idlib/Idleb
## إدلب | Idlib/Idleb
إدلب | Idlib city/Idleb/Idlib | 3 |
سراقب | Saraqib/Saraqeb | 2 |
بنش | Binnish/Benesh | 1 |
## معرة النعمان | Maarat al-Numan/Maarrat al-Nuuman/Ma'arat al-Nu'man
معرة النعمان | Maarat al-Numan/Maarrat al-Nuuman/Ma'arat al-Nu'man | 3 |
كفرنبل | Kafranbel/Kafr Nabl/Kafrnabel | 2 |
خان شيخون | Khan Shaykhun/Khan Sheikhoun/Khan Shekhoun | 2 |
## أريحا | Ariha/Areeha
أريحا | Ariha/Areeha | 2 |
## جسر الشغور | Jisr al-Shughur/Jisr ash-Shughur
جسر الشغور | Jisr al-Shughur/Jisr ash-Shughur/Jisr Alshoghour | 2 |
## حارم | Harem/Harim
سرمدا | Sarmada/Sarmadah | 1 |
الدانا | al-Dana/Dana | 1 |
# Homs | حمص | Homs/Hims
## حمص | Homs/Hims
بابا عمرو | Baba Amr/Baba Amro | 3 |
الخالدية | al-Khalidiya/Khalidiyeh | 2 |
حمص القديمة | Old Homs/Homs Old City | 2 |
الوعر | al-Waer/Waer | 2 |
الحولة | al-Houla/Houla/Hula | 1 |
## الرستن | al-Rastan/Rastan
الرستن | al-Rastan/Rastan | 2 |
تلبيسة | Talbiseh/Talbisa | 2 |
## تدمر | Palmyra/Tadmur
تدمر | Palmyra/Tadmur/Tadmor | 1 |
## القصير | al-Qusayr/Qusair
القصير | al-Qusayr/Qusair/al-Qusair | 2 |
# Hama | حماة | Hama/Hamah
## حماة | Hama/Hamah
حماة | Hama city/Hama/Hamah | 3 |
## محردة | Mhardeh/Muhradah
كفرزيتا | Kafr Zita/Kafrzita | 2 |
اللطامنة | al-Latamneh/Latamna | 2 |
## السلمية | Salamiyah/Salamieh
السلمية | Salamiyah/Salamieh/Salamiya | 1 |
## السقيلبية | al-Suqaylabiyah/Skelbieh
قلعة المضيق | Qalaat al-Madiq/Qalat al-Madiq | 1 |
# Latakia | اللاذقية | Latakia/Lattakia/Al-Ladhiqiyah
## اللاذقية | Latakia/Lattakia
اللاذقية | Latakia city/Lattakia/Latakia | 2 |
## الحفة | al-Haffah/Haffeh
سلمى | Salma/Slanfeh Salma | 2 |
الحفة | al-Haffah/Haffeh | 1 |
# Tartus | طرطوس | Tartus/Tartous
## طرطوس | Tartus/Tartous
طرطوس | Tartus/Tartous | 2 |
## بانياس | Baniyas/Banias
البيضا | al-Bayda/Bayda | 2 |
بانياس | Baniyas/Banias | 1 |
# Daraa | درعا | Daraa/Dar'a/Deraa
## درعا | Daraa/Dar'a/Deraa
درعا البلد | Daraa al-Balad/Dar'a al-Balad | 3 |
طفس | Tafas/Tafs | 2 |
بصرى الشام | Busra al-Sham/Bosra | 1 |
## إزرع | Izra/Ezraa
بصر الحرير | Busra al-Harir/Bosr al-Harir | 2 |
الحراك | al-Hirak/Hrak | 2 |
نوى | Nawa/Nawa | 2 |
جاسم | Jasim/Jassem | 1 |
## الصنمين | al-Sanamayn/Sanamein
الصنمين | al-Sanamayn/Sanamein | 1 |
# As-Suwayda | السويداء | As-Suwayda/Sweida/Suwayda
## السويداء | Suwayda/Sweida
السويداء | Suwayda city/Sweida | 2 |
الشبكي | al-Shabki/Shabki | 1 |
## شهبا | Shahba/Shahbaa
شهبا | Shahba/Shahbaa | 1 |
# Quneitra | القنيطرة | Quneitra/Al-Qunaytirah/Kuneitra
## القنيطرة | Quneitra/Kuneitra
خان أرنبة | Khan Arnabah/Khan Arnaba | 1 |
جباتا الخشب | Jubata al-Khashab/Jubbata al-Khashab | 1 |
# Deir ez-Zor | دير الزور | Deir ez-Zor/Deir al-Zour/Dayr az-Zawr/Deir Ezzor
## دير الزور | Deir ez-Zor/Deir al-Zour
دير الزور | Deir ez-Zor city/Deir al-Zour/Deir Ezzor | 3 |
موحسن | Muhasan/Mohassan | 1 |
## الميادين | al-Mayadin/Mayadeen
الميادين | al-Mayadin/Mayadeen | 2 |
العشارة | al-Ashara/Ashara | 1 |
## البوكمال | Albu Kamal/Abu Kamal/al-Bukamal
البوكمال | Albu Kamal/Abu Kamal/al-Bukamal | 2 |
الباغوز | al-Baghuz/Baghouz | 1 |
هجين | Hajin/Hajeen | 1 |
# Raqqa | الرقة | Raqqa/Ar-Raqqah/Rakka
## الرقة | Raqqa/Ar-Raqqah
الرقة | Raqqa city/Ar-Raqqah/Rakka | 4 |
## الثورة | al-Thawrah/Tabqa
الطبقة | Tabqa/al-Tabqa/Al Thawra | 2 |
## تل أبيض | Tell Abyad/Tal Abyad
تل أبيض | Tell Abyad/Tal Abyad/Girê Spî | 1 |
# Al-Hasakah | الحسكة | Al-Hasakah/Hasakeh/Hassakeh
## الحسكة | Hasakah/Hasakeh
الحسكة | Hasakah city/Hasakeh/Hassakeh | 2 |
## القامشلي | Qamishli/Kamishli
القامشلي | Qamishli/Kamishli/Qamishlo | 2 |
## رأس العين | Ras al-Ain/Ras al-Ayn
رأس العين | Ras al-Ain/Ras al-Ayn/Serekaniye | 1 |
"""


@dataclass(frozen=True, slots=True, eq=False)
class Governorate:
    index: int
    ar: str
    latin: tuple[str, ...]

    @property
    def en(self) -> str:
        """The canonical English name, used in truth counts."""
        return self.latin[0]


@dataclass(frozen=True, slots=True, eq=False)
class District:
    ar: str
    latin: tuple[str, ...]
    governorate: Governorate


@dataclass(frozen=True, slots=True, eq=False)
class Locality:
    index: int
    ar: str
    latin: tuple[str, ...]
    weight: int
    detention: bool
    district: District

    @property
    def governorate(self) -> Governorate:
        return self.district.governorate


def _parse() -> tuple[list[Governorate], list[Locality]]:
    governorates: list[Governorate] = []
    localities: list[Locality] = []
    district: District | None = None
    for line in _TABLE.strip().splitlines():
        if line.startswith("# "):
            _en, ar, latin = (part.strip() for part in line[2:].split("|"))
            governorates.append(Governorate(len(governorates), ar, tuple(latin.split("/"))))
        elif line.startswith("## "):
            ar, latin = (part.strip() for part in line[3:].split("|"))
            district = District(ar, _spellings(latin), governorates[-1])
        else:
            ar, latin, weight, flags = (part.strip() for part in line.split("|"))
            assert district is not None
            localities.append(Locality(len(localities), ar, _spellings(latin), int(weight),
                                       "D" in flags, district))
    return governorates, localities


def _spellings(latin: str) -> tuple[str, ...]:
    # Some lines repeat a spelling as the variant; a variant must differ to count as one.
    return tuple(dict.fromkeys(part.strip() for part in latin.split("/")))


GOVERNORATES, LOCALITIES = _parse()
BY_NAME: dict[str, Governorate] = {g.en: g for g in GOVERNORATES}
DETENTION = [place for place in LOCALITIES if place.detention]


def localities_of(governorate: Governorate) -> list[Locality]:
    """The places where people live and die in a governorate (not its detention places)."""
    return [p for p in LOCALITIES if p.governorate is governorate and not p.detention]

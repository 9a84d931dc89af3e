"""Syrian family names, roughly most frequent first, with their Latin spellings.

One name a line: `Arabic | Latin/Latin/...`. A name written with the article ال is spelled
here without it: names.py adds the article in the ways lists write it (al-Halabi, Al Halabi,
El-Halabi, Halabi). Nisbas of towns, patronymics with and without ال, trades, compounds with
أبو / شيخ / حاج, some Kurdish and Christian names. Invented from common knowledge, not
copied from any list of real people.
"""

from __future__ import annotations

FAMILY = """
الأحمد | Ahmad/Ahmed
العلي | Ali
المحمد | Mohammad/Mohammed/Muhammad
الحسن | Hasan/Hassan
الحسين | Hussein/Hussain
الحلبي | Halabi/Halaby
الخطيب | Khatib/Khateeb
حمود | Hamoud/Hammoud/Hmoud
الشيخ | Sheikh/Shaikh/Cheikh
السيد | Sayed/Sayyid/Said
اليوسف | Yousef/Yusuf/Youssef
الإبراهيم | Ibrahim/Ebrahim
العمر | Omar/Umar
الخالد | Khaled/Khalid
المصري | Masri/Misri
الحموي | Hamwi/Hamawi
الحمصي | Homsi/Himsi
الشامي | Shami/Chami
الصالح | Saleh/Salih
العبد الله | Abdullah/Abdallah
الزعبي | Zoubi/Zubi/Zoabi
المقداد | Mikdad/Miqdad
الحريري | Hariri
المسالمة | Masalmeh/Masalma
الرفاعي | Rifai/Refai
الجاسم | Jassem/Jasim
الحمدان | Hamdan
العثمان | Othman/Uthman
الموسى | Mousa/Musa
العيسى | Issa/Eissa
الخضر | Khodr/Khader
الدرويش | Darwish/Darweesh
البكور | Bakkour/Bakour
الكردي | Kurdi/Kurdy
الإدلبي | Idlibi/Edlibi
الديري | Deiri/Dairi
الحوراني | Hourani/Horani
عبد الله | Abdullah/Abdallah/Abd Allah
نور الدين | Nour al-Din/Nureddin/Nouraldeen
شيخ موسى | Sheikh Mousa/Shaikh Musa/Sheikh Moussa
أبو زيد | Abu Zaid/Abou Zeid/Abu Zayd
أبو الخير | Abu al-Khair/Abul Khair/Abou Elkheir
أبو عمر | Abu Omar/Abou Omar
أبو علي | Abu Ali/Abou Ali
قاسم | Kassem/Qasim/Qassem
سليمان | Suleiman/Sleiman/Sulaiman
حجازي | Hijazi/Hejazi
طه | Taha
حمادة | Hamadeh/Hamada
حداد | Haddad
النجار | Najjar/Najar
العطار | Attar
الدباغ | Dabbagh/Dabagh
الخياط | Khayyat/Khayat
الصباغ | Sabbagh/Sabagh
القصاب | Kassab/Qassab
الحلاق | Hallak/Hallaq
الطحان | Tahhan/Tahan
الزين | Zein/Zain
الأسعد | Asaad/Asad
العباس | Abbas
الحسيني | Husseini/Hosseini
الحكيم | Hakim
البيطار | Bitar/Baytar
الدمشقي | Dimashqi/Demashki
الأتاسي | Atassi/Atasi
الجندي | Jundi/Joundi
السباعي | Sibai/Sebai
الدروبي | Droubi/Drubi
الأيوبي | Ayoubi/Ayyubi
الكيلاني | Kilani/Keilani/Gilani
العظم | Azm/Azem
القباني | Kabbani/Qabbani
الطرابلسي | Trabulsi/Tarabulsi
البغدادي | Baghdadi
العراقي | Iraqi
الرقاوي | Raqqawi/Rakkawi
الشمري | Shammari/Shamari
العنزي | Anazi/Enezi
الجبوري | Jubouri/Jabouri
الدليمي | Dulaimi/Dleimi
العبيد | Obeid/Ubaid
الجبر | Jabr/Jaber
المحيمد | Mhimed/Muhaimid
العكيدي | Ukaidi/Akidi
البقارة | Baggara/Bakkara
النعيمي | Nuaimi/Naimi
الحديدي | Hadidi
الفرا | Farra/Farah
اللحام | Lahham/Laham
البرازي | Barazi
العاني | Ani/Aani
الحراكي | Haraki
الحمامي | Hammami/Hamami
العمري | Omari/Amri
الأحمدي | Ahmadi
الحسون | Hassoun/Hasoun
الخلف | Khalaf
الخليل | Khalil
المصطفى | Mustafa/Moustafa
الدالاتي | Dalati
الطويل | Tawil/Taweel
القاضي | Kadi/Qadi
الشهابي | Shehabi/Chehabi
العلوش | Alloush/Aloush
العبسي | Absi
الحلواني | Halwani/Helwani
الصوفي | Soufi/Sufi
النحاس | Nahhas/Nahas
الشعار | Shaar/Chaar
الأرناؤوط | Arnaout/Arnaut
الجزائري | Jazairi/Jazaeri
الشيشكلي | Shishakli
الحصني | Husni/Hosni
الملا | Mulla/Molla
البارودي | Baroudi/Barudi
الحجي | Hajji/Haji
الهاشمي | Hashemi/Hashimi
السقا | Saqqa/Sakka
الطباع | Tabbaa/Tabba
الخوجة | Khoja/Khouja
عيسى | Issa/Eissa
موسى | Mousa/Musa
يوسف | Youssef/Yousef
حسن | Hasan/Hassan
حسين | Hussein/Hussain
علوان | Alwan/Olwan
شحادة | Shehadeh/Shahada
سعيد | Saeed/Said
خليل | Khalil/Khaleel
إبراهيم | Ibrahim/Ebrahim
درويش | Darwish/Darweesh
عيد | Eid
زيدان | Zeidan/Zaidan
بركات | Barakat
عبود | Abboud/Aboud
حبش | Habash
شاهين | Shaheen/Chahine
سلوم | Salloum/Saloum
داود | Daoud/Dawood
عساف | Assaf
عوض | Awad
غنام | Ghannam/Ghanam
حمدان | Hamdan
جبر | Jabr/Jaber
عمران | Omran/Imran
رحال | Rahhal/Rahal
كنعان | Kanaan/Canaan
سرحان | Sarhan
مرعي | Marei/Mari
منصور | Mansour/Mansur
نعسان | Naasan/Nasan
بدران | Badran
قدور | Kaddour/Qaddour
شيخو | Sheikho/Shekho
كوسا | Kousa/Kusa
جمعة | Jumaa/Jomaa
حمو | Hammo/Hamo
بكري | Bakri/Bakry
الحمد | Hamad/Hamed
الرحمون | Rahmoun
القدور | Kaddour/Qaddour
السلوم | Salloum
المحمود | Mahmoud/Mahmud
العبود | Abboud
العواد | Awwad/Awad
الفارس | Fares/Faris
النمر | Nimer/Nemr
الصغير | Saghir/Sagheer
الكبير | Kabir/Kebir
الأسمر | Asmar
الأشقر | Ashkar/Ashqar
الأطرش | Atrash
الحلو | Helou/Hilu
المرعي | Marei/Mari
السويد | Sweid/Suwaid
السليمان | Suleiman/Sulaiman
الشبلي | Shibli/Chebli
الحربي | Harbi
الجراح | Jarrah/Jarah
الضاهر | Daher/Dhaher
المرعشلي | Marashli/Marashly
الكحيل | Kahil/Kuhail
الفاخوري | Fakhouri/Fakhuri
السمان | Samman/Saman
الهلال | Hilal/Helal
البني | Bunni/Bounni
الخاني | Khani
الساعاتي | Saati/Sa'ati
الحافظ | Hafez/Hafiz
الحاج | Hajj/Haj
القادري | Qadri/Kadri
الحسني | Hasani/Hassani
الشريف | Sharif/Cherif
الطيار | Tayyar/Tayar
الأصفر | Asfar
مراد | Murad/Mourad
عرفات | Arafat
شمس | Shams/Chams
دياب | Diab/Dyab
ضاهر | Daher/Dhaher
غزال | Ghazal
حاج حسين | Hajj Hussein/Haj Hussein/Hadj Hussein
حاج أحمد | Hajj Ahmad/Haj Ahmed
حاج علي | Hajj Ali/Haj Ali
شيخ الأرض | Sheikh al-Ard/Shaikh El Ard
أبو ريشة | Abu Risheh/Abou Richa
أبو الشامات | Abu al-Shamat/Abu Shamat
أبو خليل | Abu Khalil/Abou Khalil
أبو حسين | Abu Hussein/Abou Hussein
أبو صالح | Abu Saleh/Abou Saleh
أبو عساف | Abu Assaf/Abou Assaf
أبو فخر | Abu Fakhr/Abou Fakhr
أبو راس | Abu Ras/Abou Ras
أبو حمدان | Abu Hamdan/Abou Hamdan
أبو شقرة | Abu Shakra/Abou Chakra
دندل | Dandal
كرزون | Karzoun
فرحات | Farhat
حيدر | Haidar/Haydar
سلامة | Salameh/Salama
عبد الرحمن | Abdulrahman/Abdul Rahman/Abd al-Rahman
ناصيف | Nassif/Nasif
برهوم | Barhoum/Barhum
حجار | Hajjar/Hajar
زعتر | Zaatar/Zatar
فتال | Fattal/Fatal
عرب | Arab
تركي | Turki/Torki
معروف | Maarouf/Marouf
يونس | Younes/Yunis
نصر | Nasr
صقر | Saqr/Sakr
فهد | Fahd/Fahed
حمزة | Hamza
زكريا | Zakaria/Zakariya
الزعيم | Zaim/Zaeem
الزامل | Zamel/Zamil
حسو | Hasso/Haso
إيبش | Ibesh/Ibish
ملا | Mulla/Molla
حنا | Hanna/Hana
خوري | Khoury/Khouri
نصر الله | Nasrallah/Nasr Allah
عازار | Azar/Azzar
جرجس | Gerges/Jirjis
ديب | Dib/Deeb
الأحمر | Ahmar
الجمل | Jamal/Jammal
الدغيم | Dughaim/Daghim
الرمضان | Ramadan
الشعبان | Shaaban/Chaabane
الخليفة | Khalifa/Khalifeh
السعيد | Saeed/Said
المحيسن | Muhaisen/Mhesen
الحسيان | Hasyan/Husayan
العساف | Assaf
الحمود | Hamoud/Hammoud
المطر | Matar
النجم | Najm/Nejm
الفرج | Faraj
الضللي | Dalli/Dhalli
الحراك | Hirak/Harak
الشحادة | Shehadeh
الإسماعيل | Ismail/Ismael
الداود | Daoud/Dawood
العيد | Eid
الخلوف | Khalouf/Khalluf
المحاميد | Mahamid/Mhamid
الغزاوي | Ghazzawi/Ghazawi
الجوابرة | Jawabra/Jawabreh
الكراد | Karrad/Kurrad
البدوي | Badawi/Bedawi
العمارين | Amarin
الشرع | Sharaa/Shara
الأكراد | Akrad
التركماني | Turkmani/Torkmani
البيانوني | Bayanouni/Bayanuni
الحجار | Hajjar
العكاش | Akkash/Okash
الدادا | Dada
المصطفى أحمد | Mustafa Ahmad/Moustafa Ahmed
قره محمد | Kara Mohammad/Qara Muhammad
الأنصاري | Ansari
الفاعور | Faour/Faaour
الخن | Khen/Khinn
الجاجة | Jajeh/Jaja
العوير | Owair/Uwayr
الرحال | Rahhal
الصطوف | Sattouf/Statouf
البريدي | Buraidi/Bredi
العبدو | Abdo/Abdou
الحماده | Hamadeh/Hamada
الزيدان | Zeidan/Zaidan
الشيخ علي | Sheikh Ali/Shaikh Ali
الحج قاسم | Hajj Kassem/Haj Qasim
بيرقدار | Bayraqdar/Bairakdar
قباني | Kabbani/Qabbani
دعبول | Daaboul/Dabboul
كيالي | Kayyali/Kayali
نابلسي | Nabulsi/Nablusi
مارديني | Mardini
طرابيشي | Tarabishi
شبارق | Shabareq/Shabarek
كزبري | Kuzbari/Kozbari
سكر | Sukkar/Sukar
بطيخ | Battikh/Batikh
عجاج | Ajjaj/Ajaj
قنوت | Qannout/Kannout
دقاق | Daqqaq/Dakkak
عنتر | Antar/Antara
العجمي | Ajami/Ajmi
الرز | Rez/Razz
جنيد | Junaid/Jneid
ياسين | Yassin/Yasin
الجاموس | Jamous/Jammous
حوا | Hawwa/Hawa
شعبان | Shaaban/Chaaban
فاضل | Fadel/Fadil
اسكيف | Iskif/Eskif
المنلا | Munla/Manla
الخرفان | Kharfan
الظاهر | Zaher/Dhaher
الكسم | Kassem/Kesem
الدك | Dakk/Dak
"""

"""Syrian given names, most frequent first, with the Latin spellings lists really use.

One name a line: `Arabic | Latin/Latin/...`, the most usual spelling first. `=X` after a name
of the form عبد ... spells the compound from its second part (Abdulrahman, Abdul Rahman,
Abd al-Rahman, Abdelrahman), as lists spell it in all four ways. The order is the frequency
rank that names.py turns into Zipf weights; the tables are invented from common knowledge of
Syrian naming, not copied from any list of real people.
"""

from __future__ import annotations

MALE = """
محمد | Mohammad/Mohammed/Muhammad/Mhd
أحمد | Ahmad/Ahmed
عبد الله | Abdullah/Abdallah/Abd Allah
علي | Ali/Aly
خالد | Khaled/Khalid
محمود | Mahmoud/Mahmud/Mahmood
عمر | Omar/Umar
حسن | Hasan/Hassan
مصطفى | Mustafa/Moustafa/Mostafa
إبراهيم | Ibrahim/Ebrahim/Brahim
يوسف | Youssef/Yousef/Yusuf
عبد الرحمن | =Rahman
حسين | Hussein/Hussain/Husein
محمد علي | Mohammad Ali/Mohammed Ali/Muhammad Ali
عبد الكريم | =Karim
ياسر | Yasser/Yaser/Yasir
سامر | Samer/Sammer
فراس | Firas/Feras
عبد القادر | =Qader
جمال | Jamal/Djamal
وليد | Walid/Waleed
أيمن | Ayman/Aiman
بلال | Bilal/Belal
مازن | Mazen/Mazin
نور الدين | Nour al-Din/Nour Eddin/Nureddin/Nouraldeen
باسل | Basel/Basil
عماد | Imad/Emad
رامي | Rami/Ramy
طارق | Tarek/Tariq/Tarik
سليمان | Suleiman/Sulaiman/Soliman
عبد الرزاق | =Razzaq
فادي | Fadi/Fady
ماهر | Maher/Mahir
زياد | Ziad/Ziyad
محمد خير | Mohammad Khair/Mhd Kheir/Muhammad Khayr
عادل | Adel/Adil
سعيد | Saeed/Said
حمزة | Hamza/Hamzah
أنس | Anas
عمار | Ammar/Amar
مهند | Muhannad/Mohannad
غياث | Ghiath/Ghiyath
قاسم | Qasem/Kassem/Qasim
صالح | Saleh/Salih
جاسم | Jassem/Jasim
عبد الحميد | =Hamid
عبد اللطيف | =Latif
محمد نور | Mohammad Nour/Mhd Nour/Muhammad Nur
عبد العزيز | =Aziz
عبد الباسط | =Basit
عبد السلام | =Salam
همام | Humam/Hammam
عبد الحكيم | =Hakim
عبد المجيد | =Majid
عبد الناصر | =Nasser
سمير | Samir/Sameer
نبيل | Nabil/Nabeel
منير | Munir/Mounir
بشير | Bashir/Basheer
رياض | Riad/Riyad
فايز | Fayez/Faiz
فواز | Fawaz/Fawwaz
هيثم | Haitham/Haytham
عصام | Issam/Essam
هشام | Hisham/Hesham
وائل | Wael/Wa'il
وسيم | Wassim/Wasim/Waseem
نضال | Nidal/Nedal
منذر | Munzer/Mondher/Munthir
رضوان | Radwan/Ridwan
مروان | Marwan
عدنان | Adnan
عثمان | Othman/Uthman/Osman
سلمان | Salman
سفيان | Sufian/Sofian/Sufyan
معاذ | Muath/Moaz/Muadh
أسامة | Osama/Usama/Ousama
حذيفة | Huthaifa/Hudhayfa/Houzayfa
زكريا | Zakaria/Zakariya
يحيى | Yahya/Yehia
عيسى | Issa/Eissa/Isa
موسى | Mousa/Musa/Moussa
إسماعيل | Ismail/Ismael/Esmail
داود | Dawoud/Dawud/Daoud
سليم | Salim/Selim/Saleem
كريم | Karim/Kareem
جميل | Jamil/Jameel
عبد الغني | =Ghani
عبد الهادي | =Hadi
عبد الوهاب | =Wahhab
عبد الجليل | =Jalil
عبد الفتاح | =Fattah
عبد الإله | =Ilah
عبد الحليم | =Halim
عبد المنعم | =Munem
عبد الرحيم | =Rahim
عبد الستار | =Sattar
عبد الجبار | =Jabbar
نعيم | Naim/Naeem
بكري | Bakri/Bakry
صبحي | Subhi/Sobhi
فتحي | Fathi/Fathy
رشيد | Rashid/Rasheed
راشد | Rashed/Rachid
ماجد | Majed/Majid
حامد | Hamed/Hamid
أمجد | Amjad
أسعد | Asaad/Asad
سعد | Saad/Sad
فيصل | Faisal/Faysal
نزار | Nizar/Nezar
غسان | Ghassan
حسان | Hassan/Hassaan
شادي | Shadi/Chadi
أنور | Anwar/Anouar
منصور | Mansour/Mansur
ناصر | Nasser/Naser/Nasir
جابر | Jaber/Jabir
عامر | Amer/Aamer
عمرو | Amr/Amro
معتز | Moataz/Mutaz
مؤمن | Moamen/Mumin
محسن | Mohsen/Muhsin
طه | Taha
ياسين | Yassin/Yaseen/Yasin
عز الدين | Izz al-Din/Ezzeddine/Ezzaldeen
صلاح الدين | Salah al-Din/Salaheddine/Salahuddin
خير الدين | Khair al-Din/Khayreddine/Kheireddin
علاء الدين | Alaa al-Din/Alaeddine/Aladdin
محي الدين | Muhyi al-Din/Mohieddine/Mohiuddin
علاء | Alaa/Ala
ضياء | Diaa/Dia/Dhiya
رائد | Raed/Raid
زاهر | Zaher/Zahir
شريف | Sharif/Cherif
لؤي | Louay/Luay/Loay
هاني | Hani/Hany
عبدو | Abdo/Abdou
حمود | Hamoud/Hammoud
حمدي | Hamdi/Hamdy
أكرم | Akram
مالك | Malek/Malik
مهدي | Mahdi/Mehdi
جعفر | Jaafar/Jafar
عباس | Abbas
كمال | Kamal/Kamel
فؤاد | Fouad/Fuad
إياد | Iyad/Eyad
زيد | Zaid/Zayd/Zeid
جهاد | Jihad/Jehad
نادر | Nader/Nadir
خليل | Khalil/Khaleel
جلال | Jalal
بسام | Bassam
حازم | Hazem/Hazim
عبود | Abboud/Aboud
ثائر | Thaer/Thair
مجد | Majd
قصي | Qusai/Kusay/Qusay
تامر | Tamer/Tamir
عبيدة | Obaida/Ubayda/Obeida
مراد | Murad/Mourad
حيدر | Haidar/Haydar
مأمون | Mamoun/Mamun
سالم | Salem/Salim
شحادة | Shehadeh/Shahada/Chehade
ديب | Dib/Deeb
رمضان | Ramadan/Ramadhan
جمعة | Jumaa/Jomaa/Joumaa
خضر | Khodr/Khader/Khidr
زهير | Zuhair/Zouhair
نايف | Nayef/Naif
فارس | Fares/Faris
شاكر | Shaker/Shakir
آزاد | Azad
شيار | Shiyar/Shear
جوان | Jwan/Juan
دلشاد | Dilshad/Delshad
جورج | George/Georges
إلياس | Elias/Ilyas/Elie
حنا | Hanna/Hana
"""

FEMALE = """
فاطمة | Fatima/Fatma/Fatmeh
مريم | Mariam/Maryam/Miriam
خديجة | Khadija/Khadijeh/Khadeeja
زينب | Zainab/Zeinab/Zaynab
عائشة | Aisha/Aysha/Aicha
آمنة | Amina/Ameneh/Aminah
نور | Nour/Noor/Nur
سارة | Sara/Sarah
هبة | Hiba/Heba
رنا | Rana
سعاد | Suad/Souad
ليلى | Layla/Leila/Laila
رهف | Rahaf
جنى | Jana/Janna
سلمى | Salma/Selma
هدى | Huda/Hoda/Houda
رغد | Raghad
بتول | Batoul/Batool
منى | Mona/Muna
نادية | Nadia/Nadiya
سميرة | Samira/Sameera
حليمة | Halima/Haleemah
سوسن | Sawsan/Sousan
ريم | Reem/Rim
دعاء | Duaa/Doaa
إسراء | Israa/Esraa/Isra
آلاء | Alaa/Ala'a
أسماء | Asmaa/Asma
صفاء | Safaa/Safa
وفاء | Wafaa/Wafa
رحاب | Rehab/Rihab
لمى | Lama
ميساء | Maysaa/Maisa
نسرين | Nisreen/Nesrine/Nasrin
شيماء | Shaimaa/Shaima
رقية | Ruqaya/Roukaya/Ruqayyah
بشرى | Bushra/Boushra
هند | Hind/Hend
سهام | Siham/Seham
رزان | Razan
ديما | Dima
لينا | Lina/Leena
رولا | Rola/Roula
ريما | Rima/Reema
غادة | Ghada
هالة | Hala
نجاح | Najah
انتصار | Intisar/Entesar
ابتسام | Ibtisam/Ebtesam
إيمان | Iman/Eman/Imane
أمل | Amal
حنان | Hanan
جميلة | Jamila/Jameela
كريمة | Karima/Kareema
نعيمة | Naima/Naeema
فاطمة الزهراء | Fatima al-Zahraa/Fatima Zahra/Fatimah Alzahraa
سلوى | Salwa
نوال | Nawal
ماجدة | Majida/Majdeh
رانيا | Rania/Raniya
ياسمين | Yasmin/Yasmeen/Jasmine
شهد | Shahd/Shahed
تسنيم | Tasnim/Tasneem
ملك | Malak
آية | Aya/Ayah
رؤى | Ruaa/Roaa
غنى | Ghina/Ghena
حلا | Hala/Halla
جود | Joud/Jood
لجين | Lujain/Loujain
تقى | Tuqa/Toqa
ضحى | Duha/Doha
مرام | Maram
ندى | Nada
نهى | Noha/Nuha
عبير | Abeer/Abir
أريج | Arij/Areej
سناء | Sanaa/Sana
رشا | Rasha
ولاء | Walaa/Wala
سماح | Samah
عفاف | Afaf
فدوى | Fadwa/Fadoua
خلود | Kholoud/Khulud
زهرة | Zahra/Zahraa
كوثر | Kawthar/Kawsar
نجوى | Najwa
هيام | Hiyam/Hiam
وداد | Widad/Wedad
يسرى | Yusra/Yousra
بيان | Bayan
سلام | Salam
مها | Maha
نهاد | Nihad/Nehad
عليا | Alia/Aliya
سحر | Sahar
رحمة | Rahma/Rahmeh
نسيبة | Nusaiba/Nousaiba
حفصة | Hafsa
سمية | Sumaya/Soumaya/Sumayyah
لبنى | Lubna/Loubna
هناء | Hanaa/Hana
منار | Manar
شذى | Shatha/Shaza
دلال | Dalal
جيهان | Jihan/Gihan
حياة | Hayat
صبحية | Subhiya/Sobhia
فطوم | Fattoum/Fatoum
وضحة | Wadha/Wadhah
نوف | Nouf
رابعة | Rabia/Rabea
سكينة | Sukaina/Sakina
زكية | Zakia/Zakiya
بديعة | Badia/Badiaa
فريال | Ferial/Faryal
فريدة | Farida/Fareeda
ربا | Ruba/Roba
أسيل | Aseel/Asil
مروة | Marwa/Marwah
نغم | Nagham
رهام | Riham/Reham
جنان | Jinan/Janan
ميار | Mayar
لانا | Lana
تالا | Tala
سدرة | Sidra
حور | Hoor/Hur
يمنى | Yumna/Yomna
أروى | Arwa
دانة | Dana
راما | Rama
ليان | Layan/Lian
جوري | Jouri/Juri
رنيم | Ranim/Raneem
بيسان | Baysan/Bisan
عبلة | Abla
خيرية | Khairiya/Khayriyeh
حسناء | Hasnaa/Hasna
هيفاء | Haifa/Haifaa
شريفة | Sharifa/Cherifa
لطيفة | Latifa/Lateefa
عزيزة | Aziza/Azeeza
نجلاء | Najlaa/Najla
رجاء | Rajaa/Raja
عفراء | Afraa/Afra
ثريا | Thuraya/Soraya
منيرة | Munira/Mounira
بهية | Bahia/Bahiya
صباح | Sabah
فاتن | Faten
روجين | Rojin/Rojeen
هيفين | Hevin/Heveen
بيريفان | Berivan/Birivan
شيرين | Shirin/Shereen
ماريا | Maria
ريتا | Rita
"""

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ur_PK">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="21" />
        <source>Legal aid</source>
        <translation>قانونی مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="22" />
        <source>Shelter</source>
        <translation>پناہ گاہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="23" />
        <source>Education and skills</source>
        <translation>تعلیم و ہنر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="24" />
        <source>Livelihood and income</source>
        <translation>روزگار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="25" />
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="26" />
        <source>Counselling</source>
        <translation>نفسیاتی مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="27" />
        <source>Protection and police</source>
        <translation>تحفظ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="28" />
        <source>Return and documents</source>
        <translation>واپسی اور دستاویزات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="29" />
        <source>Emergency and helplines</source>
        <translation>ہنگامی مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="35" />
        <source>Unverified</source>
        <translation>تصدیق نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37" />
        <source>Verified this month</source>
        <translation>اس مہینے تصدیق ہوئی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="39" />
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>%n مہینہ پہلے تصدیق ہوئی</numerusform>
            <numerusform>%n مہینے پہلے تصدیق ہوئی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="40" />
        <source>Last verified %n year(s) ago</source>
        <translation>
            <numerusform>آخری تصدیق %n سال پہلے</numerusform>
            <numerusform>آخری تصدیق %n سال پہلے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="103" />
        <source>Copied</source>
        <translation>کاپی ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="156" />
        <source>Referral App: services directory</source>
        <translation>ریفرل ایپ: خدمات کی فہرست</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="158" />
        <source>&amp;Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="159" />
        <source>&amp;Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="160" />
        <source>&amp;Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="161" />
        <source>Find a service</source>
        <translation>خدمت تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="162" />
        <location filename="../../referral_app/ui/main_window.py" line="216" />
        <source>Back to the search field</source>
        <translation>واپس تلاش کے خانے میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="163" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="164" />
        <source>Warning about unverified numbers</source>
        <translation>غیر تصدیق شدہ نمبروں کی تنبیہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="165" />
        <source>Number of results</source>
        <translation>نتائج کی تعداد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="166" />
        <source>No results</source>
        <translation>کوئی نتیجہ نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="167" />
        <location filename="../../referral_app/ui/main_window.py" line="168" />
        <source>Clear the filters</source>
        <translation>فلٹر ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="169" />
        <source>Show all services again</source>
        <translation>تمام خدمات دوبارہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="170" />
        <source>Search results</source>
        <translation>تلاش کے نتائج</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="172" />
        <source>Services that match; Enter shows the details of the chosen one</source>
        <translation>ملتی جلتی خدمات؛ Enter دبانے سے منتخب خدمت کی تفصیل کھلتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="213" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="213" />
        <source>Go to the search field</source>
        <translation>تلاش کے خانے میں جائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="214" />
        <source>Down arrow</source>
        <translation>نیچے والا تیر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="214" />
        <source>From the search field into the results</source>
        <translation>تلاش کے خانے سے نتائج میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="215" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="215" />
        <source>Open the details of the chosen service</source>
        <translation>منتخب خدمت کی تفصیل کھولیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="216" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="217" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="217" />
        <source>Move between filters, results and details</source>
        <translation>فلٹر، نتائج اور تفصیل کے درمیان جائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="218" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="218" />
        <source>This list</source>
        <translation>یہ فہرست</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="219" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="219" />
        <source>Settings: language, text size, contrast</source>
        <translation>ترتیبات: زبان، تحریر کا سائز، کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="220" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="220" />
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="225" />
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="230" />
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="306" />
        <source>The search could not be run; the directory may be damaged. Details are in the log.</source>
        <translation>تلاش نہیں ہو سکی؛ ہو سکتا ہے فہرست خراب ہو۔ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="313" />
        <source>Counting the services found…</source>
        <translation>ملنے والی خدمات گنی جا رہی ہیں…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="316" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n خدمت ملی</numerusform>
            <numerusform>%n خدمات ملیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="324" />
        <source>No services match '%1' with the filter %2. Clear the filter?</source>
        <translation>فلٹر %2 کے ساتھ '%1' سے کوئی خدمت نہیں ملی۔ فلٹر ہٹائیں؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="327" />
        <source>No services match the filter %1. Clear the filter?</source>
        <translation>فلٹر %1 سے کوئی خدمت نہیں ملی۔ فلٹر ہٹائیں؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="330" />
        <source>No services match '%1'. Try fewer or shorter words.</source>
        <translation>'%1' سے کوئی خدمت نہیں ملی۔ کم یا چھوٹے الفاظ آزمائیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="357" />
        <source>%n service(s) have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</source>
        <translation>
            <numerusform>%n خدمت کی آپ کے ادارے نے تصدیق نہیں کی۔ اس کے فون نمبر اور پتہ %1 کے عوامی ذرائع سے لیے گئے ہیں اور اصل ریفرل سے پہلے ان کی جانچ ضروری ہے۔</numerusform>
            <numerusform>%n خدمات کی آپ کے ادارے نے تصدیق نہیں کی۔ ان کے فون نمبر اور پتے %1 کے عوامی ذرائع سے لیے گئے ہیں اور اصل ریفرل سے پہلے ان کی جانچ ضروری ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="365" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>فہرست میں %n خدمت</numerusform>
            <numerusform>فہرست میں %n خدمات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="367" />
        <source>starter directory</source>
        <translation>ابتدائی فہرست</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="369" />
        <source>directory version %1</source>
        <translation>فہرست کا ورژن %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="120" />
        <source>Search by name, need, place, language or phone…</source>
        <translation>نام، ضرورت، جگہ، زبان یا فون نمبر سے تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="121" />
        <source>Search services</source>
        <translation>خدمات تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="122" />
        <source>Results follow as you type, in English or Urdu</source>
        <translation>لکھتے ہی نتائج آتے ہیں، انگریزی یا اردو میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="124" />
        <source>Show only services for this need</source>
        <translation>صرف اس ضرورت کی خدمات دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="127" />
        <location filename="../../referral_app/ui/search_panel.py" line="133" />
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="127" />
        <location filename="../../referral_app/ui/search_panel.py" line="134" />
        <location filename="../../referral_app/ui/search_panel.py" line="144" />
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="128" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="128" />
        <location filename="../../referral_app/ui/search_panel.py" line="138" />
        <source>Serves</source>
        <translation>کس کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="129" />
        <source>Sort</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="133" />
        <source>Services in this province</source>
        <translation>اس صوبے کی خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="135" />
        <source>Services in this district; old names are found too</source>
        <translation>اس ضلع کی خدمات؛ پرانے نام بھی ملتے ہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="136" />
        <source>Language spoken</source>
        <translation>بولی جانے والی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="137" />
        <source>Services that speak this language</source>
        <translation>وہ خدمات جہاں یہ زبان بولی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="138" />
        <source>Who the service is open to</source>
        <translation>خدمت کن کے لیے ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="139" />
        <source>Sort results by</source>
        <translation>نتائج کی ترتیب</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="139" />
        <source>The order of results</source>
        <translation>نتائج کس ترتیب سے دکھائے جائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="140" />
        <source>Serves anyone</source>
        <translation>سب کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="140" />
        <source>Serves women</source>
        <translation>خواتین کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="141" />
        <source>Serves men</source>
        <translation>مردوں کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="141" />
        <source>Serves children</source>
        <translation>بچوں کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="143" />
        <source>Best match first</source>
        <translation>بہترین نتیجہ پہلے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="143" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="147" />
        <source>Free only</source>
        <translation>صرف مفت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="147" />
        <source>Only services free of charge</source>
        <translation>صرف مفت خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="148" />
        <source>Open now</source>
        <translation>ابھی کھلا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="148" />
        <source>Only services open at this time</source>
        <translation>صرف وہ خدمات جو اس وقت کھلی ہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="149" />
        <source>Verified in the last 12 months</source>
        <translation>پچھلے 12 مہینوں میں تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="150" />
        <source>Only services someone confirmed in the last year</source>
        <translation>صرف وہ خدمات جن کی پچھلے سال میں تصدیق ہوئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="154" />
        <location filename="../../referral_app/ui/search_panel.py" line="155" />
        <source>Clear filters</source>
        <translation>فلٹر ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="156" />
        <source>Show all services again</source>
        <translation>تمام خدمات دوبارہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="179" />
        <source>All provinces</source>
        <translation>تمام صوبے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="183" />
        <source>Any language</source>
        <translation>کوئی بھی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="195" />
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="58" />
        <location filename="../../referral_app/ui/service_detail.py" line="59" />
        <source>Service details</source>
        <translation>خدمت کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="61" />
        <source>Everything a referral needs about the chosen service</source>
        <translation>منتخب خدمت کے بارے میں ریفرل کے لیے ضروری ہر بات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="62" />
        <location filename="../../referral_app/ui/service_detail.py" line="63" />
        <source>Copy details</source>
        <translation>تفصیل کاپی کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="65" />
        <source>Copy the details as text, without a confidential address</source>
        <translation>تفصیل متن کے طور پر کاپی کریں، خفیہ پتے کے بغیر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="66" />
        <source>Choose a service to see its details.</source>
        <translation>تفصیل دیکھنے کے لیے کوئی خدمت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="105" />
        <source>Status: %1</source>
        <translation>حالت: %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="107" />
        <location filename="../../referral_app/ui/service_detail.py" line="250" />
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="110" />
        <location filename="../../referral_app/ui/service_detail.py" line="253" />
        <source>Who is eligible</source>
        <translation>کون اہل ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="111" />
        <source>How to apply</source>
        <translation>درخواست کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="112" />
        <location filename="../../referral_app/ui/service_detail.py" line="254" />
        <source>Documents to bring</source>
        <translation>ساتھ لانے والی دستاویزات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="113" />
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="114" />
        <location filename="../../referral_app/ui/service_detail.py" line="252" />
        <source>Opening hours</source>
        <translation>اوقات کار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="115" />
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="116" />
        <source>Interpretation</source>
        <translation>ترجمانی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="118" />
        <location filename="../../referral_app/ui/service_detail.py" line="257" />
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="119" />
        <location filename="../../referral_app/ui/service_detail.py" line="258" />
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="121" />
        <source>Covers</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="122" />
        <source>Where this comes from</source>
        <translation>یہ معلومات کہاں سے آئیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="126" />
        <source>What it offers</source>
        <translation>کیا سہولت دیتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="135" />
        <source>(only in English)</source>
        <translation>(صرف انگریزی میں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="154" />
        <source>Ages %1 to %2</source>
        <translation>عمر %1 سے %2 سال</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="157" />
        <source>Aged %1 or over</source>
        <translation>عمر %1 سال یا زیادہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="159" />
        <source>Aged %1 or under</source>
        <translation>عمر %1 سال یا کم</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="161" />
        <source>Women and girls only</source>
        <translation>صرف خواتین اور لڑکیاں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="163" />
        <source>Men and boys only</source>
        <translation>صرف مرد اور لڑکے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="167" />
        <source>Free of charge</source>
        <translation>مفت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="174" />
        <source>Open now, until %1</source>
        <translation>ابھی کھلا ہے، %1 تک</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="177" />
        <source>Closed now; opens %1 at %2</source>
        <translation>ابھی بند ہے؛ %1 کو %2 بجے کھلے گا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="183" />
        <source>Monday</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="183" />
        <source>Tuesday</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="183" />
        <source>Wednesday</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184" />
        <source>Thursday</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184" />
        <source>Friday</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184" />
        <source>Saturday</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184" />
        <source>Sunday</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="190" />
        <location filename="../../referral_app/ui/service_detail.py" line="192" />
        <location filename="../../referral_app/ui/service_detail.py" line="251" />
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="190" />
        <source>No phone number listed</source>
        <translation>کوئی فون نمبر درج نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="192" />
        <source>Copy</source>
        <translation>کاپی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="203" />
        <location filename="../../referral_app/ui/service_detail.py" line="255" />
        <source>Address withheld: call first</source>
        <translation>پتہ ظاہر نہیں کیا گیا: پہلے فون کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="204" />
        <source>Show the address to me</source>
        <translation>پتہ مجھے دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="205" />
        <location filename="../../referral_app/ui/service_detail.py" line="255" />
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="219" />
        <source>Source: %1</source>
        <translation>ماخذ: %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="222" />
        <source>by %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="259" />
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="122" />
        <source>(only in English)</source>
        <translation>(صرف انگریزی میں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="139" />
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="140" />
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="141" />
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="142" />
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="143" />
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="144" />
        <source>Verified</source>
        <translation>تصدیق</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="60" />
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="61" />
        <location filename="../../referral_app/ui/settings_dialog.py" line="65" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="62" />
        <location filename="../../referral_app/ui/settings_dialog.py" line="67" />
        <source>Text size</source>
        <translation>تحریر کا سائز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="63" />
        <location filename="../../referral_app/ui/settings_dialog.py" line="69" />
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="64" />
        <source>White text on black</source>
        <translation>سیاہ پر سفید تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="66" />
        <source>The language of the whole window</source>
        <translation>پوری ونڈو کی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="68" />
        <source>Larger text for easier reading</source>
        <translation>آسانی سے پڑھنے کے لیے بڑی تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="70" />
        <source>White text on a black background</source>
        <translation>سیاہ پس منظر پر سفید تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="72" />
        <location filename="../../referral_app/ui/settings_dialog.py" line="73" />
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>CaseworkMenu</name>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="36"/>
        <source>Back up the casework…</source>
        <translation>کیس کے کام کا بیک اپ بنائیں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="37"/>
        <source>Restore the casework from a backup…</source>
        <translation>بیک اپ سے کیس کا کام واپس لائیں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="46"/>
        <source>Unlock the casework to back it up.</source>
        <translation>بیک اپ بنانے کے لیے کیس کا کام کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="49"/>
        <source>Back up the casework</source>
        <translation>کیس کے کام کا بیک اپ بنائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="58"/>
        <source>The casework is backed up to %1; it opens only with your passphrase.</source>
        <translation>کیس کے کام کا بیک اپ %1 میں بن گیا؛ یہ صرف آپ کے پاس فریز سے کھلتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="62"/>
        <location filename="../../referral_app/ui/casework_menu.py" line="66"/>
        <location filename="../../referral_app/ui/casework_menu.py" line="70"/>
        <source>Restore the casework</source>
        <translation>کیس کا کام واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="67"/>
        <source>The passphrase the backup was made with</source>
        <translation>وہ پاس فریز جس سے بیک اپ بنایا گیا تھا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="71"/>
        <source>Put the backup in place of the casework on this laptop? The casework there now is kept aside in the data folder, not deleted.</source>
        <translation>کیا اس لیپ ٹاپ پر کیس کے کام کی جگہ بیک اپ رکھ دیں؟ ابھی والا کیس کا کام ڈیٹا فولڈر میں الگ رکھ دیا جائے گا، مٹایا نہیں جائے گا۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/casework_menu.py" line="80"/>
        <source>Put back the casework from %1: %n referral(s).</source>
        <translation>
            <numerusform>کیس کا کام %1 والی حالت میں واپس آ گیا: %n ریفرل۔</numerusform>
            <numerusform>کیس کا کام %1 والی حالت میں واپس آ گیا: %n ریفرلز۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="167"/>
        <source>Change the passphrase</source>
        <translation>پاس فریز تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="169"/>
        <source>Passphrase now</source>
        <translation>موجودہ پاس فریز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="169"/>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="170"/>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <location filename="../../referral_app/ui/coordination_menu.py" line="38"/>
        <source>Send referral &amp;figures…</source>
        <translation>ریفرل کے اعداد بھیجیں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_menu.py" line="39"/>
        <source>&amp;Coverage and referral figures…</source>
        <translation>خدمات کی دستیابی اور ریفرل کے اعداد…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_menu.py" line="48"/>
        <source>Unlock the casework to count its referrals.</source>
        <translation>ریفرلز گننے کے لیے کیس کا کام کھولیں۔</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="139"/>
        <source>Coverage and referral figures</source>
        <translation>خدمات کی دستیابی اور ریفرل کے اعداد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="140"/>
        <source>Directory coverage</source>
        <translation>ڈائریکٹری میں خدمات کی دستیابی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="141"/>
        <source>Referral figures</source>
        <translation>ریفرل کے اعداد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="142"/>
        <source>All provinces</source>
        <translation>تمام صوبے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="143"/>
        <source>&amp;Province:</source>
        <translation>صوبہ:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="144"/>
        <source>&amp;Count:</source>
        <translation>گنتی:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="145"/>
        <source>services covering the district</source>
        <translation>ضلع کے لیے دستیاب خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="146"/>
        <source>of them verified in the last 12 months</source>
        <translation>ان میں سے جن کی پچھلے 12 ماہ میں تصدیق ہوئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="147"/>
        <source>of them with a number reported not working</source>
        <translation>ان میں سے جن کا کوئی نمبر بند بتایا گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="148"/>
        <source>&amp;Take in figures files…</source>
        <translation>اعداد کی فائلیں شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="149"/>
        <source>Save the &amp;report (PDF)…</source>
        <translation>رپورٹ محفوظ کریں (PDF)…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="150"/>
        <source>Save as &amp;CSV…</source>
        <translation>CSV کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="151"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="152"/>
        <source>What the grid counts</source>
        <translation>جدول میں کیا گنا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="153"/>
        <source>Services for each need in each district</source>
        <translation>ہر ضلع میں ہر ضرورت کے لیے خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="154"/>
        <source>Take in figures files</source>
        <translation>اعداد کی فائلیں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="155"/>
        <source>Save the report as PDF</source>
        <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="156"/>
        <source>Language of the report</source>
        <translation>رپورٹ کی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="157"/>
        <location filename="../../referral_app/ui/coordination_view.py" line="288"/>
        <source>Save the figures as CSV</source>
        <translation>اعداد CSV کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="188"/>
        <source>Districts with no service, by need (of %1 districts)</source>
        <translation>ہر ضرورت کے لیے بغیر خدمت کے اضلاع (%1 اضلاع میں سے)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="210"/>
        <source>%1 referrals counted from the figures of %2 registered laptop(s). Each laptop leaves out every count under 5 (%3 left out), so the true numbers are at least those shown.</source>
        <translation>%2 رجسٹرڈ لیپ ٹاپ کے اعداد سے %1 ریفرلز گنے گئے۔ ہر لیپ ٹاپ 5 سے کم ہر گنتی نکال دیتا ہے (%3 نکالی گئیں)، اس لیے اصل تعداد کم از کم اتنی ہے جتنی دکھائی گئی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="214"/>
        <source>No figures yet.</source>
        <translation>ابھی کوئی اعداد نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/coordination_view.py" line="216"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n خدمت</numerusform>
            <numerusform>%n خدمات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="217"/>
        <source>no service</source>
        <translation>کوئی خدمت نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="223"/>
        <source>Unmet needs: referrals where services are fewest</source>
        <translation>پوری نہ ہونے والی ضرورتیں: جہاں خدمات سب سے کم ہیں وہاں ریفرلز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="225"/>
        <source>Services with the most failed referrals (failed / all)</source>
        <translation>سب سے زیادہ ناکام ریفرلز والی خدمات (ناکام / کل)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="227"/>
        <source>Referrals by month (failed / all)</source>
        <translation>ماہانہ ریفرلز (ناکام / کل)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="234"/>
        <source>place not known</source>
        <translation>جگہ معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="247"/>
        <source>Take in referral figures</source>
        <translation>ریفرل کے اعداد شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="254"/>
        <source>Cannot read a file: %1; nothing was taken in.</source>
        <translation>ایک فائل پڑھی نہیں جا سکی: %1؛ کچھ شامل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="260"/>
        <source>%1 file(s) read: %2 taken in, %3 already taken in, %4 older than the one kept.</source>
        <translation>%1 فائلیں پڑھی گئیں: %2 شامل کی گئیں، %3 پہلے سے شامل تھیں، %4 رکھی گئی فائل سے پرانی تھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="273"/>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="283"/>
        <source>The report is saved as %1.</source>
        <translation>رپورٹ %1 کے نام سے محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="303"/>
        <source>The figures are saved as %1.</source>
        <translation>اعداد %1 کے نام سے محفوظ ہو گئے۔</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="62"/>
        <source>%1 in the district, %2 province-wide, %3 national; %4 verified in the last 12 months; %5 with a number reported not working</source>
        <translation>ضلع میں %1، صوبے بھر کی %2، قومی %3؛ پچھلے 12 ماہ میں تصدیق شدہ %4؛ بند نمبر والی %5</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="68"/>
        <source>%1 services</source>
        <translation>%1 خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="69"/>
        <source>no service</source>
        <translation>کوئی خدمت نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="78"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
</context>
<context>
    <name>DirectoryCheck</name>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="102"/>
        <source>Restoring the directory…</source>
        <translation>فہرست بحال کی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="118"/>
        <source>The directory could not be restored. Details are in the log.</source>
        <translation>فہرست بحال نہیں ہو سکی۔ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="119"/>
        <source>Referral App</source>
        <translation>ریفرل ایپ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="139"/>
        <source>The directory is damaged</source>
        <translation>فہرست خراب ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="140"/>
        <source>The directory of services on this laptop is damaged, so services may be missing or wrong. Restore it from the last good copy? The damaged file is kept aside, and your corrections and trusted publishers are kept when they can be read.</source>
        <translation>اس لیپ ٹاپ پر خدمات کی فہرست خراب ہے، اس لیے کچھ خدمات غائب یا غلط ہو سکتی ہیں۔ کیا اسے آخری درست نقل سے بحال کریں؟ خراب فائل الگ رکھ دی جاتی ہے، اور آپ کی درستیاں اور قابلِ اعتماد ناشر، جہاں پڑھے جا سکیں، برقرار رہتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="148"/>
        <source>Restore</source>
        <translation>بحال کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="150"/>
        <source>Restore the directory from the last good copy</source>
        <translation>فہرست کو آخری درست نقل سے بحال کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="153"/>
        <source>Later</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="154"/>
        <source>Do not restore now</source>
        <translation>ابھی بحال نہ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="163"/>
        <source>The directory is restored from the starter directory; the damaged file is kept as %1.</source>
        <translation>فہرست ابتدائی فہرست سے بحال ہو گئی؛ خراب فائل %1 کے نام سے رکھی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="166"/>
        <source>The directory is restored from the copy kept on %2; the damaged file is kept as %1.</source>
        <translation>فہرست %2 کو رکھی گئی کاپی سے بحال ہو گئی؛ خراب فائل %1 کے نام سے رکھی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="182"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>DirectoryMenu</name>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="80"/>
        <source>Update directory…</source>
        <translation>فہرست اپ ڈیٹ کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="82"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="160"/>
        <source>Undo last update</source>
        <translation>آخری اپ ڈیٹ واپس لیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="83"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="182"/>
        <source>Update history</source>
        <translation>اپ ڈیٹس کا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="84"/>
        <source>Add a local service…</source>
        <translation>مقامی خدمت شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="85"/>
        <source>Send corrections…</source>
        <translation>درستیاں بھیجیں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="91"/>
        <source>Update the directory from a file</source>
        <translation>فائل سے فہرست اپ ڈیٹ کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/directory_menu.py" line="141"/>
        <source>The directory is updated; %n correction(s) made here are now in it and closed.</source>
        <translation>
            <numerusform>فہرست اپ ڈیٹ ہو گئی؛ یہاں کی گئی %n درستی اب اس میں شامل ہے اور بند کر دی گئی۔</numerusform>
            <numerusform>فہرست اپ ڈیٹ ہو گئی؛ یہاں کی گئی %n درستیاں اب اس میں شامل ہیں اور بند کر دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="143"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="169"/>
        <source>The directory is updated</source>
        <translation>فہرست اپ ڈیٹ ہو گئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="153"/>
        <source>The directory is being updated; try again when it is finished.</source>
        <translation>فہرست اپ ڈیٹ ہو رہی ہے؛ اس کے ختم ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="161"/>
        <source>Bring back the directory as it was before the last update?</source>
        <translation>فہرست کو آخری اپ ڈیٹ سے پہلے والی حالت میں واپس لائیں؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="177"/>
        <source>The update could not be undone; details are in the log.</source>
        <translation>اپ ڈیٹ واپس نہیں ہو سکی؛ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="194"/>
        <source>Version %1 from %2 (%3), %4: added %5, changed %6, removed %7</source>
        <translation>ورژن %1، از %2 (%3)، %4: شامل %5، تبدیل %6، حذف %7</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="183"/>
        <source>No update has been applied yet.</source>
        <translation>ابھی تک کوئی اپ ڈیٹ نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="188"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="196"/>
        <source>File %2, not signed, %4: added %5, changed %6, removed %7</source>
        <translation>فائل %2، بغیر دستخط، %4: شامل %5، تبدیل %6، حذف %7</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="213"/>
        <source>Correction kept; send it to the coordinator with File &gt; Send corrections</source>
        <translation>درستی محفوظ ہو گئی؛ اسے فائل &gt; درستیاں بھیجیں سے رابطہ کار کو بھیجیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="218"/>
        <source>Correct %1</source>
        <translation>%1 درست کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="219"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="230"/>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="219"/>
        <source>Opening hours</source>
        <translation>اوقات کار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="220"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="229"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="229"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="230"/>
        <source>District or province</source>
        <translation>ضلع یا صوبہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="231"/>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="232"/>
        <source>Add a local service</source>
        <translation>مقامی خدمت شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="244"/>
        <source>%1 is added on this laptop; send it to the coordinator with File &gt; Send corrections</source>
        <translation>%1 اس لیپ ٹاپ پر شامل ہو گئی؛ اسے فائل &gt; درستیاں بھیجیں سے رابطہ کار کو بھیجیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="263"/>
        <source>Save the corrections</source>
        <translation>درستیاں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="260"/>
        <source>Unlock the casework to sign the corrections: this laptop&apos;s key is kept in it.</source>
        <translation>درستیوں پر دستخط کے لیے کیس کا کام کھولیں: اس لیپ ٹاپ کی کلید اسی میں رکھی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/directory_menu.py" line="275"/>
        <source>%n correction(s) saved to %1, signed by this laptop (key %2)</source>
        <translation>
            <numerusform>%n درستی %1 میں محفوظ ہوئی، اس لیپ ٹاپ کے دستخط کے ساتھ (کلید %2)</numerusform>
            <numerusform>%n درستیاں %1 میں محفوظ ہوئیں، اس لیپ ٹاپ کے دستخط کے ساتھ (کلید %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="81"/>
        <source>Import a spreadsheet…</source>
        <translation>اسپریڈشیٹ درآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="106"/>
        <source>Import a spreadsheet</source>
        <translation>اسپریڈشیٹ درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="130"/>
        <source>The spreadsheet could not be read; details are in the log.</source>
        <translation>اسپریڈشیٹ پڑھی نہیں جا سکی؛ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/directory_menu.py" line="135"/>
        <source>%n service(s) added and %1 changed from the spreadsheet</source>
        <translation>
            <numerusform>اسپریڈشیٹ سے %n سروس شامل ہوئی اور %1 میں تبدیلی ہوئی</numerusform>
            <numerusform>اسپریڈشیٹ سے %n سروسز شامل ہوئیں اور %1 میں تبدیلی ہوئی</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorEdge</name>
    <message>
        <location filename="../../referral_app/ui/error_edge.py" line="35"/>
        <source>Something went wrong and what you were doing was not finished. The details are in the log (%1); please report it.</source>
        <translation>کچھ غلط ہو گیا اور جو کام آپ کر رہے تھے وہ مکمل نہیں ہوا۔ تفصیل لاگ (%1) میں ہے؛ براہِ کرم اس کی اطلاع دیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/error_edge.py" line="72"/>
        <source>Referral App</source>
        <translation>ریفرل ایپ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/error_edge.py" line="80"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="23"/>
        <source>Legal aid</source>
        <translation>قانونی مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="24"/>
        <source>Shelter</source>
        <translation>پناہ گاہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="25"/>
        <source>Education and skills</source>
        <translation>تعلیم و ہنر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="26"/>
        <source>Livelihood and income</source>
        <translation>روزگار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="27"/>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="28"/>
        <source>Counselling</source>
        <translation>نفسیاتی مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="29"/>
        <source>Protection and police</source>
        <translation>تحفظ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="30"/>
        <source>Return and documents</source>
        <translation>واپسی اور دستاویزات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="31"/>
        <source>Emergency and helplines</source>
        <translation>ہنگامی مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37"/>
        <source>verified</source>
        <translation>تصدیق</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37"/>
        <source>number not working</source>
        <translation>نمبر کام نہیں کرتا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="38"/>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="38"/>
        <source>opening hours</source>
        <translation>اوقات کار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="39"/>
        <source>address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="39"/>
        <source>added here</source>
        <translation>یہاں شامل کی گئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="45"/>
        <source>Unverified</source>
        <translation>تصدیق نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="47"/>
        <source>Verified this month</source>
        <translation>اس مہینے تصدیق ہوئی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="49"/>
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>%n مہینہ پہلے تصدیق ہوئی</numerusform>
            <numerusform>%n مہینے پہلے تصدیق ہوئی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="50"/>
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
        <location filename="../../referral_app/ui/main_window.py" line="187"/>
        <source>Copied</source>
        <translation>کاپی ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="190"/>
        <source>Save the slip</source>
        <translation>پرچی محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="191"/>
        <source>Sending without consent</source>
        <translation>رضامندی کے بغیر بھیجنا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="314"/>
        <source>Referral App: services directory</source>
        <translation>ریفرل ایپ: خدمات کی فہرست</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="316"/>
        <source>&amp;Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="318"/>
        <source>&amp;Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="320"/>
        <source>Change the casework passphrase…</source>
        <translation>کیس کے کام کا پاس فریز تبدیل کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="324"/>
        <source>Find a service</source>
        <translation>خدمت تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="325"/>
        <location filename="../../referral_app/ui/main_window.py" line="408"/>
        <source>Back to the search field</source>
        <translation>واپس تلاش کے خانے میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="326"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="327"/>
        <source>Quick exit</source>
        <translation>فوری اخراج</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="329"/>
        <source>Hide the window at once and lock the casework (Ctrl+Shift+Q, or Esc three times)</source>
        <translation>ونڈو فوراً چھپائیں اور کیس کا کام بند کریں (Ctrl+Shift+Q، یا تین بار Esc)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="330"/>
        <source>Lock now</source>
        <translation>ابھی لاک کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="331"/>
        <source>Lock the casework (Ctrl+L)</source>
        <translation>کیس کا کام لاک کریں (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="332"/>
        <source>Add to referral</source>
        <translation>ریفرل میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="337"/>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="338"/>
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="339"/>
        <source>Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="340"/>
        <source>Warning about unverified numbers</source>
        <translation>غیر تصدیق شدہ نمبروں کی تنبیہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="341"/>
        <source>Number of results</source>
        <translation>نتائج کی تعداد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="342"/>
        <source>No results</source>
        <translation>کوئی نتیجہ نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="343"/>
        <location filename="../../referral_app/ui/main_window.py" line="344"/>
        <source>Clear the filters</source>
        <translation>فلٹر ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="345"/>
        <source>Show all services again</source>
        <translation>تمام خدمات دوبارہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="346"/>
        <source>Search results</source>
        <translation>تلاش کے نتائج</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="348"/>
        <source>Services that match; Enter shows the details of the chosen one</source>
        <translation>ملتی جلتی خدمات؛ Enter دبانے سے منتخب خدمت کی تفصیل کھلتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="405"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="405"/>
        <source>Go to the search field</source>
        <translation>تلاش کے خانے میں جائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="406"/>
        <source>Down arrow</source>
        <translation>نیچے والا تیر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="406"/>
        <source>From the search field into the results</source>
        <translation>تلاش کے خانے سے نتائج میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="407"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="407"/>
        <source>Open the details of the chosen service</source>
        <translation>منتخب خدمت کی تفصیل کھولیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="408"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="409"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="409"/>
        <source>Move between filters, results and details</source>
        <translation>فلٹر، نتائج اور تفصیل کے درمیان جائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="410"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="410"/>
        <source>This list</source>
        <translation>یہ فہرست</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="411"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="411"/>
        <source>Settings: language, text size, contrast</source>
        <translation>ترتیبات: زبان، تحریر کا سائز، کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="412"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="412"/>
        <source>Add the chosen service to the referral</source>
        <translation>منتخب خدمت ریفرل میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="413"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="413"/>
        <source>Lock the casework</source>
        <translation>کیس کا کام لاک کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="414"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="414"/>
        <source>Quick exit: hide and lock at once</source>
        <translation>فوری اخراج: فوراً چھپائیں اور لاک کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="415"/>
        <source>Esc Esc Esc</source>
        <translation>Esc Esc Esc</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="415"/>
        <source>Quick exit too</source>
        <translation>یہ بھی فوری اخراج ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="416"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="416"/>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="421"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="427"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="495"/>
        <source>The passphrase is changed</source>
        <translation>پاس فریز تبدیل ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="640"/>
        <source>The search could not be run; the directory may be damaged. Details are in the log.</source>
        <translation>تلاش نہیں ہو سکی؛ ہو سکتا ہے فہرست خراب ہو۔ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="649"/>
        <source>Counting the services found…</source>
        <translation>ملنے والی خدمات گنی جا رہی ہیں…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="652"/>
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n خدمت ملی</numerusform>
            <numerusform>%n خدمات ملیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="660"/>
        <source>No services match &apos;%1&apos; with the filter %2. Clear the filter?</source>
        <translation>فلٹر %2 کے ساتھ &apos;%1&apos; سے کوئی خدمت نہیں ملی۔ فلٹر ہٹائیں؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="663"/>
        <source>No services match the filter %1. Clear the filter?</source>
        <translation>فلٹر %1 سے کوئی خدمت نہیں ملی۔ فلٹر ہٹائیں؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="666"/>
        <source>No services match &apos;%1&apos;. Try fewer or shorter words.</source>
        <translation>&apos;%1&apos; سے کوئی خدمت نہیں ملی۔ کم یا چھوٹے الفاظ آزمائیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="700"/>
        <source>%n service(s) have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</source>
        <translation>
            <numerusform>%n خدمت کی آپ کے ادارے نے تصدیق نہیں کی۔ اس کے فون نمبر اور پتہ %1 کے عوامی ذرائع سے لیے گئے ہیں اور اصل ریفرل سے پہلے ان کی جانچ ضروری ہے۔</numerusform>
            <numerusform>%n خدمات کی آپ کے ادارے نے تصدیق نہیں کی۔ ان کے فون نمبر اور پتے %1 کے عوامی ذرائع سے لیے گئے ہیں اور اصل ریفرل سے پہلے ان کی جانچ ضروری ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="708"/>
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>فہرست میں %n خدمت</numerusform>
            <numerusform>فہرست میں %n خدمات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="710"/>
        <source>starter directory</source>
        <translation>ابتدائی فہرست</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="712"/>
        <source>directory version %1</source>
        <translation>فہرست کا ورژن %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="317"/>
        <source>C&amp;oordination</source>
        <translation>رابطہ کاری</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="20"/>
        <source>Choose a passphrase: it protects every referral on this laptop.</source>
        <translation>پاس فریز چنیں: یہ اس لیپ ٹاپ پر ہر ریفرل کی حفاظت کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="22"/>
        <source>The two passphrases are not the same; type it again twice.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں؛ اسے دوبارہ دو بار لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="23"/>
        <source>Use at least %1 characters; a short sentence is easier to remember and harder to guess.</source>
        <translation>کم از کم %1 حروف استعمال کریں؛ ایک چھوٹا جملہ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="25"/>
        <source>The passphrase holds a character that cannot be used.</source>
        <translation>پاس فریز میں ایک ایسا حرف ہے جو استعمال نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="26"/>
        <source>This laptop already has a casework file; unlock it instead.</source>
        <translation>اس لیپ ٹاپ پر کیس کے کام کی فائل پہلے سے موجود ہے؛ نئی بنانے کے بجائے اسے کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="27"/>
        <source>There is no casework file on this laptop yet; create one first.</source>
        <translation>اس لیپ ٹاپ پر ابھی کیس کے کام کی کوئی فائل نہیں؛ پہلے ایک بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="29"/>
        <source>That passphrase does not open the casework file; check it and try again. (If it is right, the file may be damaged; it has been left untouched.)</source>
        <translation>یہ پاس فریز کیس کے کام کی فائل نہیں کھولتا؛ اسے جانچ کر دوبارہ کوشش کریں۔ (اگر یہ درست ہے تو فائل خراب ہو سکتی ہے؛ اسے چھیڑا نہیں گیا۔)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="32"/>
        <source>%1 is damaged (cut short); it has been left untouched so that it can be recovered from a backup.</source>
        <translation>%1 خراب ہے (ادھوری ہے)؛ اسے چھیڑا نہیں گیا تاکہ بیک اپ سے واپس لائی جا سکے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="34"/>
        <source>%1 is not encrypted, so it is not ours; it has been left untouched.</source>
        <translation>%1 خفیہ (encrypted) نہیں، اس لیے یہ ہماری فائل نہیں؛ اسے چھیڑا نہیں گیا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="36"/>
        <source>Cannot create the casework file in %1; check that the folder can be written.</source>
        <translation>%1 میں کیس کے کام کی فائل نہیں بن سکی؛ دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="76"/>
        <source>Another trusted publisher is already called %1; give this one a name that tells them apart.</source>
        <translation>ایک اور قابلِ اعتماد ناشر کا نام پہلے ہی %1 ہے؛ اس ناشر کو ایسا نام دیں جس سے دونوں میں فرق معلوم ہو۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="78"/>
        <source>%1 is trusted for some areas only; to trust it everywhere, remove it first and add it again.</source>
        <translation>%1 پر صرف کچھ علاقوں کے لیے اعتماد ہے؛ اسے ہر جگہ کے لیے قابلِ اعتماد بنانے کے لیے پہلے اسے ہٹائیں اور پھر دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="80"/>
        <source>Give the case a code (never the survivor&apos;s name).</source>
        <translation>کیس کو ایک کوڈ دیں (متاثرہ فرد کا نام کبھی نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="81"/>
        <source>A case code is 3 to 40 letters, digits, &apos;-&apos; or &apos;/&apos;, such as ORG-2026-0001; never the survivor&apos;s name.</source>
        <translation>کیس کوڈ 3 سے 40 حروف، ہندسے، &apos;-&apos; یا &apos;/&apos; ہوتا ہے، جیسے ORG-2026-0001؛ متاثرہ فرد کا نام کبھی نہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="83"/>
        <source>The case code %1 is already used; choose another.</source>
        <translation>کیس کوڈ %1 پہلے سے استعمال میں ہے؛ کوئی اور چنیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="84"/>
        <source>That service is not part of this referral.</source>
        <translation>یہ خدمت اس ریفرل کا حصہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="85"/>
        <source>There are no corrections to send.</source>
        <translation>بھیجنے کے لیے کوئی درستی نہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="88"/>
        <source>Write the corrected value.</source>
        <translation>درست کی ہوئی معلومات لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="89"/>
        <source>A correction is at most %1 characters.</source>
        <translation>ایک درستی زیادہ سے زیادہ %1 حروف کی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="90"/>
        <source>Give the service a name.</source>
        <translation>خدمت کو ایک نام دیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="110"/>
        <source>Choose what need the service meets.</source>
        <translation>چنیں کہ یہ خدمت کون سی ضرورت پوری کرتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="111"/>
        <source>No update has been applied on this laptop; there is nothing to undo.</source>
        <translation>اس لیپ ٹاپ پر ابھی کوئی اپ ڈیٹ لاگو نہیں ہوئی؛ واپس کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="113"/>
        <source>The copy of the directory kept before the last update (%1) is damaged, so the update cannot be undone; the directory is unchanged.</source>
        <translation>آخری اپ ڈیٹ سے پہلے رکھی گئی فہرست کی نقل (%1) خراب ہے، اس لیے اپ ڈیٹ واپس نہیں ہو سکتی؛ فہرست نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="116"/>
        <source>The directory could not be changed back (%1); nothing changed.</source>
        <translation>فہرست واپس نہیں بدلی جا سکی (%1)؛ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="118"/>
        <source>The copy of the directory kept before the last update (%1) was made by another version of Referral App, so the update cannot be undone; the directory is unchanged.</source>
        <translation>آخری اپ ڈیٹ سے پہلے رکھی گئی فہرست کی نقل (%1) ریفرل ایپ کے کسی اور ورژن نے بنائی تھی، اس لیے اپ ڈیٹ واپس نہیں ہو سکتی؛ فہرست نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="91"/>
        <source>A name or a place is at most %1 characters.</source>
        <translation>نام یا جگہ زیادہ سے زیادہ %1 حروف کی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="93"/>
        <source>The phone number is %1 characters long; write one number of at most 30 characters.</source>
        <translation>فون نمبر %1 حروف لمبا ہے؛ ایک نمبر لکھیں جو زیادہ سے زیادہ 30 حروف کا ہو۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="95"/>
        <source>The phone number holds a direction control (%1), which can make it show one number and dial another; type it again with the digits 0-9.</source>
        <translation>فون نمبر میں سمت بدلنے والا ایک نشان (%1) ہے، جس سے نمبر دکھتا کچھ اور ہے اور ملتا کچھ اور؛ اسے ⁦0-9⁩ کے ہندسوں سے دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="98"/>
        <source>The phone number holds an invisible character (%1); type it again with the digits 0-9.</source>
        <translation>فون نمبر میں ایک نظر نہ آنے والا حرف (%1) ہے؛ اسے ⁦0-9⁩ کے ہندسوں سے دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="100"/>
        <source>The phone number holds a digit of another script (%1); type it again with the digits 0-9.</source>
        <translation>فون نمبر میں کسی اور رسم الخط کا ہندسہ (%1) ہے؛ اسے ⁦0-9⁩ کے ہندسوں سے دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="102"/>
        <source>The phone number holds letters (%1); write only the number, without an extension or a note such as &apos;toll free&apos;.</source>
        <translation>فون نمبر میں حروف (%1) ہیں؛ صرف نمبر لکھیں، ایکسٹینشن یا &apos;ٹول فری&apos; جیسے نوٹ کے بغیر۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="104"/>
        <source>The phone number holds more than one number (%1); write one number at a time.</source>
        <translation>اس فون نمبر میں ایک سے زیادہ نمبر (%1) ہیں؛ ایک وقت میں ایک نمبر لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="106"/>
        <source>The phone number holds %1, which is not part of a number; use only the digits 0-9, spaces and + - ( ).</source>
        <translation>فون نمبر میں %1 ہے، جو نمبر کا حصہ نہیں؛ صرف ⁦0-9⁩ کے ہندسے، خالی جگہ اور ⁦+ - ( )⁩ استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="108"/>
        <source>The phone number has too few or too many digits (%1); a phone number has 2 to 15.</source>
        <translation>فون نمبر میں ہندسے بہت کم یا بہت زیادہ (%1) ہیں؛ فون نمبر میں 2 سے 15 ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="39"/>
        <source>That passphrase is too easy to guess (a common word, name, place or pattern); use a short sentence of your own, such as four unrelated words.</source>
        <translation>یہ پاس فریز اندازہ لگانے میں بہت آسان ہے (کوئی عام لفظ، نام، جگہ یا ترتیب)؛ اپنا ایک چھوٹا سا جملہ لکھیں، جیسے چار غیر متعلق الفاظ۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="42"/>
        <source>Wait %1 seconds before trying again.</source>
        <translation>دوبارہ کوشش سے پہلے %1 سیکنڈ انتظار کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="44"/>
        <source>The casework file is damaged, so referrals cannot be read; the last good copy was made on %1 and can be put back.</source>
        <translation>کیس کے کام کی فائل خراب ہو گئی ہے، اس لیے ریفرلز پڑھے نہیں جا سکتے؛ آخری درست کاپی %1 کو بنی تھی اور واپس لائی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="46"/>
        <source>The casework file is damaged, so referrals cannot be read, and there is no good copy of it; it has been left untouched.</source>
        <translation>کیس کے کام کی فائل خراب ہو گئی ہے، اس لیے ریفرلز پڑھے نہیں جا سکتے، اور اس کی کوئی درست کاپی موجود نہیں؛ فائل کو چھیڑا نہیں گیا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="49"/>
        <source>The casework file is older than the copy kept on %1, which holds later changes; that copy can be put back.</source>
        <translation>کیس کے کام کی فائل %1 کو رکھی گئی کاپی سے پرانی ہے، اور اس کاپی میں بعد کی تبدیلیاں ہیں؛ وہ کاپی واپس لائی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="51"/>
        <source>The casework file is not the one this laptop kept copies of (it may come from another laptop); the copy kept on %1 can be put back.</source>
        <translation>کیس کے کام کی یہ فائل وہ نہیں جس کی کاپیاں اس لیپ ٹاپ نے رکھی تھیں (شاید کسی اور لیپ ٹاپ سے آئی ہے)؛ %1 کو رکھی گئی کاپی واپس لائی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="54"/>
        <source>There is no good copy of the casework file that opens with this passphrase; nothing was changed.</source>
        <translation>کیس کے کام کی فائل کی کوئی ایسی درست کاپی نہیں جو اس پاس فریز سے کھلے؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="56"/>
        <source>Cannot put the copy back in %1; nothing was changed.</source>
        <translation>کاپی %1 میں واپس نہیں رکھی جا سکی؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="57"/>
        <source>Choose a place for the backup outside the data folder, such as a USB stick.</source>
        <translation>بیک اپ کے لیے ڈیٹا فولڈر سے باہر کوئی جگہ چنیں، جیسے یو ایس بی اسٹک۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="59"/>
        <source>%1 is a folder; give the backup a file name, such as casework-backup.db.</source>
        <translation>%1 ایک فولڈر ہے؛ بیک اپ کو فائل کا نام دیں، جیسے casework-backup.db</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="61"/>
        <source>%1 exists already; choose another name (a backup is never written over another file here).</source>
        <translation>%1 پہلے سے موجود ہے؛ کوئی اور نام چنیں (یہاں بیک اپ کسی دوسری فائل کے اوپر نہیں لکھا جاتا)۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="63"/>
        <source>Cannot write the backup to %1; no backup was made.</source>
        <translation>بیک اپ %1 میں نہیں لکھا جا سکا؛ کوئی بیک اپ نہیں بنا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="64"/>
        <source>The backup written to %1 reads back differently; the drive may be failing. Use another one.</source>
        <translation>%1 میں لکھا گیا بیک اپ پڑھنے پر مختلف نکلا؛ شاید ڈرائیو خراب ہو رہی ہے۔ کوئی دوسری استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="66"/>
        <source>%1 is a folder; choose the backup file in it; nothing was changed.</source>
        <translation>%1 ایک فولڈر ہے؛ اس میں سے بیک اپ فائل چنیں؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="68"/>
        <source>Cannot read %1; nothing was changed.</source>
        <translation>%1 پڑھی نہیں جا سکی؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="69"/>
        <source>%1 is not a casework backup; nothing was changed.</source>
        <translation>%1 کیس کے کام کا بیک اپ نہیں ہے؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="70"/>
        <source>Cannot copy the backup into %1; nothing was changed.</source>
        <translation>بیک اپ %1 میں کاپی نہیں ہو سکا؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="71"/>
        <source>%1 does not open with this passphrase as a whole casework backup (another passphrase, a damaged file, or not a backup); nothing was changed.</source>
        <translation>%1 اس پاس فریز سے کیس کے کام کے مکمل بیک اپ کے طور پر نہیں کھلتی (کوئی اور پاس فریز، خراب فائل، یا بیک اپ ہی نہیں)؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="74"/>
        <source>Cannot put the backup in place in %1; nothing was changed.</source>
        <translation>بیک اپ %1 میں اپنی جگہ نہیں رکھا جا سکا؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="86"/>
        <source>Another import or update is running on this directory; wait for it to finish and try again.</source>
        <translation>اس فہرست پر ابھی کوئی اور امپورٹ یا اپ ڈیٹ چل رہی ہے؛ اس کے ختم ہونے کا انتظار کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="122"/>
        <source>The record of what the last update changed is no longer kept (only the last %1 updates can be undone), so it cannot be undone; the directory is unchanged.</source>
        <translation>آخری اپ ڈیٹ نے جو بدلا اس کا ریکارڈ اب رکھا ہوا نہیں (صرف آخری %1 اپ ڈیٹس واپس ہو سکتی ہیں)، اس لیے یہ واپس نہیں ہو سکتی؛ فہرست نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="125"/>
        <source>The record of what the last update changed was made by another version of Referral App, so the update cannot be undone; the directory is unchanged.</source>
        <translation>آخری اپ ڈیٹ نے جو بدلا اس کا ریکارڈ ریفرل ایپ کے کسی اور ورژن نے بنایا تھا، اس لیے اپ ڈیٹ واپس نہیں ہو سکتی؛ فہرست نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="128"/>
        <source>The directory was changed since the last update in a way that stands in the way of undoing it (%1); the directory is unchanged.</source>
        <translation>آخری اپ ڈیٹ کے بعد فہرست میں ایسی تبدیلی ہوئی ہے جو اسے واپس کرنے کے راستے میں ہے (%1)؛ فہرست نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="131"/>
        <source>The directory no longer has the table %1 that the last update changed, so it cannot be undone; the directory is unchanged.</source>
        <translation>فہرست میں اب وہ جدول %1 نہیں جو آخری اپ ڈیٹ نے بدلا تھا، اس لیے یہ واپس نہیں ہو سکتی؛ فہرست نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="134"/>
        <source>%1 is damaged and cannot be trusted; run &apos;referral-app repair&apos; to restore the last good copy (the damaged file is kept aside).</source>
        <translation>%1 خراب ہے اور اس پر بھروسا نہیں کیا جا سکتا؛ آخری درست نقل بحال کرنے کے لیے &apos;referral-app repair&apos; چلائیں (خراب فائل الگ رکھ دی جاتی ہے)۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="137"/>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>%1 والی ڈسک بھری ہوئی ہے؛ کچھ نہیں بدلا۔ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="139"/>
        <source>The disk holding %1 is full; nothing was imported. Free some space and try again.</source>
        <translation>%1 والی ڈسک بھری ہوئی ہے؛ کچھ امپورٹ نہیں ہوا۔ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="142"/>
        <source>%1 is protected with a password; open it in Excel or LibreOffice, remove the password, save it, and import it again.</source>
        <translation>%1 پاس ورڈ سے محفوظ ہے؛ اسے Excel یا LibreOffice میں کھولیں، پاس ورڈ ہٹائیں، محفوظ کریں اور دوبارہ درآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="145"/>
        <source>%1 is not a spreadsheet this app can read (it may be damaged); open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>%1 ایسی اسپریڈشیٹ نہیں جو یہ ایپ پڑھ سکے (شاید خراب ہو)؛ اسے Excel یا LibreOffice میں کھول کر دوبارہ ‎.xlsx کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="148"/>
        <source>%1 has no rows; a sheet needs a header row and one row per service.</source>
        <translation>%1 میں کوئی قطار نہیں؛ شیٹ میں عنوانات کی ایک قطار اور ہر سروس کی ایک قطار ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="150"/>
        <source>%1: no column is chosen as the service&apos;s name; choose one (in the window, or in the mapping file) and import it again.</source>
        <translation>%1: سروس کے نام کے لیے کوئی کالم منتخب نہیں کیا گیا؛ ایک کالم منتخب کریں (ونڈو میں یا میپنگ فائل میں) اور دوبارہ درآمد کریں۔</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="24"/>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="25"/>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="26"/>
        <source>&amp;Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="27"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="32"/>
        <source>&amp;Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="34"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="35"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="36"/>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="37"/>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="38"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="13"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="14"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="15"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="16"/>
        <source>&amp;Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="17"/>
        <source>&amp;No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="18"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="19"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="20"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="42"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="43"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="44"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="45"/>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="46"/>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="47"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QueryChips</name>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="73"/>
        <source>for women</source>
        <translation>خواتین کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="73"/>
        <source>for children</source>
        <translation>بچوں کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="74"/>
        <source>for men</source>
        <translation>مردوں کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="77"/>
        <source> or </source>
        <translation> یا </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="78"/>
        <source>covering %1</source>
        <translation>%1 میں دستیاب</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="84"/>
        <source>Searching the words as typed.</source>
        <translation>الفاظ ویسے ہی تلاش ہو رہے ہیں جیسے لکھے گئے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="85"/>
        <source>Read needs and places in them</source>
        <translation>ان میں ضرورتیں اور جگہیں پہچانیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="89"/>
        <source>Read as:</source>
        <translation>یوں سمجھا گیا:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/query_chips.py" line="90"/>
        <source>Only the first %n words are searched. Read as:</source>
        <translation>
            <numerusform>صرف پہلے %n الفاظ تلاش ہوتے ہیں۔ یوں سمجھا گیا:</numerusform>
            <numerusform>صرف پہلے %n الفاظ تلاش ہوتے ہیں۔ یوں سمجھا گیا:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="91"/>
        <source>Search the words as typed instead</source>
        <translation>اس کے بجائے الفاظ ویسے ہی تلاش کریں جیسے لکھے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="96"/>
        <source>Remove: %1</source>
        <translation>ہٹائیں: %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="97"/>
        <source>Read from &apos;%1&apos;; click to search it as a plain word</source>
        <translation>&apos;%1&apos; سے سمجھا گیا؛ اسے سادہ لفظ کے طور پر تلاش کرنے کے لیے کلک کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="100"/>
        <source>Read from &apos;%1&apos; (spelling corrected); click to search it as a plain word</source>
        <translation>&apos;%1&apos; سے سمجھا گیا (ہجے درست کر کے)؛ اسے سادہ لفظ کے طور پر تلاش کرنے کے لیے کلک کریں</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="223"/>
        <source>The casework is locked. Unlock it to make a referral; searching the directory needs no passphrase.</source>
        <translation>کیس کا کام لاک ہے۔ ریفرل بنانے کے لیے اسے کھولیں؛ فہرست میں تلاش کے لیے پاس فریز کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="225"/>
        <source>Unlock casework…</source>
        <translation>کیس کا کام کھولیں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="227"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="262"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="284"/>
        <source>Case code</source>
        <translation>کیس کوڈ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="227"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="285"/>
        <source>Priority</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="228"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="262"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="286"/>
        <source>Age band</source>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="228"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="263"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="286"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="229"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="289"/>
        <source>Caregiver informed</source>
        <translation>سرپرست کو بتایا گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="230"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="290"/>
        <source>Why not informed</source>
        <translation>کیوں نہیں بتایا گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="231"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="264"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="291"/>
        <source>Reason for referral</source>
        <translation>ریفرل کی وجہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="231"/>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="232"/>
        <source>Her needs</source>
        <translation>اس کی ضروریات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="240"/>
        <source>Emergency (within 24 hours)</source>
        <translation>ہنگامی (24 گھنٹوں کے اندر)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="241"/>
        <source>Urgent (within 72 hours)</source>
        <translation>فوری (72 گھنٹوں کے اندر)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="242"/>
        <source>Normal (within 2 weeks)</source>
        <translation>عام (2 ہفتوں کے اندر)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="244"/>
        <source>Unknown</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="245"/>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="245"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="245"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="246"/>
        <source>Not stated</source>
        <translation>نہیں بتایا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="248"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="248"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="250"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="250"/>
        <source>In person</source>
        <translation>خود جا کر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="250"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="251"/>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="253"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="287"/>
        <source>Has a disability</source>
        <translation>معذوری ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="254"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="288"/>
        <source>Under 18</source>
        <translation>18 سال سے کم</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="255"/>
        <source>Short reason; no names</source>
        <translation>مختصر وجہ؛ کوئی نام نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="256"/>
        <source>Never write the survivor&apos;s name: the case code is enough.</source>
        <translation>متاثرہ فرد کا نام کبھی نہ لکھیں: کیس کوڈ کافی ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="258"/>
        <source>Her consent for the chosen service</source>
        <translation>منتخب خدمت کے لیے اس کی رضامندی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="259"/>
        <source>She agrees to be referred to this service</source>
        <translation>وہ اس خدمت کی طرف ریفرل پر راضی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="260"/>
        <source>May be shared</source>
        <translation>بتایا جا سکتا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="263"/>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="264"/>
        <source>Safe way to contact her</source>
        <translation>اس سے رابطے کا محفوظ طریقہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="266"/>
        <source>Risk information</source>
        <translation>خطرے کی معلومات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="271"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="294"/>
        <source>Appointment</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="272"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="295"/>
        <source>Sent by</source>
        <translation>کیسے بھیجا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="273"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="296"/>
        <source>Record consent</source>
        <translation>رضامندی درج کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="274"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="297"/>
        <source>Save referral</source>
        <translation>ریفرل محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="275"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="298"/>
        <source>Mark sent</source>
        <translation>بھیجا گیا درج کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="276"/>
        <source>Export slip…</source>
        <translation>پرچی بنائیں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="277"/>
        <source>Service copy…</source>
        <translation>ادارے کی نقل…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="278"/>
        <source>Print slip…</source>
        <translation>پرچی پرنٹ کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="279"/>
        <source>Handout…</source>
        <translation>معلوماتی پرچہ…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="280"/>
        <source>Slip</source>
        <translation>پرچی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="281"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="306"/>
        <source>Large print</source>
        <translation>بڑی تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="282"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="307"/>
        <source>One service per page</source>
        <translation>ہر صفحے پر ایک خدمت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="283"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="300"/>
        <source>New referral</source>
        <translation>نیا ریفرل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="292"/>
        <source>Services in this referral</source>
        <translation>اس ریفرل کی خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="293"/>
        <source>Consent given</source>
        <translation>رضامندی دی گئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="299"/>
        <source>Export slip</source>
        <translation>پرچی بنائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="301"/>
        <source>Copy for the receiving service</source>
        <translation>وصول کرنے والے ادارے کی نقل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="302"/>
        <source>Print slip</source>
        <translation>پرچی پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="303"/>
        <source>Handout without case data</source>
        <translation>کیس کی معلومات کے بغیر معلوماتی پرچہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="304"/>
        <source>Slip language</source>
        <translation>پرچی کی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="305"/>
        <source>Page size</source>
        <translation>صفحے کا سائز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="308"/>
        <source>Unlock casework</source>
        <translation>کیس کا کام کھولیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="375"/>
        <source>%1 is already in this referral.</source>
        <translation>%1 پہلے ہی اس ریفرل میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="424"/>
        <source>Consent recorded</source>
        <translation>رضامندی درج ہو گئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="444"/>
        <source>This referral is saved; changes are kept as you make them.</source>
        <translation>یہ ریفرل محفوظ ہے؛ تبدیلیاں ساتھ ساتھ محفوظ ہوتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="448"/>
        <source>Add at least one service before saving.</source>
        <translation>محفوظ کرنے سے پہلے کم از کم ایک خدمت شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="457"/>
        <source>Referral %1 saved</source>
        <translation>ریفرل %1 محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="463"/>
        <source>Save the referral and choose a service first.</source>
        <translation>پہلے ریفرل محفوظ کریں اور ایک خدمت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="468"/>
        <source>She has not agreed to this referral. Write why it must be sent without her consent (for example a risk to her life), or cancel.</source>
        <translation>وہ اس ریفرل پر راضی نہیں ہوئی۔ لکھیں کہ اسے اس کی رضامندی کے بغیر کیوں بھیجنا ضروری ہے (مثلاً اس کی جان کو خطرہ)، یا منسوخ کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="477"/>
        <source>Marked sent</source>
        <translation>بھیجا گیا درج ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="483"/>
        <source>Add a service before making a slip.</source>
        <translation>پرچی بنانے سے پہلے کوئی خدمت شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="536"/>
        <source>Written to %1</source>
        <translation>%1 میں محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="545"/>
        <source>The slip could not be written; details are in the log.</source>
        <translation>پرچی محفوظ نہیں ہو سکی؛ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="523"/>
        <source>Choose a service first.</source>
        <translation>پہلے کوئی خدمت منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="69"/>
        <source>Case or service</source>
        <translation>کیس یا خدمت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="69"/>
        <source>Priority or outcome</source>
        <translation>ترجیح یا نتیجہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="70"/>
        <source>Next follow-up</source>
        <translation>اگلی پیروی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="70"/>
        <source>State</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="71"/>
        <source>Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="72"/>
        <source>Pending</source>
        <translation>زیر التوا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="72"/>
        <source>Accepted</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="73"/>
        <source>Completed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="73"/>
        <source>Declined by her</source>
        <translation>اس نے انکار کیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="74"/>
        <source>Service unavailable</source>
        <translation>خدمت دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="77"/>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="78"/>
        <source>Follow-up date</source>
        <translation>پیروی کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="79"/>
        <location filename="../../referral_app/ui/referrals_view.py" line="80"/>
        <source>Set outcome</source>
        <translation>نتیجہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="81"/>
        <source>Audit trail</source>
        <translation>تبدیلیوں کا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="121"/>
        <source>sent</source>
        <translation>بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="121"/>
        <source>not sent</source>
        <translation>نہیں بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="122"/>
        <source>consent given</source>
        <translation>رضامندی دی گئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="123"/>
        <source>no consent</source>
        <translation>رضامندی نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="133"/>
        <source>Emergency</source>
        <translation>ہنگامی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="133"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="134"/>
        <source>Normal</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="141"/>
        <source>Overdue</source>
        <translation>تاخیر ہو چکی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="143"/>
        <source>Due today</source>
        <translation>آج کرنا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="163"/>
        <source>Choose a service in a referral first.</source>
        <translation>پہلے کسی ریفرل میں ایک خدمت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="167"/>
        <source>Write the follow-up date as %1.</source>
        <translation>پیروی کی تاریخ یوں لکھیں: %1۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="177"/>
        <source>Outcome recorded</source>
        <translation>نتیجہ درج ہو گیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="74"/>
        <source>No answer</source>
        <translation>جواب نہیں ملا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="75"/>
        <source>Not eligible</source>
        <translation>اہل نہیں</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="146"/>
        <source>Search by name, need, place, language or phone…</source>
        <translation>نام، ضرورت، جگہ، زبان یا فون نمبر سے تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="147"/>
        <source>Search services</source>
        <translation>خدمات تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="148"/>
        <source>Results follow as you type, in English or Urdu</source>
        <translation>لکھتے ہی نتائج آتے ہیں، انگریزی یا اردو میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="150"/>
        <source>Show only services for this need</source>
        <translation>صرف اس ضرورت کی خدمات دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="155"/>
        <location filename="../../referral_app/ui/search_panel.py" line="161"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="155"/>
        <location filename="../../referral_app/ui/search_panel.py" line="162"/>
        <location filename="../../referral_app/ui/search_panel.py" line="172"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="156"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="156"/>
        <location filename="../../referral_app/ui/search_panel.py" line="166"/>
        <source>Serves</source>
        <translation>کس کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="157"/>
        <source>Sort</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="161"/>
        <source>Services in this province</source>
        <translation>اس صوبے کی خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="163"/>
        <source>Services in this district; old names are found too</source>
        <translation>اس ضلع کی خدمات؛ پرانے نام بھی ملتے ہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="164"/>
        <source>Language spoken</source>
        <translation>بولی جانے والی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="165"/>
        <source>Services that speak this language</source>
        <translation>وہ خدمات جہاں یہ زبان بولی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="166"/>
        <source>Who the service is open to</source>
        <translation>خدمت کن کے لیے ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="167"/>
        <source>Sort results by</source>
        <translation>نتائج کی ترتیب</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="167"/>
        <source>The order of results</source>
        <translation>نتائج کس ترتیب سے دکھائے جائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="168"/>
        <source>Serves anyone</source>
        <translation>سب کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="168"/>
        <source>Serves women</source>
        <translation>خواتین کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="169"/>
        <source>Serves men</source>
        <translation>مردوں کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="169"/>
        <source>Serves children</source>
        <translation>بچوں کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="171"/>
        <source>Best match first</source>
        <translation>بہترین نتیجہ پہلے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="171"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="175"/>
        <source>Free only</source>
        <translation>صرف مفت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="175"/>
        <source>Only services free of charge</source>
        <translation>صرف مفت خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="176"/>
        <source>Open now</source>
        <translation>ابھی کھلا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="176"/>
        <source>Only services open at this time</source>
        <translation>صرف وہ خدمات جو اس وقت کھلی ہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="177"/>
        <source>Verified in the last 12 months</source>
        <translation>پچھلے 12 مہینوں میں تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="178"/>
        <source>Only services someone confirmed in the last year</source>
        <translation>صرف وہ خدمات جن کی پچھلے سال میں تصدیق ہوئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="182"/>
        <location filename="../../referral_app/ui/search_panel.py" line="183"/>
        <source>Clear filters</source>
        <translation>فلٹر ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="184"/>
        <source>Show all services again</source>
        <translation>تمام خدمات دوبارہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="207"/>
        <source>All provinces</source>
        <translation>تمام صوبے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="211"/>
        <source>Any language</source>
        <translation>کوئی بھی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="223"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
</context>
<context>
    <name>SendFiguresDialog</name>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="51"/>
        <source>Send referral figures</source>
        <translation>ریفرل کے اعداد بھیجیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="53"/>
        <source>This is everything the file will hold: counts of referrals by month, need, place and outcome, by receiving service, and days to follow-up. No case code, date, written text, age, sex or disability is in it, and no count under 5. It is signed by this laptop so that the coordinator knows where it came from.</source>
        <translation>فائل میں بس یہی ہوگا: مہینے، ضرورت، جگہ اور نتیجے کے لحاظ سے ریفرلز کی گنتی، وصول کرنے والی خدمت کے لحاظ سے گنتی، اور فالو اپ تک کے دن۔ اس میں کوئی کیس کوڈ، تاریخ، لکھی ہوئی بات، عمر، جنس یا معذوری نہیں، اور 5 سے کم کوئی گنتی نہیں۔ اس پر اس لیپ ٹاپ کے دستخط ہیں تاکہ رابطہ کار جان سکے کہ یہ کہاں سے آئی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="57"/>
        <source>The figures file, as it will be written</source>
        <translation>اعداد کی فائل، جیسی لکھی جائے گی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="60"/>
        <source>Save the referral figures</source>
        <translation>ریفرل کے اعداد محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="72"/>
        <source>The referral figures are saved as %1; send that file to the coordinator.</source>
        <translation>ریفرل کے اعداد %1 کے نام سے محفوظ ہو گئے؛ یہ فائل رابطہ کار کو بھیجیں۔</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="80"/>
        <location filename="../../referral_app/ui/service_detail.py" line="81"/>
        <source>Service details</source>
        <translation>خدمت کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="83"/>
        <source>Everything a referral needs about the chosen service</source>
        <translation>منتخب خدمت کے بارے میں ریفرل کے لیے ضروری ہر بات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="84"/>
        <source>Verified today</source>
        <translation>آج تصدیق کی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="85"/>
        <source>Mark verified today</source>
        <translation>آج تصدیق شدہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="87"/>
        <source>You checked this service&apos;s details today</source>
        <translation>آپ نے آج اس خدمت کی تفصیل جانچی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="88"/>
        <source>Correct…</source>
        <translation>درست کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="89"/>
        <source>Correct a phone, hours or address</source>
        <translation>فون، اوقات یا پتہ درست کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="90"/>
        <location filename="../../referral_app/ui/service_detail.py" line="91"/>
        <source>Add to referral</source>
        <translation>ریفرل میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="93"/>
        <source>Add this service to the referral being made</source>
        <translation>یہ خدمت زیر تیاری ریفرل میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="94"/>
        <location filename="../../referral_app/ui/service_detail.py" line="95"/>
        <source>Copy details</source>
        <translation>تفصیل کاپی کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="97"/>
        <source>Copy the details as text, without a confidential address</source>
        <translation>تفصیل متن کے طور پر کاپی کریں، خفیہ پتے کے بغیر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="98"/>
        <source>Choose a service to see its details.</source>
        <translation>تفصیل دیکھنے کے لیے کوئی خدمت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="151"/>
        <source>Status: %1</source>
        <translation>حالت: %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="153"/>
        <location filename="../../referral_app/ui/service_detail.py" line="327"/>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="156"/>
        <location filename="../../referral_app/ui/service_detail.py" line="330"/>
        <source>Who is eligible</source>
        <translation>کون اہل ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="157"/>
        <source>How to apply</source>
        <translation>درخواست کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="158"/>
        <location filename="../../referral_app/ui/service_detail.py" line="331"/>
        <source>Documents to bring</source>
        <translation>ساتھ لانے والی دستاویزات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="159"/>
        <location filename="../../referral_app/ui/service_detail.py" line="332"/>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="164"/>
        <location filename="../../referral_app/ui/service_detail.py" line="329"/>
        <source>Opening hours</source>
        <translation>اوقات کار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="165"/>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="166"/>
        <source>Interpretation</source>
        <translation>ترجمانی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="168"/>
        <location filename="../../referral_app/ui/service_detail.py" line="336"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="169"/>
        <location filename="../../referral_app/ui/service_detail.py" line="337"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="171"/>
        <source>Covers</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="172"/>
        <source>Where this comes from</source>
        <translation>یہ معلومات کہاں سے آئیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="173"/>
        <source>Corrections made on this laptop</source>
        <translation>اس لیپ ٹاپ پر کی گئی درستیاں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="179"/>
        <source>What it offers</source>
        <translation>کیا سہولت دیتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="188"/>
        <source>(only in English)</source>
        <translation>(صرف انگریزی میں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="207"/>
        <source>Ages %1 to %2</source>
        <translation>عمر %1 سے %2 سال</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="210"/>
        <source>Aged %1 or over</source>
        <translation>عمر %1 سال یا زیادہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="212"/>
        <source>Aged %1 or under</source>
        <translation>عمر %1 سال یا کم</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="214"/>
        <source>Women and girls only</source>
        <translation>صرف خواتین اور لڑکیاں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="216"/>
        <source>Men and boys only</source>
        <translation>صرف مرد اور لڑکے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="220"/>
        <source>Free of charge</source>
        <translation>مفت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="227"/>
        <source>Open now, until %1</source>
        <translation>ابھی کھلا ہے، %1 تک</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="230"/>
        <source>Closed now; opens %1 at %2</source>
        <translation>ابھی بند ہے؛ %1 کو %2 بجے کھلے گا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="236"/>
        <source>Monday</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="236"/>
        <source>Tuesday</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="236"/>
        <source>Wednesday</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Thursday</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Friday</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Saturday</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Sunday</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="243"/>
        <location filename="../../referral_app/ui/service_detail.py" line="245"/>
        <location filename="../../referral_app/ui/service_detail.py" line="328"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="243"/>
        <source>No phone number listed</source>
        <translation>کوئی فون نمبر درج نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="245"/>
        <source>Copy</source>
        <translation>کاپی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="246"/>
        <source>Not working?</source>
        <translation>کام نہیں کرتا؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="248"/>
        <source>reported not working</source>
        <translation>بند ہونے کی اطلاع</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="262"/>
        <location filename="../../referral_app/ui/service_detail.py" line="334"/>
        <source>Address withheld: call first</source>
        <translation>پتہ ظاہر نہیں کیا گیا: پہلے فون کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="263"/>
        <source>Show the address to me</source>
        <translation>پتہ مجھے دکھائیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="264"/>
        <location filename="../../referral_app/ui/service_detail.py" line="334"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="278"/>
        <source>Source: %1</source>
        <translation>ماخذ: %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="281"/>
        <source>by %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="285"/>
        <source>Published by %1 (%2)</source>
        <translation>ناشر: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="290"/>
        <source>Offered to %1 by %2; it stays %2&apos;s until %1 publishes it</source>
        <translation>%2 نے %1 کو پیش کی؛ جب تک %1 اسے شائع نہ کرے یہ %2 کی رہے گی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="338"/>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="160"/>
        <source>Costs</source>
        <translation>اخراجات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="161"/>
        <source>Programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="162"/>
        <source>Accreditations</source>
        <translation>منظوری اور اسناد</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="163"/>
        <location filename="../../referral_app/ui/service_detail.py" line="333"/>
        <source>Accessibility</source>
        <translation>معذور افراد کے لیے رسائی</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="138"/>
        <source>(only in English)</source>
        <translation>(صرف انگریزی میں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="155"/>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="156"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="157"/>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="158"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="159"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="160"/>
        <source>Verified</source>
        <translation>تصدیق</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="115"/>
        <source>for %1 only</source>
        <translation>صرف %1 کے لیے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="123"/>
        <source>The publisher&apos;s public key</source>
        <translation>ناشر کی پبلک کلید</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="126"/>
        <source>Trust a publisher</source>
        <translation>ناشر پر بھروسہ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="127"/>
        <source>Whose key is this? (a name you will recognise)</source>
        <translation>یہ کلید کس کی ہے؟ (ایسا نام جو آپ پہچانیں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="134"/>
        <source>That file cannot be read.</source>
        <translation>یہ فائل پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="159"/>
        <source>This number cannot be printed on slips: write it with the digits 0-9 only, such as 042-1234567. It was not saved.</source>
        <translation>یہ نمبر پرچی پر نہیں چھپ سکتا: اسے صرف 0-9 کے ہندسوں میں لکھیں، جیسے 042-1234567۔ یہ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="176"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="177"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="181"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="178"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="183"/>
        <source>Text size</source>
        <translation>تحریر کا سائز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="179"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="185"/>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="180"/>
        <source>White text on black</source>
        <translation>سیاہ پر سفید تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="182"/>
        <source>The language of the whole window</source>
        <translation>پوری ونڈو کی زبان</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="184"/>
        <source>Larger text for easier reading</source>
        <translation>آسانی سے پڑھنے کے لیے بڑی تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="186"/>
        <source>White text on a black background</source>
        <translation>سیاہ پس منظر پر سفید تحریر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="187"/>
        <source>Your staff code</source>
        <translation>آپ کا اسٹاف کوڈ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="187"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="188"/>
        <source>Desk phone for slips</source>
        <translation>پرچی کے لیے دفتر کا فون</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="188"/>
        <source>Case code pattern</source>
        <translation>کیس کوڈ کا نمونہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="189"/>
        <source>Lock after this many idle minutes</source>
        <translation>اتنے منٹ بیکار رہنے پر لاک کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="194"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="195"/>
        <source>Trusted publishers of updates</source>
        <translation>اپ ڈیٹس کے قابلِ بھروسہ ناشر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="196"/>
        <source>Trust a key…</source>
        <translation>کلید پر بھروسہ کریں…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="197"/>
        <source>Stop trusting</source>
        <translation>بھروسہ ختم کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="198"/>
        <source>{year} and {number:04d} are filled in, as in ORG-{year}-{number:04d}</source>
        <translation>{year} اور {number:04d} خود بھرے جاتے ہیں، جیسے ORG-{year}-{number:04d}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="201"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="202"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="110"/>
        <source>Import a spreadsheet</source>
        <translation>اسپریڈشیٹ درآمد کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/sheet_dialog.py" line="113"/>
        <source>%1: %n service row(s). Choose what each column holds; the guesses come from the headers.</source>
        <translation>
            <numerusform>%1: سروس کی %n قطار۔ ہر کالم میں کیا ہے، منتخب کریں؛ اندازے کالموں کے عنوانات سے لگائے گئے ہیں۔</numerusform>
            <numerusform>%1: سروسز کی %n قطاریں۔ ہر کالم میں کیا ہے، منتخب کریں؛ اندازے کالموں کے عنوانات سے لگائے گئے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="117"/>
        <source>Columns</source>
        <translation>کالم</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="121"/>
        <source>What the column %1 holds</source>
        <translation>کالم %1 میں کیا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="122"/>
        <source>(not used)</source>
        <translation>(استعمال نہیں ہوگا)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="130"/>
        <source>Needs and places to match</source>
        <translation>ضرورتیں اور مقامات جنہیں ملانا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="135"/>
        <source>What the check found</source>
        <translation>جانچ میں کیا ملا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="136"/>
        <source>Press Check to see what would be imported.</source>
        <translation>یہ دیکھنے کے لیے کہ کیا درآمد ہوگا، &quot;جانچیں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="137"/>
        <source>Leave out the rows with problems</source>
        <translation>مسئلے والی قطاریں چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="140"/>
        <source>Check</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="141"/>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="168"/>
        <source>The first rows of the sheet</source>
        <translation>شیٹ کی پہلی قطاریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="182"/>
        <source>Service name</source>
        <translation>سروس کا نام</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="182"/>
        <source>Service name in Urdu</source>
        <translation>سروس کا نام اردو میں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="183"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="183"/>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="184"/>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="184"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="185"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="185"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="186"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="186"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="187"/>
        <source>Needs</source>
        <translation>ضرورتیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="187"/>
        <source>Opening hours</source>
        <translation>اوقاتِ کار</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="188"/>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="210"/>
        <source>The need %1 means</source>
        <translation>ضرورت %1 کا مطلب</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="211"/>
        <source>(leave out)</source>
        <translation>(چھوڑ دیں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="215"/>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="218"/>
        <source>The place %1 is</source>
        <translation>مقام %1 یہ ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="219"/>
        <source>(keep as written)</source>
        <translation>(جیسا لکھا ہے ویسا رکھیں)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="223"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/sheet_dialog.py" line="227"/>
        <source>%1 “%2” (%n row(s))</source>
        <translation>
            <numerusform>%1 “%2” (%n قطار)</numerusform>
            <numerusform>%1 “%2” (%n قطاریں)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="245"/>
        <source>Choose the column that holds the service&apos;s name.</source>
        <translation>وہ کالم منتخب کریں جس میں سروس کا نام ہے۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="256"/>
        <source>Would import %1 service(s); %2 row(s) have problems.</source>
        <translation>%1 سروسز درآمد ہوں گی؛ %2 قطاروں میں مسئلے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="285"/>
        <source>The sheet could not be imported; details are in the log.</source>
        <translation>شیٹ درآمد نہیں ہو سکی؛ تفصیل لاگ میں ہے۔</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="70"/>
        <source>Protect the casework</source>
        <translation>کیس کے کام کی حفاظت</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="72"/>
        <source>Choose a passphrase to encrypt every referral on this laptop. Write it down somewhere safe: a lost passphrase cannot be recovered, and nobody can open the casework without it.</source>
        <translation>اس لیپ ٹاپ پر ہر ریفرل کو خفیہ رکھنے کے لیے پاس فریز چنیں۔ اسے کسی محفوظ جگہ لکھ لیں: کھویا ہوا پاس فریز واپس نہیں مل سکتا، اور اس کے بغیر کوئی کیس کا کام نہیں کھول سکتا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="76"/>
        <source>Unlock the casework</source>
        <translation>کیس کا کام کھولیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="77"/>
        <source>Type your passphrase to see and make referrals.</source>
        <translation>ریفرل دیکھنے اور بنانے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="78"/>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="80"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="79"/>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="81"/>
        <source>Passphrase again</source>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="93"/>
        <source>Strength: weak; a short sentence is stronger</source>
        <translation>مضبوطی: کمزور؛ ایک مختصر جملہ زیادہ مضبوط ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="94"/>
        <source>Strength: fair</source>
        <translation>مضبوطی: ٹھیک</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="94"/>
        <source>Strength: strong</source>
        <translation>مضبوطی: مضبوط</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="67"/>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="118"/>
        <source>Restore the copy from %1</source>
        <translation>%1 والی کاپی واپس لائیں</translation>
    </message>
</context>
<context>
    <name>UpdatePreview</name>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="170"/>
        <location filename="../../referral_app/ui/update_dialog.py" line="323"/>
        <source>Update the directory</source>
        <translation>فہرست اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="171"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="172"/>
        <source>Apply the update</source>
        <translation>اپ ڈیٹ لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="174"/>
        <source>I know this file is not signed and I trust where it came from</source>
        <translation>مجھے معلوم ہے کہ اس فائل پر دستخط نہیں، اور مجھے اس کے ذریعے پر بھروسہ ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="179"/>
        <source>What changes in the chosen service</source>
        <translation>منتخب خدمت میں کیا بدلتا ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="184"/>
        <source>Checking %1…</source>
        <translation>%1 کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="203"/>
        <source>This update changes services you corrected here. Corrections it carries are closed when it is applied; the others are kept unless you tick them to drop them:</source>
        <translation>یہ اپ ڈیٹ ان خدمات کو بدلتی ہے جنہیں آپ نے یہاں درست کیا۔ جو درستیاں یہ اپ ڈیٹ ساتھ لاتی ہے وہ لاگو ہونے پر بند ہو جائیں گی؛ باقی رہیں گی، جب تک آپ انہیں ہٹانے کے لیے نشان نہ لگائیں:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="227"/>
        <source>This file is not signed: anyone could have made or changed it.</source>
        <translation>اس فائل پر دستخط نہیں: کوئی بھی اسے بنا یا بدل سکتا تھا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="232"/>
        <source>The first %1 are listed below.</source>
        <translation>ان میں سے پہلی %1 خدمات نیچے درج ہیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="234"/>
        <source>Added %1, changed %2, removed %3, unchanged %4.</source>
        <translation>شامل %1، تبدیل %2، حذف %3، بغیر تبدیلی %4۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="176"/>
        <source>Services added, changed or removed</source>
        <translation>شامل، تبدیل یا حذف ہونے والی خدمات</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="177"/>
        <source>Records left as another publisher published them</source>
        <translation>وہ ریکارڈ جو دوسرے ناشر کے شائع کردہ جیسے ہی چھوڑ دیے گئے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="223"/>
        <source>Version %1 from %2 (%3), signed and checked.</source>
        <translation>ورژن %1، از %2 (%3)، دستخط شدہ اور جانچ شدہ۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="247"/>
        <source>%1: claimed by %2 (no one had published it)</source>
        <translation>%1: %2 نے اپنائی (اسے پہلے کسی نے شائع نہیں کیا تھا)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="252"/>
        <source>%1: offered to %3 by %2; it stays %2&apos;s until %3 publishes it</source>
        <translation>%1: %2 نے %3 کو پیش کی؛ جب تک %3 اسے شائع نہ کرے یہ %2 کی رہے گی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="258"/>
        <source>%1: taken over by %2, as %3 offered it</source>
        <translation>%1: %2 نے لے لی، جیسا کہ %3 نے پیش کی تھی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/update_dialog.py" line="264"/>
        <source>%n record(s) in this file belong to another publisher, or lie outside the areas this publisher is trusted for: they are left as they are.</source>
        <translation>
            <numerusform>اس فائل میں %n ریکارڈ کسی دوسرے ناشر کا ہے، یا ان علاقوں سے باہر ہے جن کے لیے اس ناشر پر اعتماد ہے: اسے جوں کا توں چھوڑ دیا گیا ہے۔</numerusform>
            <numerusform>اس فائل میں %n ریکارڈ کسی دوسرے ناشر کے ہیں، یا ان علاقوں سے باہر ہیں جن کے لیے اس ناشر پر اعتماد ہے: انہیں جوں کا توں چھوڑ دیا گیا ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/update_dialog.py" line="267"/>
        <source>%n record(s) in this file were published by a trusted publisher, which a file that is not signed cannot change: they are left as they are.</source>
        <translation>
            <numerusform>اس فائل میں %n ریکارڈ کسی معتبر ناشر نے شائع کیا تھا، جسے بغیر دستخط کی فائل نہیں بدل سکتی: اسے جوں کا توں چھوڑ دیا گیا ہے۔</numerusform>
            <numerusform>اس فائل میں %n ریکارڈ کسی معتبر ناشر نے شائع کیے تھے، جنہیں بغیر دستخط کی فائل نہیں بدل سکتی: انہیں جوں کا توں چھوڑ دیا گیا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="278"/>
        <source>%1 (new)</source>
        <translation>%1 (نئی)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="278"/>
        <source>%1 (changed)</source>
        <translation>%1 (تبدیل)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="279"/>
        <source>%1 (removed)</source>
        <translation>%1 (حذف)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="281"/>
        <source>%1: new, from %2</source>
        <translation>%1: نئی، از %2</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="282"/>
        <source>%1: changed by %2</source>
        <translation>%1: %2 نے تبدیل کی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="283"/>
        <source>%1: removed by %2</source>
        <translation>%1: %2 نے حذف کی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="288"/>
        <source>%1: left as published by %2</source>
        <translation>%1: جیسے %2 نے شائع کی ویسے ہی چھوڑ دی گئی</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="289"/>
        <source>%1: not removed; %2 did not publish it</source>
        <translation>%1: حذف نہیں کی گئی؛ اسے %2 نے شائع نہیں کیا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="290"/>
        <source>%1: left; it is outside the areas %2 is trusted for</source>
        <translation>%1: چھوڑ دی گئی؛ یہ ان علاقوں سے باہر ہے جن کے لیے %2 پر اعتماد ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="291"/>
        <source>%1: left; %2 removed it</source>
        <translation>%1: چھوڑ دی گئی؛ اسے %2 نے حذف کیا تھا</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="292"/>
        <source>%1: left as published by %2, whose service uses it</source>
        <translation>%1: جیسے %2 نے شائع کیا ویسے ہی چھوڑ دیا گیا، کیونکہ اس کی خدمت اسے استعمال کرتی ہے</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="297"/>
        <source>(the file calls it %1)</source>
        <translation>(فائل میں اس کا نام %1 ہے)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="313"/>
        <source>The update could not be applied; details are in the log. Nothing was changed.</source>
        <translation>اپ ڈیٹ لاگو نہیں ہو سکی؛ تفصیل لاگ میں ہے۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="317"/>
        <source>The file could not be checked; details are in the log. Nothing was changed.</source>
        <translation>فائل کی جانچ نہیں ہو سکی؛ تفصیل لاگ میں ہے۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="324"/>
        <source>This update&apos;s version is far above the last one applied from its publisher (%1). A wrong version can stop this publisher&apos;s later updates. Use it only if the coordinator told you to expect this jump. Use it?</source>
        <translation>اس اپ ڈیٹ کا ورژن اس کے ناشر کے آخری لاگو کیے گئے ورژن سے بہت آگے ہے (%1)۔ غلط ورژن اس ناشر کی بعد کی اپ ڈیٹس روک سکتا ہے۔ اسے صرف اسی صورت استعمال کریں جب رابطہ کار نے آپ کو بتایا ہو کہ ورژن اتنا آگے جائے گا۔ کیا استعمال کریں؟</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="332"/>
        <source>Not used: the version jumps too far. Nothing was changed.</source>
        <translation>استعمال نہیں کی گئی: ورژن بہت آگے چلا گیا ہے۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="352"/>
        <source>No change</source>
        <translation>کوئی تبدیلی نہیں</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="361"/>
        <source>Applying…</source>
        <translation>لاگو ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="375"/>
        <source>Saving the directory…</source>
        <translation>فہرست محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="378"/>
        <source>Applying… %1 of %2 services read.</source>
        <translation>لاگو ہو رہا ہے… %2 میں سے %1 خدمات پڑھی گئیں۔</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="195"/>
        <source>Left out, each service kept without it: %1</source>
        <translation>چھوڑ دیے گئے، ہر سروس ان کے بغیر رکھی گئی: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="21"/>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="22"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="23"/>
        <source>Education and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="24"/>
        <source>Livelihood and income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="25"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="26"/>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="27"/>
        <source>Protection and police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="28"/>
        <source>Return and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="29"/>
        <source>Emergency and helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="35"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37"/>
        <source>Verified this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="39"/>
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>Verified %n month ago</numerusform>
            <numerusform>Verified %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="40"/>
        <source>Last verified %n year(s) ago</source>
        <translation>
            <numerusform>Last verified %n year ago</numerusform>
            <numerusform>Last verified %n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="103"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="156"/>
        <source>Referral App: services directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="159"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="160"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="161"/>
        <source>Find a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="162"/>
        <location filename="../../referral_app/ui/main_window.py" line="216"/>
        <source>Back to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="163"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="164"/>
        <source>Warning about unverified numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="165"/>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="166"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="167"/>
        <location filename="../../referral_app/ui/main_window.py" line="168"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="169"/>
        <source>Show all services again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="170"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="172"/>
        <source>Services that match; Enter shows the details of the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="213"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="213"/>
        <source>Go to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="214"/>
        <source>Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="214"/>
        <source>From the search field into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="215"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="215"/>
        <source>Open the details of the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="216"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="217"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="217"/>
        <source>Move between filters, results and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="218"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="218"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="219"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="219"/>
        <source>Settings: language, text size, contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="220"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="220"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="225"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="230"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="306"/>
        <source>The search could not be run; the directory may be damaged. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="313"/>
        <source>Counting the services found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="316"/>
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="324"/>
        <source>No services match &apos;%1&apos; with the filter %2. Clear the filter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="327"/>
        <source>No services match the filter %1. Clear the filter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="330"/>
        <source>No services match &apos;%1&apos;. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="357"/>
        <source>%n service(s) have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</source>
        <translation>
            <numerusform>%n service has not been verified by your organisation. Its phone numbers and address come from a public source dated %1 and must be checked before a real referral.</numerusform>
            <numerusform>%n services have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="365"/>
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service in the directory</numerusform>
            <numerusform>%n services in the directory</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="367"/>
        <source>starter directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="369"/>
        <source>directory version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="120"/>
        <source>Search by name, need, place, language or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="121"/>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="122"/>
        <source>Results follow as you type, in English or Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="124"/>
        <source>Show only services for this need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="127"/>
        <location filename="../../referral_app/ui/search_panel.py" line="133"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="127"/>
        <location filename="../../referral_app/ui/search_panel.py" line="134"/>
        <location filename="../../referral_app/ui/search_panel.py" line="144"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="128"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="128"/>
        <location filename="../../referral_app/ui/search_panel.py" line="138"/>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="129"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="133"/>
        <source>Services in this province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="135"/>
        <source>Services in this district; old names are found too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="136"/>
        <source>Language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="137"/>
        <source>Services that speak this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="138"/>
        <source>Who the service is open to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="139"/>
        <source>Sort results by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="139"/>
        <source>The order of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="140"/>
        <source>Serves anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="140"/>
        <source>Serves women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="141"/>
        <source>Serves men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="141"/>
        <source>Serves children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="143"/>
        <source>Best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="143"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="147"/>
        <source>Free only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="147"/>
        <source>Only services free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="148"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="148"/>
        <source>Only services open at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="149"/>
        <source>Verified in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="150"/>
        <source>Only services someone confirmed in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="154"/>
        <location filename="../../referral_app/ui/search_panel.py" line="155"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="156"/>
        <source>Show all services again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="179"/>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="183"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="195"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="58"/>
        <location filename="../../referral_app/ui/service_detail.py" line="59"/>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="61"/>
        <source>Everything a referral needs about the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="62"/>
        <location filename="../../referral_app/ui/service_detail.py" line="63"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="65"/>
        <source>Copy the details as text, without a confidential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="66"/>
        <source>Choose a service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="105"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="107"/>
        <location filename="../../referral_app/ui/service_detail.py" line="250"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="110"/>
        <location filename="../../referral_app/ui/service_detail.py" line="253"/>
        <source>Who is eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="111"/>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="112"/>
        <location filename="../../referral_app/ui/service_detail.py" line="254"/>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="113"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="114"/>
        <location filename="../../referral_app/ui/service_detail.py" line="252"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="115"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="116"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="118"/>
        <location filename="../../referral_app/ui/service_detail.py" line="257"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="119"/>
        <location filename="../../referral_app/ui/service_detail.py" line="258"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="121"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="122"/>
        <source>Where this comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="126"/>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="135"/>
        <source>(only in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="154"/>
        <source>Ages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="157"/>
        <source>Aged %1 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="159"/>
        <source>Aged %1 or under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="161"/>
        <source>Women and girls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="163"/>
        <source>Men and boys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="167"/>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="174"/>
        <source>Open now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="177"/>
        <source>Closed now; opens %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="183"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="183"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="183"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="190"/>
        <location filename="../../referral_app/ui/service_detail.py" line="192"/>
        <location filename="../../referral_app/ui/service_detail.py" line="251"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="190"/>
        <source>No phone number listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="192"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="203"/>
        <location filename="../../referral_app/ui/service_detail.py" line="255"/>
        <source>Address withheld: call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="204"/>
        <source>Show the address to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="205"/>
        <location filename="../../referral_app/ui/service_detail.py" line="255"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="219"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="222"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="259"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="122"/>
        <source>(only in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="139"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="140"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="141"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="142"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="143"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="144"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="61"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="65"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="62"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="67"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="63"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="69"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="64"/>
        <source>White text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="66"/>
        <source>The language of the whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="68"/>
        <source>Larger text for easier reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="70"/>
        <source>White text on a black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="72"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="73"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

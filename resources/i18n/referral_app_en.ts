<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="44" />
        <source>ServiceTableModel</source>
        <comment>Service</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="45" />
        <source>ServiceTableModel</source>
        <comment>Organisation</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="46" />
        <source>ServiceTableModel</source>
        <comment>Needs</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="47" />
        <source>ServiceTableModel</source>
        <comment>District</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="48" />
        <source>ServiceTableModel</source>
        <comment>Phone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="49" />
        <source>ServiceTableModel</source>
        <comment>Verified</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="21" />
        <source>Legal aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="22" />
        <source>Shelter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="23" />
        <source>Education and skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="24" />
        <source>Livelihood and income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="25" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="26" />
        <source>Counselling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="27" />
        <source>Protection and police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="28" />
        <source>Return and documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="29" />
        <source>Emergency and helplines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="35" />
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37" />
        <source>Verified this month</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="39" />
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>Verified %n month ago</numerusform>
            <numerusform>Verified %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="40" />
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
        <location filename="../../referral_app/ui/main_window.py" line="57" />
        <source>Referral App: services directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="68" />
        <source>Warning about unverified numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="72" />
        <source>Number of results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="75" />
        <location filename="../../referral_app/ui/main_window.py" line="76" />
        <source>Clear the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="81" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="96" />
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="129" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="130" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="133" />
        <source>Find a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="135" />
        <location filename="../../referral_app/ui/main_window.py" line="149" />
        <source>Back to the search field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="139" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="140" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="146" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="146" />
        <source>Go to the search field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="147" />
        <source>Down arrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="147" />
        <source>From the search field into the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="148" />
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="148" />
        <source>Open the details of the chosen service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="149" />
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="150" />
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="150" />
        <source>Move between filters, results and details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="151" />
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="151" />
        <source>This list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="152" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="152" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="157" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="236" />
        <source>The search could not be run; the directory may be damaged. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="241" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="249" />
        <source>No services match '%1' with the filter %2. Clear the filter?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="252" />
        <source>No services match the filter %1. Clear the filter?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="255" />
        <source>No services match '%1'. Try fewer or shorter words.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="282" />
        <source>%n service(s) have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</source>
        <translation>
            <numerusform>%n service has not been verified by your organisation. Its phone numbers and address come from a public source dated %1 and must be checked before a real referral.</numerusform>
            <numerusform>%n services have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="290" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service in the directory</numerusform>
            <numerusform>%n services in the directory</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="292" />
        <source>directory version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="42" />
        <source>Search services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="44" />
        <source>Search by name, need, place, language or phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="61" />
        <location filename="../../referral_app/ui/search_panel.py" line="102" />
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="62" />
        <source>All provinces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="65" />
        <location filename="../../referral_app/ui/search_panel.py" line="86" />
        <location filename="../../referral_app/ui/search_panel.py" line="104" />
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="69" />
        <source>Language spoken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="70" />
        <source>Any language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="73" />
        <location filename="../../referral_app/ui/search_panel.py" line="108" />
        <source>Serves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="74" />
        <source>Serves anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="74" />
        <source>Serves women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="75" />
        <source>Serves men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="75" />
        <source>Serves children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="78" />
        <source>Free only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="79" />
        <source>Free of charge only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="80" />
        <location filename="../../referral_app/ui/search_panel.py" line="81" />
        <source>Open now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="82" />
        <location filename="../../referral_app/ui/search_panel.py" line="83" />
        <source>Verified in the last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="84" />
        <source>Sort results by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="85" />
        <source>Best match first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="86" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="88" />
        <location filename="../../referral_app/ui/search_panel.py" line="89" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="106" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="110" />
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="133" />
        <source>All districts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="32" />
        <location filename="../../referral_app/ui/service_detail.py" line="38" />
        <source>Service details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="41" />
        <location filename="../../referral_app/ui/service_detail.py" line="42" />
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="44" />
        <source>Choose a service to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="86" />
        <location filename="../../referral_app/ui/service_detail.py" line="215" />
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="88" />
        <source>What it offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="91" />
        <location filename="../../referral_app/ui/service_detail.py" line="218" />
        <source>Who is eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="92" />
        <source>How to apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="93" />
        <location filename="../../referral_app/ui/service_detail.py" line="219" />
        <source>Documents to bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="94" />
        <source>Fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="95" />
        <location filename="../../referral_app/ui/service_detail.py" line="217" />
        <source>Opening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="96" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="97" />
        <source>Interpretation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="99" />
        <location filename="../../referral_app/ui/service_detail.py" line="222" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="100" />
        <location filename="../../referral_app/ui/service_detail.py" line="223" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="102" />
        <source>Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="103" />
        <source>Where this comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="121" />
        <source>Ages %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="124" />
        <source>Aged %1 or over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="126" />
        <source>Aged %1 or under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="128" />
        <source>Women and girls only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="130" />
        <source>Men and boys only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="134" />
        <source>Free of charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="141" />
        <source>Open now, until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="144" />
        <source>Closed now; opens %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="150" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="150" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="150" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="151" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="151" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="151" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="151" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="157" />
        <location filename="../../referral_app/ui/service_detail.py" line="216" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="157" />
        <source>No phone number listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="184" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="187" />
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="220" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="220" />
        <source>Address withheld: call first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="224" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseworkMenu</name>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="36"/>
        <source>Back up the casework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="37"/>
        <source>Restore the casework from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="46"/>
        <source>Unlock the casework to back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="49"/>
        <source>Back up the casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="58"/>
        <source>The casework is backed up to %1; it opens only with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="62"/>
        <location filename="../../referral_app/ui/casework_menu.py" line="66"/>
        <location filename="../../referral_app/ui/casework_menu.py" line="70"/>
        <source>Restore the casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="67"/>
        <source>The passphrase the backup was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/casework_menu.py" line="71"/>
        <source>Put the backup in place of the casework on this laptop? The casework there now is kept aside in the data folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/casework_menu.py" line="80"/>
        <source>Put back the casework from %1: %n referral(s).</source>
        <translation>
            <numerusform>Put back the casework from %1: %n referral.</numerusform>
            <numerusform>Put back the casework from %1: %n referrals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="167"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="169"/>
        <source>Passphrase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="169"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="170"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <location filename="../../referral_app/ui/coordination_menu.py" line="38"/>
        <source>Send referral &amp;figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_menu.py" line="39"/>
        <source>&amp;Coverage and referral figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_menu.py" line="48"/>
        <source>Unlock the casework to count its referrals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="139"/>
        <source>Coverage and referral figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="140"/>
        <source>Directory coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="141"/>
        <source>Referral figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="142"/>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="143"/>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="144"/>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="145"/>
        <source>services covering the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="146"/>
        <source>of them verified in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="147"/>
        <source>of them with a number reported not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="148"/>
        <source>&amp;Take in figures files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="149"/>
        <source>Save the &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="150"/>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="151"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="152"/>
        <source>What the grid counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="153"/>
        <source>Services for each need in each district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="154"/>
        <source>Take in figures files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="155"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="156"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="157"/>
        <location filename="../../referral_app/ui/coordination_view.py" line="288"/>
        <source>Save the figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="188"/>
        <source>Districts with no service, by need (of %1 districts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="210"/>
        <source>%1 referrals counted from the figures of %2 registered laptop(s). Each laptop leaves out every count under 5 (%3 left out), so the true numbers are at least those shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="214"/>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/coordination_view.py" line="216"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="217"/>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="223"/>
        <source>Unmet needs: referrals where services are fewest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="225"/>
        <source>Services with the most failed referrals (failed / all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="227"/>
        <source>Referrals by month (failed / all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="234"/>
        <source>place not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="247"/>
        <source>Take in referral figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="254"/>
        <source>Cannot read a file: %1; nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="260"/>
        <source>%1 file(s) read: %2 taken in, %3 already taken in, %4 older than the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="273"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="283"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coordination_view.py" line="303"/>
        <source>The figures are saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="62"/>
        <source>%1 in the district, %2 province-wide, %3 national; %4 verified in the last 12 months; %5 with a number reported not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="68"/>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="69"/>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/coverage_model.py" line="78"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryCheck</name>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="102"/>
        <source>Restoring the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="118"/>
        <source>The directory could not be restored. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="119"/>
        <source>Referral App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="139"/>
        <source>The directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="140"/>
        <source>The directory of services on this laptop is damaged, so services may be missing or wrong. Restore it from the last good copy? The damaged file is kept aside, and your corrections and trusted publishers are kept when they can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="148"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="150"/>
        <source>Restore the directory from the last good copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="153"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="154"/>
        <source>Do not restore now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="163"/>
        <source>The directory is restored from the starter directory; the damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="166"/>
        <source>The directory is restored from the copy kept on %2; the damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_check.py" line="182"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryMenu</name>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="80"/>
        <source>Update directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="82"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="160"/>
        <source>Undo last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="83"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="182"/>
        <source>Update history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="84"/>
        <source>Add a local service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="85"/>
        <source>Send corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="91"/>
        <source>Update the directory from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/directory_menu.py" line="141"/>
        <source>The directory is updated; %n correction(s) made here are now in it and closed.</source>
        <translation>
            <numerusform>The directory is updated; %n correction made here is now in it and closed.</numerusform>
            <numerusform>The directory is updated; %n corrections made here are now in it and closed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="143"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="169"/>
        <source>The directory is updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="153"/>
        <source>The directory is being updated; try again when it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="161"/>
        <source>Bring back the directory as it was before the last update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="177"/>
        <source>The update could not be undone; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="194"/>
        <source>Version %1 from %2 (%3), %4: added %5, changed %6, removed %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="183"/>
        <source>No update has been applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="188"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="196"/>
        <source>File %2, not signed, %4: added %5, changed %6, removed %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="213"/>
        <source>Correction kept; send it to the coordinator with File &gt; Send corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="218"/>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="219"/>
        <location filename="../../referral_app/ui/directory_menu.py" line="230"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="219"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="220"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="229"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="229"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="230"/>
        <source>District or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="231"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="232"/>
        <source>Add a local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="244"/>
        <source>%1 is added on this laptop; send it to the coordinator with File &gt; Send corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="263"/>
        <source>Save the corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="260"/>
        <source>Unlock the casework to sign the corrections: this laptop&apos;s key is kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/directory_menu.py" line="275"/>
        <source>%n correction(s) saved to %1, signed by this laptop (key %2)</source>
        <translation>
            <numerusform>%n correction saved to %1, signed by this laptop (key %2)</numerusform>
            <numerusform>%n corrections saved to %1, signed by this laptop (key %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="81"/>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="106"/>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory_menu.py" line="130"/>
        <source>The spreadsheet could not be read; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/directory_menu.py" line="135"/>
        <source>%n service(s) added and %1 changed from the spreadsheet</source>
        <translation>
            <numerusform>%n service added and %1 changed from the spreadsheet</numerusform>
            <numerusform>%n services added and %1 changed from the spreadsheet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorEdge</name>
    <message>
        <location filename="../../referral_app/ui/error_edge.py" line="35"/>
        <source>Something went wrong and what you were doing was not finished. The details are in the log (%1); please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/error_edge.py" line="72"/>
        <source>Referral App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/error_edge.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="23"/>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="24"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="25"/>
        <source>Education and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="26"/>
        <source>Livelihood and income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="27"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="28"/>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="29"/>
        <source>Protection and police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="30"/>
        <source>Return and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="31"/>
        <source>Emergency and helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="37"/>
        <source>number not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="38"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="38"/>
        <source>opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="39"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="39"/>
        <source>added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="45"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/labels.py" line="47"/>
        <source>Verified this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="49"/>
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>Verified %n month ago</numerusform>
            <numerusform>Verified %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/labels.py" line="50"/>
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
        <location filename="../../referral_app/ui/main_window.py" line="187"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="190"/>
        <source>Save the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="191"/>
        <source>Sending without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="314"/>
        <source>Referral App: services directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="316"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="318"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="320"/>
        <source>Change the casework passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="324"/>
        <source>Find a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="325"/>
        <location filename="../../referral_app/ui/main_window.py" line="408"/>
        <source>Back to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="326"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="327"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="329"/>
        <source>Hide the window at once and lock the casework (Ctrl+Shift+Q, or Esc three times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="330"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="331"/>
        <source>Lock the casework (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="332"/>
        <source>Add to referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="337"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="338"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="339"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="340"/>
        <source>Warning about unverified numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="341"/>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="342"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="343"/>
        <location filename="../../referral_app/ui/main_window.py" line="344"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="345"/>
        <source>Show all services again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="346"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="348"/>
        <source>Services that match; Enter shows the details of the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="405"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="405"/>
        <source>Go to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="406"/>
        <source>Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="406"/>
        <source>From the search field into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="407"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="407"/>
        <source>Open the details of the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="408"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="409"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="409"/>
        <source>Move between filters, results and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="410"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="410"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="411"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="411"/>
        <source>Settings: language, text size, contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="412"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="412"/>
        <source>Add the chosen service to the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="413"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="413"/>
        <source>Lock the casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="414"/>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="414"/>
        <source>Quick exit: hide and lock at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="415"/>
        <source>Esc Esc Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="415"/>
        <source>Quick exit too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="416"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="416"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="421"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="427"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="495"/>
        <source>The passphrase is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="640"/>
        <source>The search could not be run; the directory may be damaged. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="649"/>
        <source>Counting the services found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="652"/>
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="660"/>
        <source>No services match &apos;%1&apos; with the filter %2. Clear the filter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="663"/>
        <source>No services match the filter %1. Clear the filter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="666"/>
        <source>No services match &apos;%1&apos;. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="700"/>
        <source>%n service(s) have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</source>
        <translation>
            <numerusform>%n service has not been verified by your organisation. Its phone numbers and address come from a public source dated %1 and must be checked before a real referral.</numerusform>
            <numerusform>%n services have not been verified by your organisation. Their phone numbers and addresses come from public sources dated %1 and must be checked before a real referral.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/main_window.py" line="708"/>
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service in the directory</numerusform>
            <numerusform>%n services in the directory</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="710"/>
        <source>starter directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="712"/>
        <source>directory version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="317"/>
        <source>C&amp;oordination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="20"/>
        <source>Choose a passphrase: it protects every referral on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="22"/>
        <source>The two passphrases are not the same; type it again twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="23"/>
        <source>Use at least %1 characters; a short sentence is easier to remember and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="25"/>
        <source>The passphrase holds a character that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="26"/>
        <source>This laptop already has a casework file; unlock it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="27"/>
        <source>There is no casework file on this laptop yet; create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="29"/>
        <source>That passphrase does not open the casework file; check it and try again. (If it is right, the file may be damaged; it has been left untouched.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="32"/>
        <source>%1 is damaged (cut short); it has been left untouched so that it can be recovered from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="34"/>
        <source>%1 is not encrypted, so it is not ours; it has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="36"/>
        <source>Cannot create the casework file in %1; check that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="49"/>
        <source>The casework file is older than the copy kept on %1, which holds later changes; that copy can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="51"/>
        <source>The casework file is not the one this laptop kept copies of (it may come from another laptop); the copy kept on %1 can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="76"/>
        <source>Another trusted publisher is already called %1; give this one a name that tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="78"/>
        <source>%1 is trusted for some areas only; to trust it everywhere, remove it first and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="80"/>
        <source>Give the case a code (never the survivor&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="81"/>
        <source>A case code is 3 to 40 letters, digits, &apos;-&apos; or &apos;/&apos;, such as ORG-2026-0001; never the survivor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="83"/>
        <source>The case code %1 is already used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="84"/>
        <source>That service is not part of this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="85"/>
        <source>There are no corrections to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="88"/>
        <source>Write the corrected value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="89"/>
        <source>A correction is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="90"/>
        <source>Give the service a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="110"/>
        <source>Choose what need the service meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="111"/>
        <source>No update has been applied on this laptop; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="113"/>
        <source>The copy of the directory kept before the last update (%1) is damaged, so the update cannot be undone; the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="116"/>
        <source>The directory could not be changed back (%1); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="118"/>
        <source>The copy of the directory kept before the last update (%1) was made by another version of Referral App, so the update cannot be undone; the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="91"/>
        <source>A name or a place is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="93"/>
        <source>The phone number is %1 characters long; write one number of at most 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="95"/>
        <source>The phone number holds a direction control (%1), which can make it show one number and dial another; type it again with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="98"/>
        <source>The phone number holds an invisible character (%1); type it again with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="100"/>
        <source>The phone number holds a digit of another script (%1); type it again with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="102"/>
        <source>The phone number holds letters (%1); write only the number, without an extension or a note such as &apos;toll free&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="104"/>
        <source>The phone number holds more than one number (%1); write one number at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="106"/>
        <source>The phone number holds %1, which is not part of a number; use only the digits 0-9, spaces and + - ( ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="108"/>
        <source>The phone number has too few or too many digits (%1); a phone number has 2 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="39"/>
        <source>That passphrase is too easy to guess (a common word, name, place or pattern); use a short sentence of your own, such as four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="42"/>
        <source>Wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="44"/>
        <source>The casework file is damaged, so referrals cannot be read; the last good copy was made on %1 and can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="46"/>
        <source>The casework file is damaged, so referrals cannot be read, and there is no good copy of it; it has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="54"/>
        <source>There is no good copy of the casework file that opens with this passphrase; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="56"/>
        <source>Cannot put the copy back in %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="57"/>
        <source>Choose a place for the backup outside the data folder, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="59"/>
        <source>%1 is a folder; give the backup a file name, such as casework-backup.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="61"/>
        <source>%1 exists already; choose another name (a backup is never written over another file here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="63"/>
        <source>Cannot write the backup to %1; no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="64"/>
        <source>The backup written to %1 reads back differently; the drive may be failing. Use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="66"/>
        <source>%1 is a folder; choose the backup file in it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="68"/>
        <source>Cannot read %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="69"/>
        <source>%1 is not a casework backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="70"/>
        <source>Cannot copy the backup into %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="71"/>
        <source>%1 does not open with this passphrase as a whole casework backup (another passphrase, a damaged file, or not a backup); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="74"/>
        <source>Cannot put the backup in place in %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="86"/>
        <source>Another import or update is running on this directory; wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="122"/>
        <source>The record of what the last update changed is no longer kept (only the last %1 updates can be undone), so it cannot be undone; the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="125"/>
        <source>The record of what the last update changed was made by another version of Referral App, so the update cannot be undone; the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="128"/>
        <source>The directory was changed since the last update in a way that stands in the way of undoing it (%1); the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="131"/>
        <source>The directory no longer has the table %1 that the last update changed, so it cannot be undone; the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="134"/>
        <source>%1 is damaged and cannot be trusted; run &apos;referral-app repair&apos; to restore the last good copy (the damaged file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="137"/>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="139"/>
        <source>The disk holding %1 is full; nothing was imported. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="142"/>
        <source>%1 is protected with a password; open it in Excel or LibreOffice, remove the password, save it, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="145"/>
        <source>%1 is not a spreadsheet this app can read (it may be damaged); open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="148"/>
        <source>%1 has no rows; a sheet needs a header row and one row per service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/messages.py" line="150"/>
        <source>%1: no column is chosen as the service&apos;s name; choose one (in the window, or in the mapping file) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="24"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="25"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="26"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="27"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="32"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="33"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="34"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="35"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="36"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="37"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="38"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="15"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="16"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="17"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="19"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="20"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="41"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="42"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="43"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="44"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="45"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="46"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/qt_words.py" line="47"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryChips</name>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="73"/>
        <source>for women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="73"/>
        <source>for children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="74"/>
        <source>for men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="77"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="78"/>
        <source>covering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="84"/>
        <source>Searching the words as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="85"/>
        <source>Read needs and places in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="89"/>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/query_chips.py" line="90"/>
        <source>Only the first %n words are searched. Read as:</source>
        <translation>
            <numerusform>Only the first word is searched. Read as:</numerusform>
            <numerusform>Only the first %n words are searched. Read as:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="91"/>
        <source>Search the words as typed instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="96"/>
        <source>Remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="97"/>
        <source>Read from &apos;%1&apos;; click to search it as a plain word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/query_chips.py" line="100"/>
        <source>Read from &apos;%1&apos; (spelling corrected); click to search it as a plain word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="223"/>
        <source>The casework is locked. Unlock it to make a referral; searching the directory needs no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="225"/>
        <source>Unlock casework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="227"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="262"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="284"/>
        <source>Case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="227"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="285"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="228"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="262"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="286"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="228"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="263"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="286"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="229"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="289"/>
        <source>Caregiver informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="230"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="290"/>
        <source>Why not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="231"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="264"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="291"/>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="231"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="232"/>
        <source>Her needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="240"/>
        <source>Emergency (within 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="241"/>
        <source>Urgent (within 72 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="242"/>
        <source>Normal (within 2 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="244"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="245"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="245"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="245"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="246"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="248"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="248"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="250"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="250"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="250"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="251"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="253"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="287"/>
        <source>Has a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="254"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="288"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="255"/>
        <source>Short reason; no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="256"/>
        <source>Never write the survivor&apos;s name: the case code is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="258"/>
        <source>Her consent for the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="259"/>
        <source>She agrees to be referred to this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="260"/>
        <source>May be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="263"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="264"/>
        <source>Safe way to contact her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="266"/>
        <source>Risk information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="271"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="294"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="272"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="295"/>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="273"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="296"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="274"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="297"/>
        <source>Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="275"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="298"/>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="276"/>
        <source>Export slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="277"/>
        <source>Service copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="278"/>
        <source>Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="279"/>
        <source>Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="280"/>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="281"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="306"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="282"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="307"/>
        <source>One service per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="283"/>
        <location filename="../../referral_app/ui/referral_panel.py" line="300"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="292"/>
        <source>Services in this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="293"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="299"/>
        <source>Export slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="301"/>
        <source>Copy for the receiving service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="302"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="303"/>
        <source>Handout without case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="304"/>
        <source>Slip language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="305"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="308"/>
        <source>Unlock casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="375"/>
        <source>%1 is already in this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="424"/>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="444"/>
        <source>This referral is saved; changes are kept as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="448"/>
        <source>Add at least one service before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="457"/>
        <source>Referral %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="463"/>
        <source>Save the referral and choose a service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="468"/>
        <source>She has not agreed to this referral. Write why it must be sent without her consent (for example a risk to her life), or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="477"/>
        <source>Marked sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="483"/>
        <source>Add a service before making a slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="536"/>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="545"/>
        <source>The slip could not be written; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referral_panel.py" line="523"/>
        <source>Choose a service first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="69"/>
        <source>Case or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="69"/>
        <source>Priority or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="70"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="71"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="72"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="72"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="73"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="73"/>
        <source>Declined by her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="74"/>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="77"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="78"/>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="79"/>
        <location filename="../../referral_app/ui/referrals_view.py" line="80"/>
        <source>Set outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="81"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="121"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="121"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="122"/>
        <source>consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="123"/>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="133"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="133"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="134"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="141"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="143"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="163"/>
        <source>Choose a service in a referral first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="167"/>
        <source>Write the follow-up date as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="177"/>
        <source>Outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="74"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/referrals_view.py" line="75"/>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="146"/>
        <source>Search by name, need, place, language or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="147"/>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="148"/>
        <source>Results follow as you type, in English or Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="150"/>
        <source>Show only services for this need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="155"/>
        <location filename="../../referral_app/ui/search_panel.py" line="161"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="155"/>
        <location filename="../../referral_app/ui/search_panel.py" line="162"/>
        <location filename="../../referral_app/ui/search_panel.py" line="172"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="156"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="156"/>
        <location filename="../../referral_app/ui/search_panel.py" line="166"/>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="157"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="161"/>
        <source>Services in this province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="163"/>
        <source>Services in this district; old names are found too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="164"/>
        <source>Language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="165"/>
        <source>Services that speak this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="166"/>
        <source>Who the service is open to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="167"/>
        <source>Sort results by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="167"/>
        <source>The order of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="168"/>
        <source>Serves anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="168"/>
        <source>Serves women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="169"/>
        <source>Serves men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="169"/>
        <source>Serves children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="171"/>
        <source>Best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="175"/>
        <source>Free only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="175"/>
        <source>Only services free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="176"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="176"/>
        <source>Only services open at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="177"/>
        <source>Verified in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="178"/>
        <source>Only services someone confirmed in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="182"/>
        <location filename="../../referral_app/ui/search_panel.py" line="183"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="184"/>
        <source>Show all services again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="207"/>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="211"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/search_panel.py" line="223"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendFiguresDialog</name>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="51"/>
        <source>Send referral figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="53"/>
        <source>This is everything the file will hold: counts of referrals by month, need, place and outcome, by receiving service, and days to follow-up. No case code, date, written text, age, sex or disability is in it, and no count under 5. It is signed by this laptop so that the coordinator knows where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="57"/>
        <source>The figures file, as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="60"/>
        <source>Save the referral figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/send_figures_dialog.py" line="72"/>
        <source>The referral figures are saved as %1; send that file to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="80"/>
        <location filename="../../referral_app/ui/service_detail.py" line="81"/>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="83"/>
        <source>Everything a referral needs about the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="84"/>
        <source>Verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="85"/>
        <source>Mark verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="87"/>
        <source>You checked this service&apos;s details today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="88"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="89"/>
        <source>Correct a phone, hours or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="90"/>
        <location filename="../../referral_app/ui/service_detail.py" line="91"/>
        <source>Add to referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="93"/>
        <source>Add this service to the referral being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="94"/>
        <location filename="../../referral_app/ui/service_detail.py" line="95"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="97"/>
        <source>Copy the details as text, without a confidential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="98"/>
        <source>Choose a service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="151"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="153"/>
        <location filename="../../referral_app/ui/service_detail.py" line="327"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="156"/>
        <location filename="../../referral_app/ui/service_detail.py" line="330"/>
        <source>Who is eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="157"/>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="158"/>
        <location filename="../../referral_app/ui/service_detail.py" line="331"/>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="159"/>
        <location filename="../../referral_app/ui/service_detail.py" line="332"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="164"/>
        <location filename="../../referral_app/ui/service_detail.py" line="329"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="165"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="166"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="168"/>
        <location filename="../../referral_app/ui/service_detail.py" line="336"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="169"/>
        <location filename="../../referral_app/ui/service_detail.py" line="337"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="171"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="172"/>
        <source>Where this comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="173"/>
        <source>Corrections made on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="179"/>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="188"/>
        <source>(only in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="207"/>
        <source>Ages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="210"/>
        <source>Aged %1 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="212"/>
        <source>Aged %1 or under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="214"/>
        <source>Women and girls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="216"/>
        <source>Men and boys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="220"/>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="227"/>
        <source>Open now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="230"/>
        <source>Closed now; opens %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="236"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="236"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="236"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="237"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="243"/>
        <location filename="../../referral_app/ui/service_detail.py" line="245"/>
        <location filename="../../referral_app/ui/service_detail.py" line="328"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="243"/>
        <source>No phone number listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="245"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="246"/>
        <source>Not working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="248"/>
        <source>reported not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="262"/>
        <location filename="../../referral_app/ui/service_detail.py" line="334"/>
        <source>Address withheld: call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="263"/>
        <source>Show the address to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="264"/>
        <location filename="../../referral_app/ui/service_detail.py" line="334"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="278"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="281"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="285"/>
        <source>Published by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="290"/>
        <source>Offered to %1 by %2; it stays %2&apos;s until %1 publishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="338"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="160"/>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="161"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="162"/>
        <source>Accreditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_detail.py" line="163"/>
        <location filename="../../referral_app/ui/service_detail.py" line="333"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="138"/>
        <source>(only in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="155"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="156"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="157"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="158"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="159"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/service_table_model.py" line="160"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="115"/>
        <source>for %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="123"/>
        <source>The publisher&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="126"/>
        <source>Trust a publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="127"/>
        <source>Whose key is this? (a name you will recognise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="134"/>
        <source>That file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="159"/>
        <source>This number cannot be printed on slips: write it with the digits 0-9 only, such as 042-1234567. It was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="176"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="177"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="181"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="178"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="183"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="179"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="185"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="180"/>
        <source>White text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="182"/>
        <source>The language of the whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="184"/>
        <source>Larger text for easier reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="186"/>
        <source>White text on a black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="187"/>
        <source>Your staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="187"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="188"/>
        <source>Desk phone for slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="188"/>
        <source>Case code pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="189"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="194"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="195"/>
        <source>Trusted publishers of updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="196"/>
        <source>Trust a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="197"/>
        <source>Stop trusting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="198"/>
        <source>{year} and {number:04d} are filled in, as in ORG-{year}-{number:04d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/settings_dialog.py" line="201"/>
        <location filename="../../referral_app/ui/settings_dialog.py" line="202"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="110"/>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/sheet_dialog.py" line="113"/>
        <source>%1: %n service row(s). Choose what each column holds; the guesses come from the headers.</source>
        <translation>
            <numerusform>%1: %n service row. Choose what each column holds; the guesses come from the headers.</numerusform>
            <numerusform>%1: %n service rows. Choose what each column holds; the guesses come from the headers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="117"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="121"/>
        <source>What the column %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="122"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="130"/>
        <source>Needs and places to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="135"/>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="136"/>
        <source>Press Check to see what would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="137"/>
        <source>Leave out the rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="140"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="141"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="168"/>
        <source>The first rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="182"/>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="182"/>
        <source>Service name in Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="183"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="183"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="184"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="184"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="185"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="185"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="186"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="186"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="187"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="187"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="188"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="210"/>
        <source>The need %1 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="211"/>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="215"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="218"/>
        <source>The place %1 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="219"/>
        <source>(keep as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="223"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/sheet_dialog.py" line="227"/>
        <source>%1 “%2” (%n row(s))</source>
        <translation>
            <numerusform>%1 “%2” (%n row)</numerusform>
            <numerusform>%1 “%2” (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="245"/>
        <source>Choose the column that holds the service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="256"/>
        <source>Would import %1 service(s); %2 row(s) have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/sheet_dialog.py" line="285"/>
        <source>The sheet could not be imported; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="70"/>
        <source>Protect the casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="72"/>
        <source>Choose a passphrase to encrypt every referral on this laptop. Write it down somewhere safe: a lost passphrase cannot be recovered, and nobody can open the casework without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="76"/>
        <source>Unlock the casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="77"/>
        <source>Type your passphrase to see and make referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="78"/>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="80"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="79"/>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="81"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="93"/>
        <source>Strength: weak; a short sentence is stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="94"/>
        <source>Strength: fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="94"/>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="67"/>
        <location filename="../../referral_app/ui/unlock_dialog.py" line="118"/>
        <source>Restore the copy from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatePreview</name>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="170"/>
        <location filename="../../referral_app/ui/update_dialog.py" line="323"/>
        <source>Update the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="171"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="172"/>
        <source>Apply the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="174"/>
        <source>I know this file is not signed and I trust where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="179"/>
        <source>What changes in the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="184"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="203"/>
        <source>This update changes services you corrected here. Corrections it carries are closed when it is applied; the others are kept unless you tick them to drop them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="227"/>
        <source>This file is not signed: anyone could have made or changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="232"/>
        <source>The first %1 are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="234"/>
        <source>Added %1, changed %2, removed %3, unchanged %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="176"/>
        <source>Services added, changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="177"/>
        <source>Records left as another publisher published them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="223"/>
        <source>Version %1 from %2 (%3), signed and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="247"/>
        <source>%1: claimed by %2 (no one had published it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="252"/>
        <source>%1: offered to %3 by %2; it stays %2&apos;s until %3 publishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="258"/>
        <source>%1: taken over by %2, as %3 offered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/update_dialog.py" line="264"/>
        <source>%n record(s) in this file belong to another publisher, or lie outside the areas this publisher is trusted for: they are left as they are.</source>
        <translation>
            <numerusform>%n record in this file belongs to another publisher, or lies outside the areas this publisher is trusted for: it is left as it is.</numerusform>
            <numerusform>%n records in this file belong to another publisher, or lie outside the areas this publisher is trusted for: they are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/update_dialog.py" line="267"/>
        <source>%n record(s) in this file were published by a trusted publisher, which a file that is not signed cannot change: they are left as they are.</source>
        <translation>
            <numerusform>%n record in this file was published by a trusted publisher, which a file that is not signed cannot change: it is left as it is.</numerusform>
            <numerusform>%n records in this file were published by a trusted publisher, which a file that is not signed cannot change: they are left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="278"/>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="278"/>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="279"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="281"/>
        <source>%1: new, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="282"/>
        <source>%1: changed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="283"/>
        <source>%1: removed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="288"/>
        <source>%1: left as published by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="289"/>
        <source>%1: not removed; %2 did not publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="290"/>
        <source>%1: left; it is outside the areas %2 is trusted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="291"/>
        <source>%1: left; %2 removed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="292"/>
        <source>%1: left as published by %2, whose service uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="297"/>
        <source>(the file calls it %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="313"/>
        <source>The update could not be applied; details are in the log. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="317"/>
        <source>The file could not be checked; details are in the log. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="324"/>
        <source>This update&apos;s version is far above the last one applied from its publisher (%1). A wrong version can stop this publisher&apos;s later updates. Use it only if the coordinator told you to expect this jump. Use it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="332"/>
        <source>Not used: the version jumps too far. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="352"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="361"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="375"/>
        <source>Saving the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="378"/>
        <source>Applying… %1 of %2 services read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/update_dialog.py" line="195"/>
        <source>Left out, each service kept without it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AdviceChoice</name>
    <message>
        <location filename="../ui/common/readiness_form.py" line="242"/>
        <source>Talk about: {topics}.</source>
        <translation>Praat over: {topics}.</translation>
    </message>
</context>
<context>
    <name>AdviceStep</name>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="91"/>
        <location filename="../ui/first_run/steps.py" line="264"/>
        <source>Please choose one of the two answers.</source>
        <translation>Kies een van de twee antwoorden.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="106"/>
        <location filename="../ui/first_run/steps.py" line="268"/>
        <source>Talk with your GP first</source>
        <translation>Praat eerst met je huisarts</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="250"/>
        <source>I have talked with my GP or physiotherapist. I may start training.</source>
        <translation>Ik heb met mijn huisarts of fysiotherapeut gepraat. Ik mag gaan trainen.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="255"/>
        <source>I will talk with my GP first. I will confirm later.</source>
        <translation>Ik praat eerst met mijn huisarts. Dat bevestig ik later.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="271"/>
        <source>Some of your answers are best talked over with your GP or physiotherapist before you start training. Strength training is usually possible, often with some changes. You can set everything up now.</source>
        <translation>Over een paar antwoorden kun je beter eerst praten met je huisarts of fysiotherapeut, voordat je gaat trainen. Krachttraining kan meestal wel, vaak met wat aanpassingen. Je kunt nu alles al instellen.</translation>
    </message>
</context>
<context>
    <name>BandChoiceRow</name>
    <message>
        <location filename="../ui/common/band_rows.py" line="141"/>
        <source>Force of the {band} in kg</source>
        <translation>Kracht in kg: {band}</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="144"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="145"/>
        <source>Move {band} up</source>
        <translation>Zet {band} een plek omhoog</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="148"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="149"/>
        <source>Move {band} down</source>
        <translation>Zet {band} een plek omlaag</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="171"/>
        <source>kg, not known</source>
        <translation>kg, onbekend</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="173"/>
        <source>kg, does not fit the order</source>
        <translation>kg, past niet bij de volgorde</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="175"/>
        <source>kg, about (Thera-Band)</source>
        <translation>kg, ongeveer (volgens Thera-Band)</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="177"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>BandLadderEditor</name>
    <message>
        <location filename="../ui/common/band_editor.py" line="400"/>
        <source>Leave the field empty when the force is not known.</source>
        <translation>Laat het vak leeg als je de kracht niet weet.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="402"/>
        <source>{band}: {problem}</source>
        <translation>{band}: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="474"/>
        <source>The {band} is off the list. It is stored when you tap Save.</source>
        <translation>{band} staat niet meer op de lijst. Dat wordt bewaard als je op Opslaan tikt.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="476"/>
        <source>Put it back</source>
        <translation>Zet het terug</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="477"/>
        <source>Put the {band} back</source>
        <translation>Zet {band} terug</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="489"/>
        <source>Add the {band}</source>
        <translation>Voeg {band} toe</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="494"/>
        <source>Tap a colour to add it at its place on the list.</source>
        <translation>Tik op een kleur om die op zijn plek in de lijst te zetten.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="496"/>
        <source>Every Thera-Band colour is on the list already.</source>
        <translation>Alle kleuren van Thera-Band staan al op de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="505"/>
        <source>Add band</source>
        <translation>Elastiek toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="507"/>
        <source>Back to the Thera-Band order</source>
        <translation>Terug naar de volgorde van Thera-Band</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="508"/>
        <location filename="../ui/common/band_editor.py" line="509"/>
        <source>A band with another name</source>
        <translation>Een elastiek met een andere naam</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="511"/>
        <source>No bands on the list.</source>
        <translation>Geen elastieken op de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="512"/>
        <source>Use Thera-Band&apos;s order</source>
        <translation>Volgorde van Thera-Band gebruiken</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="514"/>
        <source>Put the Thera-Band colours in Thera-Band&apos;s order</source>
        <translation>Zet de kleuren van Thera-Band in de volgorde van Thera-Band</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="516"/>
        <source>Add a Thera-Band colour</source>
        <translation>Een kleur van Thera-Band toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="517"/>
        <source>Add a band of another brand</source>
        <translation>Een elastiek van een ander merk toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="518"/>
        <source>Name of the band, for example its colour</source>
        <translation>Naam van het elastiek, bijvoorbeeld de kleur</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="519"/>
        <source>Name of the band</source>
        <translation>Naam van het elastiek</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="521"/>
        <source>Force in kg at full stretch, if you know it (may stay empty)</source>
        <translation>Kracht in kg als het helemaal is uitgerekt, als je die weet (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="523"/>
        <source>Force of the band in kg</source>
        <translation>Kracht van het elastiek in kg</translation>
    </message>
    <message>
        <location filename="../ui/common/band_editor.py" line="524"/>
        <source>Add the band typed</source>
        <translation>Voeg het getypte elastiek toe</translation>
    </message>
</context>
<context>
    <name>BandRow</name>
    <message>
        <location filename="../ui/common/band_rows.py" line="49"/>
        <source>{place}. {band}</source>
        <translation>{place}. {band}</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="51"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="52"/>
        <source>Force of the {band} in kg</source>
        <translation>Kracht in kg: {band}</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="70"/>
        <source>Can be doubled</source>
        <translation>Kan dubbelgevouwen</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="71"/>
        <source>The {band} can be doubled</source>
        <translation>Dubbelvouwen kan: {band}</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="74"/>
        <source>Lighter</source>
        <translation>Lichter</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="75"/>
        <source>Move the {band} lighter</source>
        <translation>Zet {band} een plek lichter</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="78"/>
        <source>Heavier</source>
        <translation>Zwaarder</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="79"/>
        <source>Move the {band} heavier</source>
        <translation>Zet {band} een plek zwaarder</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="82"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="83"/>
        <source>Remove the {band}</source>
        <translation>Verwijder {band}</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="100"/>
        <source>Force not known: sterkblijven goes by the order of the list.</source>
        <translation>Kracht onbekend: sterkblijven volgt de volgorde van de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="104"/>
        <source>{kg} kg as typed does not fit the order: sterkblijven goes by the order.</source>
        <translation>De getypte {kg} kg past niet bij de volgorde: sterkblijven volgt de volgorde.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="107"/>
        <source>About {kg} kg at full stretch, according to Thera-Band.</source>
        <translation>Ongeveer {kg} kg als het helemaal is uitgerekt, volgens Thera-Band.</translation>
    </message>
    <message>
        <location filename="../ui/common/band_rows.py" line="108"/>
        <source>{kg} kg at full stretch, as typed.</source>
        <translation>{kg} kg als het helemaal is uitgerekt, zoals getypt.</translation>
    </message>
</context>
<context>
    <name>BandStep</name>
    <message>
        <location filename="../ui/first_run/equipment_steps.py" line="68"/>
        <source>Which bands do you have?</source>
        <translation>Welke elastieken heb je?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/equipment_steps.py" line="71"/>
        <source>Tap every band you have. The list goes from light to heavy, in the order of Thera-Band, with its forces in kg (approximate). Another brand? Move the bands with Up and Down until the lightest is at the top, and type a force if you know it, or leave it empty. No bands? Then tap nothing.</source>
        <translation>Tik op elk elastiek dat je hebt. De lijst gaat van licht naar zwaar, in de volgorde van Thera-Band, met de kracht in kg (ongeveer). Heb je een ander merk? Zet de elastieken dan met Omhoog en Omlaag op volgorde, tot het lichtste bovenaan staat, en typ de kracht als je die weet, of laat het vak leeg. Geen elastieken? Tik dan nergens op.</translation>
    </message>
</context>
<context>
    <name>BirthMonthChooser</name>
    <message>
        <location filename="../ui/common/birth_month.py" line="55"/>
        <source>Month of birth (you may skip this)</source>
        <translation>Geboortemaand (mag je overslaan)</translation>
    </message>
    <message>
        <location filename="../ui/common/birth_month.py" line="58"/>
        <source>With the month, your test results are compared with people of exactly your age. The year alone is fine too.</source>
        <translation>Met de maand vergelijken we je testuitslagen met mensen van precies jouw leeftijd. Alleen het jaar is ook goed.</translation>
    </message>
    <message>
        <location filename="../ui/common/birth_month.py" line="66"/>
        <source>Born in {month}</source>
        <translation>Geboren in {month}</translation>
    </message>
    <message>
        <location filename="../ui/common/birth_month.py" line="67"/>
        <source>I&apos;d rather give only the year</source>
        <translation>Ik zeg liever alleen het jaar</translation>
    </message>
</context>
<context>
    <name>CarerPage</name>
    <message>
        <location filename="../ui/carer/pin_card.py" line="145"/>
        <source>The carer part is protected by a PIN.</source>
        <translation>Het mantelzorgerdeel is beveiligd met een PIN.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="147"/>
        <source>There is no PIN yet: anyone can open this part.</source>
        <translation>Er is nog geen PIN: iedereen kan dit deel openen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="150"/>
        <source>Change the PIN</source>
        <translation>PIN veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="152"/>
        <source>Set the PIN</source>
        <translation>PIN instellen</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="248"/>
        <source>New name for {name}</source>
        <translation>Nieuwe naam voor {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="259"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="273"/>
        <source>Remove {name}? All of {name}&apos;s sessions and tests go too. A backup of everything is made first.</source>
        <translation>Wil je {name} verwijderen? Dan worden ook alle trainingen en testen van {name} verwijderd. Eerst wordt er een back-up van alles gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="277"/>
        <source>Yes, remove {name}</source>
        <translation>Ja, verwijder {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="279"/>
        <source>Are you really sure? This cannot be undone in the app.</source>
        <translation>Weet je het echt zeker? Dit kun je in de app niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="280"/>
        <source>Remove {name} for good</source>
        <translation>Verwijder {name} definitief</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="284"/>
        <source>No, keep {name}</source>
        <translation>Nee, houd {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="257"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="108"/>
        <source>PIN changed.</source>
        <translation>PIN veranderd.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="110"/>
        <source>PIN set.</source>
        <translation>PIN ingesteld.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="139"/>
        <source>PIN removed. Anyone can open the carer part now.</source>
        <translation>PIN verwijderd. Iedereen kan het mantelzorgerdeel nu openen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="307"/>
        <source>Name and birth month</source>
        <translation>Naam en geboortemaand</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="309"/>
        <source>Change the name or birth month of {name}</source>
        <translation>Naam of geboortemaand van {name} veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="313"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="314"/>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="329"/>
        <source>Suggestions waiting: {count}.</source>
        <translation>Voorstellen die nog wachten: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="331"/>
        <source>No suggestions waiting.</source>
        <translation>Er wachten geen voorstellen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="335"/>
        <source>Plan</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="336"/>
        <source>The exercise plan of {name}</source>
        <translation>Het oefenschema van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="337"/>
        <source>Equipment</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="338"/>
        <source>The equipment of {name}</source>
        <translation>Het materiaal van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="339"/>
        <source>Suggestions ({count})</source>
        <translation>Voorstellen ({count})</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="341"/>
        <source>Suggestions for {name}: {count} waiting</source>
        <translation>Voorstellen voor {name} die nog wachten: {count}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="346"/>
        <source>Progress</source>
        <translation>Vooruitgang</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="347"/>
        <source>The progress of {name}</source>
        <translation>De vooruitgang van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="349"/>
        <source>Report, card and calendar</source>
        <translation>Verslag, oefenkaart en agenda</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="351"/>
        <source>The report, exercise card and calendar of {name}</source>
        <translation>Het verslag, de oefenkaart en de agenda van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="360"/>
        <source>{name} may decide about suggestions</source>
        <translation>{name} mag zelf over voorstellen beslissen</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="363"/>
        <source>Hospital and movement advice</source>
        <translation>Ziekenhuis en bewegingsadvies</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="365"/>
        <source>Hospital stays and movement advice of {name}</source>
        <translation>Ziekenhuisopnames en bewegingsadvies van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="405"/>
        <source>After the hospital stay, training waits until it may start again.</source>
        <translation>Na de ziekenhuisopname wacht de training tot die weer mag beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="412"/>
        <source>Movement advice: {advice}.</source>
        <translation>Bewegingsadvies: {advice}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="544"/>
        <source>Name changed to {name}.</source>
        <translation>Naam veranderd in {name}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="546"/>
        <source>The details of {name} are saved.</source>
        <translation>De gegevens van {name} zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="577"/>
        <source>{name} is removed.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="585"/>
        <source>Carer part</source>
        <translation>Mantelzorgerdeel</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="162"/>
        <source>Carer PIN</source>
        <translation>PIN van de mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="163"/>
        <location filename="../ui/carer/pin_card.py" line="164"/>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Nieuwe PIN (4 tot 8 cijfers)</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="165"/>
        <location filename="../ui/carer/pin_card.py" line="166"/>
        <source>Type the PIN again</source>
        <translation>Typ de PIN nog een keer</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="167"/>
        <source>Remove the PIN</source>
        <translation>PIN verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="169"/>
        <source>Remove the PIN? Then anyone who uses this computer can open the carer part. You can set a new PIN at any time.</source>
        <translation>Wil je de PIN verwijderen? Dan kan iedereen die deze computer gebruikt het mantelzorgerdeel openen. Je kunt altijd een nieuwe PIN instellen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="175"/>
        <source>Yes, remove the PIN</source>
        <translation>Ja, verwijder de PIN</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_card.py" line="176"/>
        <source>No, keep the PIN</source>
        <translation>Nee, houd de PIN</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="586"/>
        <source>Who trains on this computer</source>
        <translation>Wie traint er op deze computer</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="587"/>
        <source>Add someone</source>
        <translation>Iemand toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="588"/>
        <source>Data and backups</source>
        <translation>Gegevens en back-ups</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="591"/>
        <source>Put back a backup, or save all data in a file to take to another computer and read it in there.</source>
        <translation>Zet een back-up terug, of sla alle gegevens op in een bestand om ze op een andere computer in te lezen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="595"/>
        <source>Backups and files</source>
        <translation>Back-ups en bestanden</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="596"/>
        <source>See an example</source>
        <translation>Bekijk een voorbeeld</translation>
    </message>
    <message>
        <location filename="../ui/carer/page.py" line="597"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../ui/catalogue/list_page.py" line="82"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/list_page.py" line="89"/>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/list_page.py" line="90"/>
        <source>Tap an exercise to see how it is done.</source>
        <translation>Tik op een oefening om te zien hoe die gaat.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/list_page.py" line="92"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/list_page.py" line="93"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <location filename="../ui/home/checkin.py" line="141"/>
        <source>Please answer every question.</source>
        <translation>Geef bij elke vraag een antwoord.</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="145"/>
        <source>Please choose where you feel it. Not sure? Then choose: I don&apos;t know.</source>
        <translation>Kies waar je het voelt. Weet je het niet zeker? Kies dan: Weet ik niet.</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="179"/>
        <source>Thank you for your answers</source>
        <translation>Bedankt voor je antwoorden</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="239"/>
        <source>Did pain wake you up last night?</source>
        <translation>Werd je vannacht wakker van pijn?</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="240"/>
        <source>Yes, pain woke me up</source>
        <translation>Ja, ik werd wakker van pijn</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="241"/>
        <source>No, pain did not wake me up</source>
        <translation>Nee, ik werd niet wakker van pijn</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="246"/>
        <source>Yes, stiff for more than half an hour</source>
        <translation>Ja, langer dan een half uur stijf</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="248"/>
        <source>No, not stiff for that long</source>
        <translation>Nee, niet zo lang stijf</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="249"/>
        <source>Where do you feel it? You can choose more than one.</source>
        <translation>Waar voel je het? Je kunt er meer dan één kiezen.</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="252"/>
        <source>I don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="254"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="255"/>
        <source>Close the message about your answers</source>
        <translation>Sluit het bericht over je antwoorden</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../ui/home/choose_page.py" line="91"/>
        <source>Waiting for the GP</source>
        <translation>Wacht op de huisarts</translation>
    </message>
    <message>
        <location filename="../ui/home/choose_page.py" line="93"/>
        <source>Training day today</source>
        <translation>Vandaag trainingsdag</translation>
    </message>
    <message>
        <location filename="../ui/home/choose_page.py" line="95"/>
        <source>Trained today</source>
        <translation>Vandaag getraind</translation>
    </message>
    <message>
        <location filename="../ui/home/choose_page.py" line="100"/>
        <source>Last trained: {day}</source>
        <translation>Laatst getraind: {day}</translation>
    </message>
    <message>
        <location filename="../ui/home/choose_page.py" line="101"/>
        <source>Not trained yet</source>
        <translation>Nog niet getraind</translation>
    </message>
    <message>
        <location filename="../ui/home/choose_page.py" line="145"/>
        <source>Who is going to train?</source>
        <translation>Wie gaat er trainen?</translation>
    </message>
</context>
<context>
    <name>ChooseView</name>
    <message>
        <location filename="../ui/fitness/choose.py" line="87"/>
        <source>Tests</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="90"/>
        <source>Each test takes a few minutes. Doing them every 6 to 8 weeks shows what your training does for everyday life.</source>
        <translation>Elke test duurt een paar minuten. Doe de testen elke 6 tot 8 weken. Dan zie je wat je training doet voor je dagelijks leven.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="102"/>
        <source>Last time: {result} on {day}.</source>
        <translation>De vorige keer: {result}, op {day}.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="108"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="109"/>
        <source>See your progress</source>
        <translation>Bekijk je vooruitgang</translation>
    </message>
</context>
<context>
    <name>ConfirmStopView</name>
    <message>
        <location filename="../ui/session/stop.py" line="179"/>
        <source>Stop the session?</source>
        <translation>Wil je stoppen met de training?</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="180"/>
        <source>Everything you have done so far stays saved.</source>
        <translation>Alles wat je tot nu toe hebt gedaan, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="181"/>
        <source>Yes, stop now</source>
        <translation>Ja, nu stoppen</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="182"/>
        <source>No, go on</source>
        <translation>Nee, ga verder</translation>
    </message>
</context>
<context>
    <name>ConfirmUndoView</name>
    <message>
        <location filename="../ui/session/questions.py" line="317"/>
        <source>Undo this set?</source>
        <translation>Deze set ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="319"/>
        <source>{exercise}, set {number}: {count}. Undo it, and do this set again?</source>
        <translation>{exercise}, set {number}: {count}. Wil je dit ongedaan maken en de set opnieuw doen?</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="323"/>
        <source>No, keep the set</source>
        <translation>Nee, bewaar de set</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="324"/>
        <source>Yes, undo the set</source>
        <translation>Ja, maak ongedaan</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../words/connection.py" line="16"/>
        <source>Please fill in the address of the server, or the folder of its socket.</source>
        <translation>Vul het adres van de server in, of de map van de socket.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="19"/>
        <source>The port is a number from 1 to 65535. Usually it is 5432.</source>
        <translation>De poort is een getal van 1 tot 65535. Meestal is het 5432.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="22"/>
        <source>Please fill in the name of the database.</source>
        <translation>Vul de naam van de database in.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="23"/>
        <source>Please fill in your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="24"/>
        <source>Please fill in your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="25"/>
        <source>Please choose the practice&apos;s certificate file. The administrator of the practice gives you this file.</source>
        <translation>Kies het certificaatbestand van de praktijk. Dit bestand krijgt u van de beheerder van de praktijk.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="30"/>
        <source>The certificate file cannot be found. Choose the file again, or ask the administrator of the practice for it.</source>
        <translation>Het certificaatbestand is niet te vinden. Kies het bestand opnieuw, of vraag het aan de beheerder van de praktijk.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="42"/>
        <source>The server does not accept this user name and password (or the database name). Check them and try again. Forgotten your password? Ask the administrator of the practice for a new one.</source>
        <translation>De server accepteert deze gebruikersnaam en dit wachtwoord niet (of de naam van de database). Controleer ze en probeer het opnieuw. Wachtwoord vergeten? Vraag de beheerder van de praktijk om een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="48"/>
        <source>There is no server at this address, or it cannot be reached now. Check the address, the port and the network connection, and try again.</source>
        <translation>Op dit adres is geen server, of hij is nu niet te bereiken. Controleer het adres, de poort en de netwerkverbinding, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="53"/>
        <source>The server has an older version of sterkblijven&apos;s data than this program. Ask the administrator of the practice to update the server. Nothing has been changed.</source>
        <translation>De server heeft een oudere versie van de gegevens van sterkblijven dan dit programma. Vraag de beheerder van de praktijk om de server bij te werken. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="58"/>
        <source>The server has a newer version of sterkblijven&apos;s data than this program. Ask the administrator of the practice to install the newest version of sterkblijven on this computer. Nothing has been changed.</source>
        <translation>De server heeft een nieuwere versie van de gegevens van sterkblijven dan dit programma. Vraag de beheerder van de praktijk om de nieuwste versie van sterkblijven op deze computer te zetten. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="67"/>
        <source>Connecting to the server did not work. Check the details and try again. If it keeps happening, ask the administrator of the practice.</source>
        <translation>Verbinden met de server is niet gelukt. Controleer de gegevens en probeer het opnieuw. Blijft het misgaan, vraag dan de beheerder van de praktijk.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="77"/>
        <source>This computer has no safe place to keep the password, so it is not remembered. You will be asked for it at each start.</source>
        <translation>Deze computer heeft geen veilige plek voor het wachtwoord, dus het wordt niet onthouden. U wordt er bij elke start om gevraagd.</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="87"/>
        <source>Connected to the practice server</source>
        <translation>Verbonden met de praktijkserver</translation>
    </message>
    <message>
        <location filename="../words/connection.py" line="88"/>
        <source>No connection to the practice server; what you fill in stays on screen</source>
        <translation>Geen verbinding met de praktijkserver; wat u invult blijft staan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ui/shell/crash.py" line="101"/>
        <location filename="../ui/shell/crash.py" line="141"/>
        <source>Save information for the helpdesk</source>
        <translation>Gegevens voor de helpdesk opslaan</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="103"/>
        <source>Zip file (*.zip)</source>
        <translation>Zip-bestand (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="120"/>
        <source>The information was saved in this file: {path}
You can send this file to the helpdesk by e-mail. It holds no names and nothing about your training.</source>
        <translation>De informatie voor de helpdesk is opgeslagen in dit bestand: {path}
Je kunt dit bestand per e-mail naar de helpdesk sturen. Er staan geen namen in en niets over je training.</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="134"/>
        <source>Something went wrong. Your data has been kept.</source>
        <translation>Er ging iets mis. Je gegevens zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="137"/>
        <source>You can go on using the program. If something does not work as it should, close sterkblijven and start it again.</source>
        <translation>Je kunt het programma gewoon verder gebruiken. Werkt er iets niet goed? Sluit sterkblijven dan en start het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="142"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../words/backups.py" line="21"/>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="29"/>
        <source>the daily backup</source>
        <translation>de dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="30"/>
        <source>the weekly backup</source>
        <translation>de wekelijkse back-up</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="31"/>
        <source>after a session</source>
        <translation>na een training</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="32"/>
        <source>made by hand</source>
        <translation>zelf gemaakt</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="33"/>
        <source>before an update of the program</source>
        <translation>voor een update van het programma</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="36"/>
        <source>before someone was removed</source>
        <translation>voor het verwijderen van iemand</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="37"/>
        <source>before a file was read in</source>
        <translation>voor het inlezen van een bestand</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="38"/>
        <source>before a backup was put back</source>
        <translation>voor het terugzetten van een back-up</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="41"/>
        <source>damaged data, set aside for a fresh start</source>
        <translation>beschadigde gegevens, opzijgezet voor een nieuw begin</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="51"/>
        <source>The file cannot be found.</source>
        <translation>Het bestand is niet te vinden.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="52"/>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="53"/>
        <source>This is not a file saved by sterkblijven. Choose the file that ends in .json.</source>
        <translation>Dit is geen bestand dat door sterkblijven is opgeslagen. Kies het bestand dat eindigt op .json.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="56"/>
        <source>This file was not saved by sterkblijven, so it cannot be read in.</source>
        <translation>Dit bestand is niet door sterkblijven opgeslagen, dus het kan niet ingelezen worden.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="59"/>
        <source>This file of sterkblijven is not complete: it stops half-way, perhaps because the disk was full or the USB stick was pulled out too soon. Save the data again, or choose another file.</source>
        <translation>Dit bestand van sterkblijven is niet compleet: het houdt halverwege op, misschien omdat de schijf vol was of de USB-stick te vroeg werd uitgetrokken. Sla de gegevens opnieuw op, of kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="65"/>
        <source>This file was saved by a newer version of sterkblijven. Install the newest version first.</source>
        <translation>Dit bestand is opgeslagen door een nieuwere versie van sterkblijven. Installeer eerst de nieuwste versie.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="70"/>
        <source>The file is damaged: part of it is missing or wrong.</source>
        <translation>Het bestand is beschadigd: een deel ontbreekt of klopt niet.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="73"/>
        <source>The file holds no one to read in.</source>
        <translation>In het bestand staat niemand om in te lezen.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="74"/>
        <source>The file is too large to read in. A file may hold at most {people} people and {size} MB.</source>
        <translation>Het bestand is te groot om in te lezen. In een bestand mogen niet meer dan {people} mensen en {size} MB staan.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="79"/>
        <source>The file holds the same person twice, so it is not clear which one to read in.</source>
        <translation>Dezelfde persoon staat twee keer in het bestand. Daarom is niet duidelijk welke ingelezen moet worden.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="85"/>
        <location filename="../words/backups.py" line="106"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="91"/>
        <source>The backup cannot be found.</source>
        <translation>De back-up is niet te vinden.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="92"/>
        <source>This backup is damaged or is not a backup of sterkblijven.</source>
        <translation>Deze back-up is beschadigd, of het is geen back-up van sterkblijven.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="95"/>
        <source>This file is not a backup of sterkblijven.</source>
        <translation>Dit bestand is geen back-up van sterkblijven.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="96"/>
        <source>This file is the data itself, not a backup.</source>
        <translation>Dit bestand bevat de gegevens zelf; het is geen back-up.</translation>
    </message>
    <message>
        <location filename="../words/backups.py" line="99"/>
        <source>This backup was made while an update was cut off half-way, so it cannot be put back. Choose an older one.</source>
        <translation>Deze back-up is gemaakt terwijl een update halverwege werd afgebroken. Daarom kan hij niet worden teruggezet. Kies een oudere.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../ui/carer/data_page.py" line="202"/>
        <source>A backup was made and checked: {moment}.</source>
        <translation>Er is een back-up gemaakt en gecontroleerd: {moment}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="212"/>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="212"/>
        <source>Backups of sterkblijven (*.sqlite3)</source>
        <translation>Back-ups van sterkblijven (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_exports.py" line="51"/>
        <source>Save everything</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_exports.py" line="53"/>
        <location filename="../ui/carer/data_page.py" line="380"/>
        <source>sterkblijven file (*.json)</source>
        <translation>sterkblijven-bestand (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_exports.py" line="61"/>
        <source>Choose a folder for the tables</source>
        <translation>Kies een map voor de tabellen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_exports.py" line="81"/>
        <source>Save the test results for a practice system</source>
        <translation>Testuitslagen opslaan voor een praktijksysteem</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_exports.py" line="83"/>
        <source>FHIR file (*.json)</source>
        <translation>FHIR-bestand (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="288"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="380"/>
        <source>Choose a file to read in</source>
        <translation>Kies een bestand om in te lezen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="415"/>
        <source>Please choose for everyone who is already here what should happen.</source>
        <translation>Kies voor iedereen die er al is wat er moet gebeuren.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="474"/>
        <source>This data is kept on a server; its backups are made there.</source>
        <translation>Deze gegevens staan op een server; de back-ups worden daar gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="479"/>
        <source>Backups are made by themselves: every day the program runs, every week, and after each session. There is none yet.</source>
        <translation>Back-ups worden vanzelf gemaakt: elke dag dat het programma draait, elke week en na elke training. Er is er nog geen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="486"/>
        <source>Backups are made by themselves: every day the program runs, every week, and after each session. The newest: {moment}.</source>
        <translation>Back-ups worden vanzelf gemaakt: elke dag dat het programma draait, elke week en na elke training. De nieuwste: {moment}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="491"/>
        <source>The backups are in this folder: {folder}</source>
        <translation>De back-ups staan in deze map: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="553"/>
        <source>Put this backup back</source>
        <translation>Zet deze back-up terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="554"/>
        <source>Put back the backup of {moment}</source>
        <translation>Zet de back-up van {moment} terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="40"/>
        <source>Put this backup back? ({backup}) Everything saved after it is replaced by the backup. A copy of the data as it is now is kept first, so you can go back.</source>
        <translation>Deze back-up terugzetten? ({backup}) Alles wat daarna is opgeslagen, wordt vervangen door de back-up. Eerst wordt een kopie van de gegevens van nu bewaard, zodat je terug kunt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="48"/>
        <source>Yes, put it back</source>
        <translation>Ja, zet hem terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="49"/>
        <source>No, keep the data as it is</source>
        <translation>Nee, laat de gegevens zoals ze zijn</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="432"/>
        <source>Read in. People: {people}. Sessions: {sessions}. Test results: {tests}. Left out: {skipped}.</source>
        <translation>Ingelezen. Personen: {people}. Trainingen: {sessions}. Testuitslagen: {tests}. Overgeslagen: {skipped}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="246"/>
        <source>The backup is back in place. A copy of the data from just before is kept, so this can be undone: in the list it says “{kind}”.</source>
        <translation>De back-up is teruggezet. Er is een kopie bewaard van de gegevens van vlak daarvoor, zodat je dit kunt terugdraaien: in de lijst staat er “{kind}” bij.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="284"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="293"/>
        <source>Saving: {done} of {total} people</source>
        <translation>Bezig met opslaan: {done} van {total} personen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="313"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="362"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="391"/>
        <source>Stopped; nothing was read in.</source>
        <translation>Gestopt; er is niets ingelezen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="400"/>
        <source>Reading the file: {percent} %</source>
        <translation>Bezig met lezen: {percent} %</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="422"/>
        <source>Stopped; nothing was read in. The data is as it was.</source>
        <translation>Gestopt; er is niets ingelezen. De gegevens zijn zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="449"/>
        <source>Reading in: {done} of {total} people</source>
        <translation>Bezig met inlezen: {done} van {total} personen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="69"/>
        <source>In the file: {people}.</source>
        <translation>In het bestand: {people}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="74"/>
        <source>{name} (born {year}) is already here. What should happen with {name}?</source>
        <translation>{name} (geboren in {year}) staat er al. Wat moet er met {name} gebeuren?</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="84"/>
        <source>Replace with the data from the file</source>
        <translation>Vervangen door de gegevens uit het bestand</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="85"/>
        <source>Keep both, as two people</source>
        <translation>Allebei houden, als twee personen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="86"/>
        <source>Leave out: keep what is here</source>
        <translation>Overslaan: houden wat er al is</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="90"/>
        <source>{choice} ({name})</source>
        <translation>{choice} ({name})</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="102"/>
        <source>A backup of the data as it is now is made first.</source>
        <translation>Eerst wordt een back-up gemaakt van de gegevens zoals ze nu zijn.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="105"/>
        <source>Read it in</source>
        <translation>Lees het in</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_questions.py" line="106"/>
        <source>Do not read it in</source>
        <translation>Niet inlezen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="563"/>
        <source>Data and backups</source>
        <translation>Gegevens en back-ups</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="564"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="567"/>
        <source>No automatic backup was made for more than a week. Make one now, and check that the disk has room.</source>
        <translation>Er is al meer dan een week geen automatische back-up gemaakt. Maak er nu een, en kijk of er ruimte is op de schijf.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="571"/>
        <source>Make a backup now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="572"/>
        <source>Put back a backup from elsewhere</source>
        <translation>Een back-up van ergens anders terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="573"/>
        <source>Save everything in a file</source>
        <translation>Alles opslaan in een bestand</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="576"/>
        <source>Save all data in one file, to take it to another computer or to keep an extra copy. Such a file can be read in here again. The tables open in a spreadsheet.</source>
        <translation>Sla alle gegevens op in één bestand, om mee te nemen naar een andere computer of als extra kopie. Zo&apos;n bestand kun je hier weer inlezen. De tabellen openen in een spreadsheet.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="580"/>
        <source>Save everything in one file</source>
        <translation>Alles opslaan in één bestand</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="582"/>
        <source>Save tables for a Dutch spreadsheet (Excel, LibreOffice)</source>
        <translation>Tabellen opslaan voor een Nederlandse spreadsheet (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="584"/>
        <source>Save tables for other spreadsheets (with commas)</source>
        <translation>Tabellen opslaan voor andere spreadsheets (met komma&apos;s)</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="587"/>
        <source>For the physiotherapist or GP: their record system can read the test results from this file.</source>
        <translation>Voor de fysiotherapeut of huisarts: hun dossiersysteem kan de testuitslagen uit dit bestand lezen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="591"/>
        <source>Test results for a practice system (FHIR)</source>
        <translation>Testuitslagen voor een praktijksysteem (FHIR)</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="592"/>
        <source>Read in a file</source>
        <translation>Een bestand inlezen</translation>
    </message>
    <message>
        <location filename="../ui/carer/data_page.py" line="593"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <location filename="../ui/fitness/discard.py" line="38"/>
        <source>This result is not saved. Throw it away?</source>
        <translation>Dit resultaat is nog niet opgeslagen. Wil je het weggooien?</translation>
    </message>
    <message>
        <location filename="../ui/fitness/discard.py" line="39"/>
        <source>Throw it away</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../ui/fitness/discard.py" line="40"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>DumbbellEditor</name>
    <message>
        <location filename="../ui/common/dumbbell_editor.py" line="130"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/common/dumbbell_editor.py" line="140"/>
        <location filename="../ui/common/dumbbell_editor.py" line="141"/>
        <source>Another weight, in kg</source>
        <translation>Een ander gewicht, in kg</translation>
    </message>
    <message>
        <location filename="../ui/common/dumbbell_editor.py" line="142"/>
        <source>Add weight</source>
        <translation>Gewicht toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/common/dumbbell_editor.py" line="144"/>
        <source>Add the weight typed</source>
        <translation>Voeg het getypte gewicht toe</translation>
    </message>
</context>
<context>
    <name>DumbbellStep</name>
    <message>
        <location filename="../ui/first_run/equipment_steps.py" line="35"/>
        <source>Which dumbbells do you have?</source>
        <translation>Welke halters heb je?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/equipment_steps.py" line="38"/>
        <source>Tap every weight you have (the weight of one dumbbell). No dumbbells? Then tap nothing: many exercises work without.</source>
        <translation>Tik op elk gewicht dat je hebt (het gewicht van één halter). Geen halters? Tik dan nergens op: veel oefeningen gaan ook zonder.</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../words/education.py" line="24"/>
        <source>Good to know before you start</source>
        <translation>Goed om te weten voor je begint</translation>
    </message>
    <message>
        <location filename="../words/education.py" line="30"/>
        <source>Strength training does not wear out your joints. With arthritis in a knee or hip, it usually gives less pain within a few weeks.</source>
        <translation>Krachttraining slijt je gewrichten niet. Bij artrose in je knie of heup geeft het meestal binnen een paar weken minder pijn.</translation>
    </message>
    <message>
        <location filename="../words/education.py" line="38"/>
        <source>Sources: OARSI guideline (2019), KNGF guideline on hip and knee osteoarthritis (2018), Lim, Choi &amp; Kim (2024).</source>
        <translation>Bronnen: OARSI-richtlijn (2019), KNGF-richtlijn Artrose heup-knie (2018), Lim, Choi &amp; Kim (2024).</translation>
    </message>
    <message>
        <location filename="../words/education.py" line="48"/>
        <source>In the first weeks your muscles may feel sore or stiff for a day or two. That is normal and it passes.</source>
        <translation>In de eerste weken kunnen je spieren een dag of twee pijnlijk of stijf zijn. Dat is normaal en het gaat over.</translation>
    </message>
    <message>
        <location filename="../words/education.py" line="57"/>
        <source>Muscle soreness is in the muscle, lasts 1 to 3 days and gets less when you move. Joint pain that is worse the next day, or a swollen joint, is different: tell the app, and it makes the exercise lighter.</source>
        <translation>Spierpijn zit in de spier, duurt 1 tot 3 dagen en wordt minder als je beweegt. Pijn in een gewricht die de volgende dag erger is, of een dik gewricht, is iets anders: vul dat in, dan maakt het programma de oefening lichter.</translation>
    </message>
    <message>
        <location filename="../words/education.py" line="67"/>
        <source>&quot;Until you cannot do more&quot; always means: until you cannot do one more with good form.</source>
        <translation>&quot;Tot je niet meer kunt&quot; betekent altijd: tot je er met een goede houding geen meer kunt doen.</translation>
    </message>
</context>
<context>
    <name>EffortView</name>
    <message>
        <location filename="../ui/session/questions.py" line="123"/>
        <source>You did: {count}</source>
        <translation>Je deed: {count}</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="132"/>
        <source>How hard was it?</source>
        <translation>Hoe zwaar was het?</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="133"/>
        <source>Tap the word that fits best.</source>
        <translation>Tik op het woord dat het best past.</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="134"/>
        <source>− 1</source>
        <translation>− 1</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="135"/>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="136"/>
        <source>+ 1</source>
        <translation>+ 1</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="137"/>
        <source>One more</source>
        <translation>Eén meer</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="141"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="171"/>
        <location filename="../ui/carer/equipment_page.py" line="203"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="177"/>
        <source>Equipment of {name}</source>
        <translation>Materiaal van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="183"/>
        <source>Tap what there is at home. Exercises in the plan follow: a weight or band that is taken off moves to the nearest lighter one.</source>
        <translation>Tik aan wat er thuis is. De oefeningen in het schema passen zich aan: een gewicht of elastiek dat weggaat, wordt het dichtstbijzijnde lichtere.</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="187"/>
        <source>Dumbbells</source>
        <translation>Halters</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="189"/>
        <source>Tap every weight there is (the weight of one dumbbell).</source>
        <translation>Tik elk gewicht aan dat er is (het gewicht van één halter).</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="191"/>
        <source>Bands, from light to heavy</source>
        <translation>Elastieken, van licht naar zwaar</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="194"/>
        <source>The lightest band is at the top. Move a band with Lighter and Heavier until the order is right: the order is what counts. Type a band&apos;s force in kg if you know it, from its packaging for example, or leave it empty.</source>
        <translation>Het lichtste elastiek staat bovenaan. Verplaats een elastiek met Lichter en Zwaarder tot de volgorde klopt: de volgorde telt. Typ de kracht van een elastiek in kg als je die weet, bijvoorbeeld van de verpakking, of laat het vak leeg.</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="199"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="200"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/equipment_page.py" line="201"/>
        <source>Save the equipment</source>
        <translation>Sla het materiaal op</translation>
    </message>
</context>
<context>
    <name>EquipmentSourceStep</name>
    <message>
        <location filename="../ui/first_run/steps.py" line="313"/>
        <source>Which equipment?</source>
        <translation>Welk materiaal?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="316"/>
        <source>Does this person use the same dumbbells and bands as someone who trains here already? Then choose that person, and the equipment is copied with the bands in the same order. Otherwise the next steps ask for it.</source>
        <translation>Gebruikt deze persoon dezelfde halters en elastieken als iemand die hier al traint? Kies dan die persoon: het materiaal wordt overgenomen, met de elastieken in dezelfde volgorde. Anders vragen de volgende stappen ernaar.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="321"/>
        <source>Own equipment: ask for it</source>
        <translation>Eigen materiaal: vraag ernaar</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="325"/>
        <source>Same equipment as {name}</source>
        <translation>Zelfde materiaal als {name}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="326"/>
        <source>Same equipment as {name}: {equipment}</source>
        <translation>Zelfde materiaal als {name}: {equipment}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="335"/>
        <source>dumbbells {weights} kg</source>
        <translation>halters {weights} kg</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="339"/>
        <source>no dumbbells</source>
        <translation>geen halters</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="342"/>
        <source>bands {names}</source>
        <translation>elastieken {names}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="344"/>
        <source>no bands</source>
        <translation>geen elastieken</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <location filename="../words/example.py" line="10"/>
        <source>Gerrit (example)</source>
        <translation>Gerrit (voorbeeld)</translation>
    </message>
    <message>
        <location filename="../words/example.py" line="15"/>
        <source>The example could not be made in the computer&apos;s temporary folder. Your own data was not touched.</source>
        <translation>Het voorbeeld kon niet worden gemaakt in de tijdelijke map van de computer. Je eigen gegevens zijn niet aangeraakt.</translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <location filename="../ui/common/example.py" line="70"/>
        <source>Example – nothing here is kept. Your real data stays apart.</source>
        <translation>Voorbeeld – niets hiervan wordt bewaard. Je echte gegevens blijven apart.</translation>
    </message>
    <message>
        <location filename="../ui/common/example.py" line="71"/>
        <source>Close the example</source>
        <translation>Voorbeeld sluiten</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <location filename="../ui/carer/plan_card.py" line="67"/>
        <source>{place}. {exercise}</source>
        <translation>{place}. {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="279"/>
        <source>Type two whole numbers, for example 12 and 15. The target stays {range}.</source>
        <translation>Typ twee hele getallen, bijvoorbeeld 12 en 15. Het doel blijft {range}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="283"/>
        <source>The lowest number is higher than the highest. The target stays {range}.</source>
        <translation>Het laagste aantal is hoger dan het hoogste. Het doel blijft {range}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="288"/>
        <source>Numbers from {least} to {most} are possible here. The target stays {range}.</source>
        <translation>Hier kunnen getallen van {least} tot en met {most}. Het doel blijft {range}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="324"/>
        <source>hold {low} to {high} seconds</source>
        <translation>{low} tot {high} seconden volhouden</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="326"/>
        <source>{low} to {high} steps</source>
        <translation>{low} tot {high} stappen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="327"/>
        <source>{low} to {high} times</source>
        <translation>{low} tot {high} keer</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="330"/>
        <source>1 set</source>
        <translation>1 set</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="330"/>
        <source>{count} sets</source>
        <translation>{count} sets</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="336"/>
        <source>Sets: {count}</source>
        <translation>Sets: {count}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="337"/>
        <source>Target: {target}</source>
        <translation>Doel: {target}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="338"/>
        <source>Rest between sets: {seconds} seconds</source>
        <translation>Rust tussen de sets: {seconds} seconden</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="339"/>
        <source>With: {load}</source>
        <translation>Met: {load}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="347"/>
        <source>Slower tempo for now: a step before a heavier weight.</source>
        <translation>Voorlopig in een rustiger tempo: een tussenstap voor een zwaarder gewicht.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="349"/>
        <source>One extra set for now: a step before a heavier weight.</source>
        <translation>Voorlopig een extra set: een tussenstap voor een zwaarder gewicht.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="352"/>
        <source>Resting for now, after pain: sessions leave it out until it is resumed.</source>
        <translation>Rust voorlopig, na pijn: de trainingen slaan deze oefening over tot ze weer aan staat.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="355"/>
        <source>Done the easier way, with support.</source>
        <translation>Op de makkelijkere manier, met steun.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="400"/>
        <source>Step {number} of {total}: {step}</source>
        <translation>Stap {number} van {total}: {step}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="407"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="408"/>
        <source>Done changing {exercise}</source>
        <translation>Klaar met {exercise} veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="410"/>
        <source>Change</source>
        <translation>Veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="411"/>
        <source>Change {exercise}</source>
        <translation>{exercise} veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="412"/>
        <source>Start it again</source>
        <translation>Weer aanzetten</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="413"/>
        <source>Start {exercise} again</source>
        <translation>Zet {exercise} weer aan</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="414"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="415"/>
        <source>Move {exercise} up</source>
        <translation>Zet {exercise} een plek omhoog</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="416"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="417"/>
        <source>Move {exercise} down</source>
        <translation>Zet {exercise} een plek omlaag</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="418"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="420"/>
        <source>Remove {exercise} from the plan</source>
        <translation>Haal {exercise} uit het schema</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="424"/>
        <source>How many sets</source>
        <translation>Hoeveel sets</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="428"/>
        <source>{exercise}: {sets}</source>
        <translation>{exercise}: {sets}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="430"/>
        <source>Target: a usual range</source>
        <translation>Doel: een gebruikelijk bereik</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="434"/>
        <source>{exercise}: target {range}</source>
        <translation>{exercise}: doel {range}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="438"/>
        <source>Or type the lowest and the highest number</source>
        <translation>Of typ het laagste en het hoogste aantal</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="439"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="441"/>
        <source>{exercise}: lowest number of the target</source>
        <translation>{exercise}: laagste aantal van het doel</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="444"/>
        <source>{exercise}: highest number of the target</source>
        <translation>{exercise}: hoogste aantal van het doel</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="446"/>
        <source>Use these numbers</source>
        <translation>Gebruik deze getallen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="448"/>
        <source>{exercise}: use the numbers typed as the target</source>
        <translation>{exercise}: gebruik de getypte getallen als doel</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="450"/>
        <source>Or change the lowest number by one</source>
        <translation>Of verander het laagste aantal met één</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="451"/>
        <source>Or change the highest number by one</source>
        <translation>Of verander het hoogste aantal met één</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="453"/>
        <source>{exercise}: lowest number one less</source>
        <translation>{exercise}: laagste aantal één minder</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="454"/>
        <source>{exercise}: lowest number one more</source>
        <translation>{exercise}: laagste aantal één meer</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="455"/>
        <source>{exercise}: highest number one less</source>
        <translation>{exercise}: hoogste aantal één minder</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="456"/>
        <source>{exercise}: highest number one more</source>
        <translation>{exercise}: hoogste aantal één meer</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="462"/>
        <source>Rest between sets</source>
        <translation>Rust tussen de sets</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="464"/>
        <source>{seconds} seconds</source>
        <translation>{seconds} seconden</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="466"/>
        <source>{exercise}: rest {seconds} seconds</source>
        <translation>{exercise}: {seconds} seconden rust</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="468"/>
        <source>Balance step: less support, then harder</source>
        <translation>Evenwichtsstap: eerst minder steun, dan moeilijker</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="471"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="473"/>
        <source>{exercise}: step {number} of {total}</source>
        <translation>{exercise}: stap {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="477"/>
        <source>Weight or band</source>
        <translation>Gewicht of elastiek</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="482"/>
        <source>{exercise}: {load}</source>
        <translation>{exercise}: {load}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="486"/>
        <source>Nothing on the equipment list fits this exercise. Add it there first.</source>
        <translation>Niets op de materiaallijst past bij deze oefening. Voeg het daar eerst toe.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="489"/>
        <source>How it is done</source>
        <translation>Hoe het gaat</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="490"/>
        <source>The usual way</source>
        <translation>De gewone manier</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="492"/>
        <source>{exercise}: the usual way</source>
        <translation>{exercise}: de gewone manier</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="494"/>
        <source>The easier way, with support</source>
        <translation>De makkelijkere manier, met steun</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_card.py" line="496"/>
        <source>{exercise}: the easier way, with support</source>
        <translation>{exercise}: de makkelijkere manier, met steun</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="75"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="84"/>
        <source>Start position</source>
        <translation>Beginhouding</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="85"/>
        <source>End position</source>
        <translation>Eindhouding</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="101"/>
        <source>Getting ready</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="103"/>
        <source>How to do it</source>
        <translation>Zo doe je het</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="104"/>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="105"/>
        <source>Watch out for</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="106"/>
        <source>Kind to your joints</source>
        <translation>Zo spaar je je gewrichten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="111"/>
        <source>Sitting or with support</source>
        <translation>Zittend of met steun</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="111"/>
        <source>Easier</source>
        <translation>Makkelijker</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/exercise_page.py" line="128"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../ui/session/exercise.py" line="264"/>
        <source>Set {number} of {total}</source>
        <translation>Set {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="267"/>
        <source>Getting ready: {setup}</source>
        <translation>Klaarzetten: {setup}</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="268"/>
        <source>Kind to your joints: {tip}</source>
        <translation>Goed voor je gewrichten: {tip}</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="273"/>
        <source>With support: {way}</source>
        <translation>Met steun: {way}</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="277"/>
        <source>{target}, slowly: count to three on the way down</source>
        <translation>{target}, langzaam: tel tot drie bij het omlaaggaan</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="283"/>
        <source>From your carer: {note}</source>
        <translation>Van je mantelzorger: {note}</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="300"/>
        <source>Welcome back after your break: stop while you could still do 2 or 3 more with good form. Then tap &apos;Done, I stop here&apos;.</source>
        <translation>Welkom terug na je pauze: stop als je er nog 2 of 3 goed zou kunnen doen. Tik dan op &apos;Klaar, ik stop hier&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="307"/>
        <source>You are just starting: stop while you could still do 2 or 3 more with good form. Then tap &apos;Done, I stop here&apos;.</source>
        <translation>Je bent net begonnen: stop als je er nog 2 of 3 goed zou kunnen doen. Tik dan op &apos;Klaar, ik stop hier&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="314"/>
        <source>Tap Start. After 3, 2, 1 do one repetition at every number. Tap the big button when you cannot do one more with good form.</source>
        <translation>Tik op Start. Na 3, 2, 1 doe je bij elk getal één keer de oefening. Tik op de grote knop als je er met een goede houding geen meer kunt doen.</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="321"/>
        <source>Tap the big button at every repetition. Tap &apos;I can&apos;t do more&apos; when you cannot do one more with good form.</source>
        <translation>Tik bij elke herhaling op de grote knop. Tik op &apos;Ik kan niet meer&apos; als je er met een goede houding geen meer kunt doen.</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="326"/>
        <source>Start position</source>
        <translation>Beginhouding</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="326"/>
        <source>End position</source>
        <translation>Eindhouding</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="348"/>
        <source>Your step now ({number} of {total}): {step}</source>
        <translation>Jouw stap nu ({number} van {total}): {step}</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="474"/>
        <source>Go</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="513"/>
        <source>Please type the number, for example 20.</source>
        <translation>Typ het getal, bijvoorbeeld 20.</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="552"/>
        <source>+1  Tap at every step</source>
        <translation>+1  Tik bij elke stap</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="554"/>
        <source>+1  Tap at every repetition</source>
        <translation>+1  Tik bij elke herhaling</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="556"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="558"/>
        <source>Get ready… (tap to wait)</source>
        <translation>Maak je klaar… (tik om te wachten)</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="562"/>
        <source>Stop: I can&apos;t do more</source>
        <translation>Stop: ik kan niet meer</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="578"/>
        <source>I tap myself instead</source>
        <translation>Ik tel zelf, met tikken</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="578"/>
        <source>Count along with me</source>
        <translation>Tel met mij mee</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="583"/>
        <source>Full explanation</source>
        <translation>Volledige uitleg</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="584"/>
        <source>− 1</source>
        <translation>− 1</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="585"/>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="586"/>
        <source>I can&apos;t do more</source>
        <translation>Ik kan niet meer</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="560"/>
        <location filename="../ui/session/exercise.py" line="587"/>
        <source>Done, I stop here</source>
        <translation>Klaar, ik stop hier</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="293"/>
        <source>Tap Start. After 3, 2, 1 the time counts down from {seconds} seconds; a tone sounds at 0. If you let go earlier, tap the big button.</source>
        <translation>Tik op Start. Na 3, 2, 1 telt de tijd af van {seconds} seconden. Bij 0 hoor je een toon. Laat je eerder los? Tik dan op de grote knop.</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="550"/>
        <source>Stop: I let go</source>
        <translation>Stop: ik laat los</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="588"/>
        <location filename="../ui/session/exercise.py" line="589"/>
        <source>Or type how many times</source>
        <translation>Of typ hoeveel keer</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="590"/>
        <source>Save this number</source>
        <translation>Dit getal opslaan</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="591"/>
        <source>Skip this exercise</source>
        <translation>Deze oefening overslaan</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="592"/>
        <source>Undo the last set</source>
        <translation>Laatste set ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/session/exercise.py" line="593"/>
        <source>Stop the session</source>
        <translation>Stop de training</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../ui/common/files.py" line="95"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/first_run/wizard.py" line="187"/>
        <source>Step {number} of {total}</source>
        <translation>Stap {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/wizard.py" line="190"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/first_run/wizard.py" line="190"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../ui/first_run/wizard.py" line="191"/>
        <location filename="../ui/first_run/wizard.py" line="243"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/first_run/wizard.py" line="191"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/first_run/wizard.py" line="244"/>
        <source>Data on a practice server</source>
        <translation>Gegevens op een praktijkserver</translation>
    </message>
</context>
<context>
    <name>Fitness</name>
    <message>
        <location filename="../words/fitness.py" line="36"/>
        <source>Standing up from a chair (30 seconds)</source>
        <translation>Opstaan uit een stoel (30 seconden)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="37"/>
        <source>Arm curl (30 seconds)</source>
        <translation>Arm buigen (30 seconden)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="38"/>
        <source>Stepping on the spot (2 minutes)</source>
        <translation>Stappen op de plaats (2 minuten)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="39"/>
        <source>Up and go around a marker</source>
        <translation>Opstaan en om een pion lopen</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="40"/>
        <source>Get up and walk 3 metres</source>
        <translation>Opstaan en 3 meter lopen</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="41"/>
        <source>Standing up five times</source>
        <translation>Vijf keer opstaan</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="49"/>
        <source>Shows how strong your legs are for getting up from a chair.</source>
        <translation>Laat zien hoe sterk je benen zijn om op te staan uit een stoel.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="52"/>
        <source>Shows how strong your arms are for carrying.</source>
        <translation>Laat zien hoe sterk je armen zijn om dingen te dragen.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="53"/>
        <source>Shows your stamina for stairs and walking.</source>
        <translation>Laat zien hoe goed je conditie is voor traplopen en wandelen.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="54"/>
        <source>Shows how quickly and steadily you get up and walk.</source>
        <translation>Laat zien hoe snel je opstaat en loopt, en hoe vast je ter been bent.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="57"/>
        <source>Shows how steadily you get up, walk and sit down again.</source>
        <translation>Laat zien hoe vast je ter been bent bij opstaan, lopen en weer gaan zitten.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="60"/>
        <source>Shows how quickly you can get up from a chair.</source>
        <translation>Laat zien hoe snel je kunt opstaan uit een stoel.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="76"/>
        <source>Your dumbbell of {kg} kg.</source>
        <translation>Je halter van {kg} kg.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="95"/>
        <source>A marker, such as a cup, on the floor 2.44 metres (8 feet) in front of the chair.</source>
        <translation>Een pion op de grond, 2,44 meter voor de stoel. Een beker kan ook.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="99"/>
        <source>A line of tape on the floor 3 metres in front of the chair.</source>
        <translation>Een streep tape op de grond, 3 meter voor de stoel.</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="296"/>
        <location filename="../words/fitness.py" line="108"/>
        <source>Stop at once if you feel pain in your chest, get dizzy or very short of breath.</source>
        <translation>Stop meteen als je pijn op je borst voelt, als je duizelig wordt of als je het erg benauwd krijgt.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="113"/>
        <source>Have someone stand near you during this test.</source>
        <translation>Vraag iemand om tijdens deze test dicht bij je te staan.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="120"/>
        <source>{value} seconds</source>
        <translation>{value} seconden</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="124"/>
        <source>1 step</source>
        <translation>1 stap</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="125"/>
        <source>{count} steps</source>
        <translation>{count} stappen</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="127"/>
        <source>once</source>
        <translation>1 keer</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="128"/>
        <source>{count} times</source>
        <translation>{count} keer</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="72"/>
        <source>A dumbbell of about {kg} kg. Use the same weight every time.</source>
        <translation>Een halter van ongeveer {kg} kg. Gebruik elke keer hetzelfde gewicht.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="79"/>
        <source>Your dumbbell of {owned} kg. The test is meant for {kg} kg: with another weight, your result is not compared with the norm, but it still shows your progress. Use the same one each time.</source>
        <translation>Je halter van {owned} kg. De test is bedoeld voor {kg} kg. Met een ander gewicht vergelijken we je uitslag niet met de norm, maar zie je wel hoe je vooruitgaat. Gebruik elke keer dezelfde.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="86"/>
        <source>A sturdy chair without armrests, seat about 43 cm high, with its back against a wall.</source>
        <translation>Een stevige stoel zonder armleuningen, met een zitting van ongeveer 43 cm hoog, met de rugleuning tegen een muur.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="90"/>
        <source>A piece of tape on the wall at the height your knee should reach: halfway between your kneecap and your hip bone.</source>
        <translation>Een stukje tape op de muur op de hoogte waar je knie moet komen: halverwege je knieschijf en je heupbot.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="134"/>
        <source>stood up with the help of the arms</source>
        <translation>opgestaan met hulp van je armen</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="136"/>
        <source>{count} times up in 30 seconds</source>
        <translation>{count} keer opgestaan in 30 seconden</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="137"/>
        <source>{count} arm curls in 30 seconds</source>
        <translation>{count} keer je arm gebogen in 30 seconden</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="138"/>
        <source>{count} steps in 2 minutes</source>
        <translation>{count} stappen in 2 minuten</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="139"/>
        <source>{value} seconds to get up, walk around a marker and sit</source>
        <translation>{value} seconden om op te staan, om een pion te lopen en weer te gaan zitten</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="142"/>
        <source>{value} seconds to get up, walk 3 metres and back, and sit</source>
        <translation>{value} seconden om op te staan, 3 meter heen en terug te lopen en weer te gaan zitten</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="145"/>
        <source>{value} seconds to stand up five times</source>
        <translation>{value} seconden om vijf keer op te staan</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="153"/>
        <source>You needed your arms to stand up, so the test counts as 0. That is good to know: it shows where training helps most.</source>
        <translation>Je had je armen nodig om op te staan. Daarom telt de test als 0. Dat is goed om te weten: zo zie je waar training het meest helpt.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="159"/>
        <source>You stood up fully {count} times in 30 seconds.</source>
        <translation>Je bent in 30 seconden {count} keer helemaal opgestaan.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="160"/>
        <source>You did {count} arm curls in 30 seconds.</source>
        <translation>Je hebt in 30 seconden {count} keer je arm gebogen.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="161"/>
        <source>You did {count} steps in 2 minutes.</source>
        <translation>Je hebt in 2 minuten {count} stappen gezet.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="162"/>
        <source>Getting up, walking around the marker and sitting down took {value} seconds.</source>
        <translation>Over opstaan, om de pion lopen en weer gaan zitten deed je {value} seconden.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="166"/>
        <source>Getting up, walking 3 metres, coming back and sitting down took {value} seconds.</source>
        <translation>Over opstaan, 3 meter heen en terug lopen en weer gaan zitten deed je {value} seconden.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="170"/>
        <source>Standing up five times took {value} seconds.</source>
        <translation>Over vijf keer opstaan deed je {value} seconden.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="179"/>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="179"/>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="187"/>
        <source>{limit} seconds or more can point to a higher chance of falling.</source>
        <translation>{limit} seconden of meer kan wijzen op een grotere kans om te vallen.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="192"/>
        <source>For people aged {low_age} to {high_age}, more than {limit} seconds is slower than average.</source>
        <translation>Voor mensen van {low_age} tot {high_age} jaar is meer dan {limit} seconden langzamer dan gemiddeld.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="198"/>
        <source>Normal for {group} aged {low_age} to {high_age}: {low} to {high} seconds.</source>
        <translation>Normaal voor {group} van {low_age} tot {high_age} jaar: {low} tot {high} seconden.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="207"/>
        <source>Normal for {group} aged {low_age} to {high_age}: {low} to {high} times.</source>
        <translation>Normaal voor {group} van {low_age} tot {high_age} jaar: {low} tot {high} keer.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="216"/>
        <source>Lower is better: fewer seconds is a better result.</source>
        <translation>Lager is beter: minder seconden is een beter resultaat.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="221"/>
        <source>Seconds (lower is better)</source>
        <translation>Seconden (lager is beter)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="227"/>
        <source>That is better than average.</source>
        <translation>Dat is beter dan gemiddeld.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="228"/>
        <source>That is within the normal range.</source>
        <translation>Dat valt binnen wat normaal is.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="229"/>
        <source>That is not as good as normal for your age.</source>
        <translation>Dat is minder goed dan normaal voor je leeftijd.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="248"/>
        <source>The published norms cover ages 60 to {oldest}. You are compared with people aged {low} to {high}.</source>
        <translation>De gepubliceerde normen gaan over mensen van 60 tot {oldest} jaar. Je wordt vergeleken met mensen van {low} tot {high} jaar.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="90"/>
        <source>Last time, on {when}, your best set was {count}.</source>
        <translation>De vorige keer, op {when}, was je beste set {count}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="117"/>
        <source>You trained in the last week.</source>
        <translation>Je hebt de afgelopen week getraind.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="144"/>
        <source>Pain up to 2 is safe while training.</source>
        <translation>Pijn tot en met 2 is veilig tijdens het trainen.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="146"/>
        <source>Pain up to 5 is acceptable if it is back to its usual level the next morning (Silbernagel et al., 2007).</source>
        <translation>Pijn tot en met 5 mag, als die de volgende ochtend weer net zo is als anders (Silbernagel et al., 2007).</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="179"/>
        <source>Not quite as good as in {when}.</source>
        <translation>Net iets minder goed dan in {when}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="236"/>
        <source>A result like this can mean a higher chance of falling. Talk about it with your GP or physiotherapist. Training your legs and balance helps.</source>
        <translation>Zo&apos;n resultaat kan wijzen op een grotere kans om te vallen. Praat erover met je huisarts of fysiotherapeut. Het helpt om je benen en je evenwicht te trainen.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="258"/>
        <source>This is your first result. Next time you can see what changed.</source>
        <translation>Dit is je eerste resultaat. De volgende keer zie je wat er veranderd is.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="263"/>
        <source>last time</source>
        <translation>de vorige keer</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="265"/>
        <source>in {month}</source>
        <translation>in {month}</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="269"/>
        <source>The same as {when}.</source>
        <translation>Hetzelfde als {when}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="273"/>
        <source>{seconds} seconds faster than {when}.</source>
        <translation>{seconds} seconden sneller dan {when}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="276"/>
        <source>{seconds} seconds slower than {when}.</source>
        <translation>{seconds} seconden langzamer dan {when}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="281"/>
        <source>{count} more than {when}.</source>
        <translation>{count} meer dan {when}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="282"/>
        <source>{count} fewer than {when}.</source>
        <translation>{count} minder dan {when}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="288"/>
        <source>Rikli &amp; Jones (1999, 2013)</source>
        <translation>Rikli &amp; Jones (1999, 2013)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="289"/>
        <source>CDC STEADI</source>
        <translation>CDC STEADI</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="290"/>
        <source>Bohannon (2006)</source>
        <translation>Bohannon (2006)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="291"/>
        <source>Buatois et al. (2008)</source>
        <translation>Buatois et al. (2008)</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="300"/>
        <source>Norms: {sources}.</source>
        <translation>Normen: {sources}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="303"/>
        <source>Limit for a higher chance of falling: {sources}.</source>
        <translation>Grens voor een grotere kans op vallen: {sources}.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="319"/>
        <source>It is not known which dumbbell you used, so this result is not compared with the norm for {kg} kg.</source>
        <translation>Het is niet bekend welke halter je gebruikte. Daarom vergelijken we deze uitslag niet met de norm voor {kg} kg.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="325"/>
        <source>You used a dumbbell of {kg} kg, as the test asks.</source>
        <translation>Je gebruikte een halter van {kg} kg, zoals de test vraagt.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="328"/>
        <source>You used a dumbbell of {kg} kg. The norm is for {protocol} kg, so this result cannot be compared with it. Your own results with {kg} kg still show your progress.</source>
        <translation>Je gebruikte een halter van {kg} kg. De norm is voor {protocol} kg. Daarom kunnen we deze uitslag er niet mee vergelijken. Je eigen uitslagen met {kg} kg laten wel zien hoe je vooruitgaat.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="378"/>
        <source>It is not known which dumbbell you used last time, so the counts are not compared.</source>
        <translation>Het is niet bekend welke halter je de vorige keer gebruikte. Daarom vergelijken we de aantallen niet.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="383"/>
        <source>Last time you used a dumbbell of {kg} kg, so the counts are not compared.</source>
        <translation>De vorige keer gebruikte je een halter van {kg} kg. Daarom vergelijken we de aantallen niet.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="406"/>
        <source>Do a short test to see where you start. Later you can see your progress.</source>
        <translation>Doe een korte test om te zien waar je begint. Later kun je dan je vooruitgang zien.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="409"/>
        <source>It has been six weeks or more since your last test. Time to see your progress.</source>
        <translation>Je laatste test is zes weken of langer geleden. Tijd om je vooruitgang te zien.</translation>
    </message>
    <message>
        <location filename="../words/fitness.py" line="413"/>
        <source>After a break, a test shows where you stand now.</source>
        <translation>Na een pauze laat een test zien waar je nu staat.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="28"/>
        <source>No results yet.</source>
        <translation>Nog geen resultaten.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="33"/>
        <source>In the chart the shaded band is the normal range for your age, and the dashed line the limit for a higher chance of falling.</source>
        <translation>In de grafiek is de gekleurde strook wat normaal is voor je leeftijd. De stippellijn is de grens voor een grotere kans om te vallen.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="41"/>
        <source>In the chart the shaded band is the normal range for your age.</source>
        <translation>In de grafiek is de gekleurde strook wat normaal is voor je leeftijd.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="45"/>
        <source>In the chart the dashed line is the limit for a higher chance of falling.</source>
        <translation>In de grafiek is de stippellijn de grens voor een grotere kans om te vallen.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="52"/>
        <source>The second line, in another colour, shows results with another dumbbell than the test asks. They are not compared with the normal range.</source>
        <translation>De tweede lijn, in een andere kleur, toont uitslagen met een andere halter dan de test vraagt. Die vergelijken we niet met de normale waarden.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="66"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="88"/>
        <source>No sets recorded yet.</source>
        <translation>Er zijn nog geen sets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="99"/>
        <source>Heavier than in {when}: now {now}, then {then}.</source>
        <translation>Zwaarder dan in {when}: nu {now}, toen {then}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="101"/>
        <source>Lighter than in {when}: now {now}, then {then}.</source>
        <translation>Lichter dan in {when}: nu {now}, toen {then}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="106"/>
        <source>Load now: {now}.</source>
        <translation>Je traint nu met {now}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="115"/>
        <source>Sessions this week: {count}.</source>
        <translation>Trainingen deze week: {count}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="120"/>
        <source>You trained {weeks} weeks in a row.</source>
        <translation>Je hebt {weeks} weken achter elkaar getraind.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="124"/>
        <source>Once a week is what counts.</source>
        <translation>Eén keer per week is wat telt.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="127"/>
        <source>Your longest run: {weeks} weeks in a row.</source>
        <translation>Je langste reeks: {weeks} weken achter elkaar.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="137"/>
        <source>No pain recorded yet.</source>
        <translation>Er is nog geen pijn ingevuld.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="140"/>
        <source>Highest pain in your recent sessions: {pain} out of 10.</source>
        <translation>Hoogste pijn in je laatste trainingen: {pain} van de 10.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="152"/>
        <source>That is more than the training should cause. Talk about it with your GP or physiotherapist.</source>
        <translation>Dat is meer pijn dan de training zou mogen geven. Praat erover met je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="157"/>
        <source>In the chart, the shaded zone from 0 to 5 is acceptable pain; the darker part from 0 to 2 is safe.</source>
        <translation>In de grafiek is het gekleurde deel van 0 tot 5 pijn die mag; het donkere deel van 0 tot 2 is veilig.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="171"/>
        <source>{task}: {result} in your latest test.</source>
        <translation>{task}: bij je laatste test {result}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="177"/>
        <source>Better than in {when}.</source>
        <translation>Beter dan in {when}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="187"/>
        <source>{task}: {exercise} went from {then} to {now} since {when}.</source>
        <translation>{task}: bij {exercise} ging je sinds {when} van {then} naar {now}.</translation>
    </message>
    <message>
        <location filename="../words/progress.py" line="201"/>
        <source>{task}: {exercise} with {now}. Keep it up.</source>
        <translation>{task}: {exercise} met {now}. Ga zo door.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../words/health.py" line="21"/>
        <source>an operation on the hip, from the back</source>
        <translation>een operatie aan de heup, via de achterkant</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="22"/>
        <source>an operation on the hip, from the front</source>
        <translation>een operatie aan de heup, via de voorkant</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="23"/>
        <source>an operation on the hip</source>
        <translation>een operatie aan de heup</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="24"/>
        <source>an operation on the knee</source>
        <translation>een operatie aan de knie</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="25"/>
        <source>an operation on the shoulder</source>
        <translation>een operatie aan de schouder</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="26"/>
        <source>a broken bone</source>
        <translation>een botbreuk</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="27"/>
        <source>a fall</source>
        <translation>een val</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="28"/>
        <source>an illness</source>
        <translation>een ziekte</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="29"/>
        <source>something else</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="30"/>
        <source>reason not recorded</source>
        <translation>reden niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="38"/>
        <source>the GP</source>
        <translation>de huisarts</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="39"/>
        <source>the specialist</source>
        <translation>de specialist</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="40"/>
        <source>the physiotherapist</source>
        <translation>de fysiotherapeut</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="41"/>
        <source>not recorded (trained again since)</source>
        <translation>niet vastgelegd (daarna weer getraind)</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="50"/>
        <source>Hospital stay reported on {day} ({reason}).</source>
        <translation>Ziekenhuisopname gemeld op {day} ({reason}).</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="54"/>
        <source>In hospital since {day} ({reason}).</source>
        <translation>In het ziekenhuis sinds {day} ({reason}).</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="57"/>
        <source>In hospital from {first} to {last} ({reason}).</source>
        <translation>In het ziekenhuis van {first} tot {last} ({reason}).</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="65"/>
        <source>Training waits until the GP, the specialist or the physiotherapist says it may start again.</source>
        <translation>De training wacht tot de huisarts, de specialist of de fysiotherapeut zegt dat die weer mag beginnen.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="70"/>
        <source>Training may start again: {who} said so on {day}.</source>
        <translation>De training mag weer beginnen: {who} zei dat op {day}.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="80"/>
        <source>Since {day}.</source>
        <translation>Sinds {day}.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="82"/>
        <source>Since {day} (1 week).</source>
        <translation>Sinds {day} (1 week).</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="84"/>
        <source>Since {day} ({weeks} weeks).</source>
        <translation>Sinds {day} ({weeks} weken).</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="91"/>
        <source>Advice like this usually lasts {fewest} to {most} weeks. Lift it only when the surgeon or physiotherapist says so.</source>
        <translation>Zo&apos;n advies duurt meestal {fewest} tot {most} weken. Haal het pas weg als de chirurg of fysiotherapeut dat zegt.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="109"/>
        <source>{old}: left out. No other exercise for the same task fits the advice.</source>
        <translation>{old}: weggelaten. Geen andere oefening voor hetzelfde doel past bij het advies.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="113"/>
        <source>{old}: now done another way that fits the advice.</source>
        <translation>{old}: nu op een andere manier die bij het advies past.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="116"/>
        <source>{old}: replaced by {new}.</source>
        <translation>{old}: vervangen door {new}.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="133"/>
        <source>After the hospital stay, training waits until your GP, specialist or physiotherapist says you may start again. Has one of them said so? Then tap the button on the home screen.</source>
        <translation>Na de ziekenhuisopname wacht de training tot je huisarts, specialist of fysiotherapeut zegt dat je weer mag beginnen. Heeft een van hen dat gezegd? Tik dan op de knop op het beginscherm.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="139"/>
        <source>Please type the date as day-month-year, for example 3-11-2026.</source>
        <translation>Typ de datum als dag-maand-jaar, bijvoorbeeld 3-11-2026.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="142"/>
        <source>The day of going into hospital cannot be in the future.</source>
        <translation>De dag van opname kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="145"/>
        <source>The day home cannot be in the future. Not home yet? Then choose Still in hospital.</source>
        <translation>De dag van thuiskomst kan niet in de toekomst liggen. Nog niet thuis? Kies dan Nog in het ziekenhuis.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="149"/>
        <source>The day home cannot be before the day of going into hospital.</source>
        <translation>De dag van thuiskomst kan niet vóór de dag van opname liggen.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="152"/>
        <source>Please choose the reason for the stay.</source>
        <translation>Kies de reden van de opname.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="153"/>
        <source>Please choose who said that training may start again.</source>
        <translation>Kies wie zei dat de training weer mag beginnen.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="156"/>
        <source>The day they said so cannot be in the future.</source>
        <translation>Die dag kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="157"/>
        <source>The day they said so cannot be before the day of going into hospital.</source>
        <translation>Die dag kan niet vóór de dag van opname liggen.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="160"/>
        <source>No hospital stay is waiting for this.</source>
        <translation>Er wacht geen ziekenhuisopname hierop.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="161"/>
        <source>This movement advice is not known.</source>
        <translation>Dit bewegingsadvies is onbekend.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="162"/>
        <source>This movement advice is already in force.</source>
        <translation>Dit bewegingsadvies geldt al.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="163"/>
        <source>This movement advice has already been lifted.</source>
        <translation>Dit bewegingsadvies is al weggehaald.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="166"/>
        <source>The plan has an exercise that the movement advice rules out. Choose another exercise, or lift the advice first.</source>
        <translation>In het schema staat een oefening die het bewegingsadvies niet toestaat. Kies een andere oefening, of haal eerst het advies weg.</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../ui/carer/health_panel.py" line="145"/>
        <source>Hospital and movement advice</source>
        <translation>Ziekenhuis en bewegingsadvies</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="193"/>
        <source>day-month-year</source>
        <translation>dag-maand-jaar</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="195"/>
        <source>For example 3-11-2026</source>
        <translation>Bijvoorbeeld 3-11-2026</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="221"/>
        <source>No hospital stay has been recorded.</source>
        <translation>Er is geen ziekenhuisopname vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="228"/>
        <location filename="../ui/carer/health_panel.py" line="290"/>
        <source>Day home from hospital</source>
        <translation>Dag van thuiskomst</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="230"/>
        <source>Save the day home</source>
        <translation>Dag van thuiskomst opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="237"/>
        <source>Report a hospital stay</source>
        <translation>Ziekenhuisopname melden</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="238"/>
        <location filename="../ui/carer/health_panel.py" line="288"/>
        <source>Report a hospital stay of {name}</source>
        <translation>Ziekenhuisopname van {name} melden</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="243"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="248"/>
        <source>Who said that training may start again?</source>
        <translation>Wie zei dat de training weer mag beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="259"/>
        <source>On which day?</source>
        <translation>Op welke dag?</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="260"/>
        <source>Training may start again</source>
        <translation>De training mag weer beginnen</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="265"/>
        <source>Movement advice</source>
        <translation>Bewegingsadvies</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="269"/>
        <source>No movement advice is in force.</source>
        <translation>Er geldt geen bewegingsadvies.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="278"/>
        <source>Lift this advice</source>
        <translation>Dit advies weghalen</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="279"/>
        <source>Lift the advice: {name}</source>
        <translation>Advies weghalen: {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="283"/>
        <source>Set movement advice</source>
        <translation>Bewegingsadvies instellen</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="289"/>
        <source>Day of going into hospital</source>
        <translation>Dag van opname</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="293"/>
        <source>Still in hospital</source>
        <translation>Nog in het ziekenhuis</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="298"/>
        <source>Reason for the stay</source>
        <translation>Reden van de opname</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="311"/>
        <source>How was the hip operated on?</source>
        <translation>Hoe is de heup geopereerd?</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="314"/>
        <source>From the back</source>
        <translation>Via de achterkant</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="315"/>
        <source>From the front</source>
        <translation>Via de voorkant</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="316"/>
        <source>Not known</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="320"/>
        <source>Hip operated on: {how}</source>
        <translation>Heup geopereerd: {how}</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="328"/>
        <source>Save the hospital stay</source>
        <translation>Ziekenhuisopname opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="329"/>
        <location filename="../ui/carer/health_panel.py" line="383"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="339"/>
        <source>After this operation the surgeon usually gives movement advice for the first weeks. Did {name} get this advice? Then set it: the plan leaves out what it rules out.</source>
        <translation>Na deze operatie geeft de chirurg meestal de eerste weken een bewegingsadvies. Heeft {name} dit advies gekregen? Stel het dan in: het schema laat weg wat het advies niet toestaat.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="348"/>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="351"/>
        <source>Set this advice</source>
        <translation>Dit advies instellen</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="352"/>
        <source>Set the advice: {name}</source>
        <translation>Advies instellen: {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="357"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="367"/>
        <source>Which advice did {name} get?</source>
        <translation>Welk advies heeft {name} gekregen?</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="381"/>
        <source>Every movement advice the app knows is in force.</source>
        <translation>Elk bewegingsadvies dat het programma kent, geldt al.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="382"/>
        <source>Set the advice</source>
        <translation>Advies instellen</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="393"/>
        <source>Lift the advice “{name}”? Do this only when the surgeon or the physiotherapist says so.</source>
        <translation>Het advies ‘{name}’ weghalen? Doe dit alleen als de chirurg of de fysiotherapeut dat zegt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="397"/>
        <source>Yes, lift the advice</source>
        <translation>Ja, advies weghalen</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="398"/>
        <source>No, keep it</source>
        <translation>Nee, laten staan</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="408"/>
        <source>Before this advice the plan had: {exercises}. Put them back? They start again at the lightest weight.</source>
        <translation>Voor dit advies stonden in het schema: {exercises}. Wil je ze terugzetten? Ze beginnen weer met het lichtste gewicht.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="412"/>
        <source>Yes, put them back</source>
        <translation>Ja, terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="413"/>
        <source>No, keep the plan as it is</source>
        <translation>Nee, schema zo laten</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="495"/>
        <source>Hospital stay recorded for {name}. Training waits until the GP, the specialist or the physiotherapist says it may start again; then it starts gently, with a test.</source>
        <translation>Ziekenhuisopname vastgelegd voor {name}. De training wacht tot de huisarts, de specialist of de fysiotherapeut zegt dat die weer mag beginnen; daarna begint die rustig, met een test.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="514"/>
        <source>The day home is recorded.</source>
        <translation>De dag van thuiskomst is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="537"/>
        <source>Recorded: training may start again. The next session starts gently, and a test is advised.</source>
        <translation>Vastgelegd: de training mag weer beginnen. De volgende training begint rustig, en een test is aan te raden.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="546"/>
        <source>Please choose the advice first.</source>
        <translation>Kies eerst het advies.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="123"/>
        <source>The movement advice is set.</source>
        <translation>Het bewegingsadvies is ingesteld.</translation>
    </message>
    <message>
        <location filename="../words/health.py" line="125"/>
        <source>The plan has no exercise that it rules out.</source>
        <translation>Het schema heeft geen oefening die het advies niet toestaat.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="573"/>
        <source>The movement advice is lifted.</source>
        <translation>Het bewegingsadvies is weggehaald.</translation>
    </message>
    <message>
        <location filename="../ui/carer/health_panel.py" line="585"/>
        <source>The exercises are back in the plan, at the lightest weight.</source>
        <translation>De oefeningen staan weer in het schema, met het lichtste gewicht.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/home/page.py" line="299"/>
        <source>Welcome back after your hospital stay. Before you train again, ask your GP, specialist or physiotherapist if you may start again. Your first session then starts gently.</source>
        <translation>Welkom terug na je ziekenhuisopname. Vraag je huisarts, specialist of fysiotherapeut of je weer mag trainen. Je eerste training begint dan rustig.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="304"/>
        <source>Who said you may train again?</source>
        <translation>Wie zei dat je weer mag trainen?</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="306"/>
        <source>My GP</source>
        <translation>Mijn huisarts</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="307"/>
        <source>My specialist</source>
        <translation>Mijn specialist</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="308"/>
        <source>My physiotherapist</source>
        <translation>Mijn fysiotherapeut</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="312"/>
        <source>I may train again</source>
        <translation>Ik mag weer trainen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="318"/>
        <source>Please choose who said so.</source>
        <translation>Kies wie dat zei.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="349"/>
        <source>After a few sessions or a test you will see here what changes.</source>
        <translation>Na een paar trainingen of een test zie je hier wat er verandert.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="389"/>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="392"/>
        <source>A note from your carer</source>
        <translation>Een briefje van je mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="411"/>
        <source>Go on with your session</source>
        <translation>Ga verder met je training</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="411"/>
        <source>Start training</source>
        <translation>Start de training</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="420"/>
        <source>There are suggestions for your next session: {count}.</source>
        <translation>Er zijn voorstellen voor je volgende training: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="426"/>
        <source>Suggestions for your next session wait for your carer: {count}.</source>
        <translation>Voorstellen voor je volgende training wachten op je mantelzorger: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="433"/>
        <source>Sessions done this week: {done}. Your plan: {planned} a week.</source>
        <translation>Trainingen gedaan deze week: {done}. Je plan: {planned} per week.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="440"/>
        <source>You have not trained yet. Welcome!</source>
        <translation>Je hebt nog niet getraind. Welkom!</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="443"/>
        <source>Last session: {date}</source>
        <translation>Laatste training: {date}</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="445"/>
        <source>There is no plan yet.</source>
        <translation>Er is nog geen plan.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="449"/>
        <source>Your exercises (on {days}). Tap one to see how it is done.</source>
        <translation>Je oefeningen (op {days}). Tik op een oefening om te zien hoe die gaat.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="465"/>
        <source>Some of your answers in the health check are best talked over with your GP or physiotherapist first: {topics}. Have you done that, and may you train? Then tap the button below.</source>
        <translation>Over een paar antwoorden in de gezondheidscheck kun je beter eerst praten met je huisarts of fysiotherapeut: {topics}. Heb je dat gedaan, en mag je trainen? Tik dan op de knop hieronder.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="479"/>
        <source>Today is a training day. Your exercises are ready.</source>
        <translation>Vandaag is een trainingsdag. Je oefeningen staan klaar.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="485"/>
        <source>You have done every session of this week. Well done!</source>
        <translation>Je hebt alle trainingen van deze week gedaan. Goed zo!</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="487"/>
        <source>Still to do this week: {count}. Today is a training day.</source>
        <translation>Nog te doen deze week: {count}. Vandaag is een trainingsdag.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="491"/>
        <source>Still to do this week: {count}. Next training day: {day}.</source>
        <translation>Nog te doen deze week: {count}. Volgende trainingsdag: {day}.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="496"/>
        <source>Still to do this week: {count}. The planned days are over; a session on another day counts just as well.</source>
        <translation>Nog te doen deze week: {count}. De geplande dagen zijn voorbij; een training op een andere dag telt net zo goed.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="513"/>
        <source>Done for this week.</source>
        <translation>Deze week klaar.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="516"/>
        <source>Done for this week. Next training: {day}.</source>
        <translation>Deze week klaar. Volgende training: {day}.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="521"/>
        <source>Train once more</source>
        <translation>Nog een keer trainen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="547"/>
        <source>{target}, slowly</source>
        <translation>{target}, langzaam</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="549"/>
        <source>{target}, with support</source>
        <translation>{target}, met steun</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="551"/>
        <source>resting for now, after pain</source>
        <translation>rust voorlopig, na pijn</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="561"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="562"/>
        <source>Answer the health questions</source>
        <translation>Beantwoord de vragen over je gezondheid</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="563"/>
        <source>I have talked with my GP: I may train</source>
        <translation>Ik heb met mijn huisarts gepraat: ik mag trainen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="564"/>
        <source>Close the unfinished session</source>
        <translation>Sluit de onafgemaakte training af</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="177"/>
        <source>How are you after your last session?</source>
        <translation>Hoe gaat het na je vorige training?</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="230"/>
        <source>How do your joints feel today, compared with usual?</source>
        <translation>Hoe voelen je gewrichten vandaag, vergeleken met normaal?</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="233"/>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="234"/>
        <source>As usual</source>
        <translation>Zoals normaal</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="235"/>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="243"/>
        <source>Were you stiff for more than half an hour this morning?</source>
        <translation>Was je vanochtend langer dan een half uur stijf?</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="240"/>
        <location filename="../ui/home/checkin.py" line="246"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="241"/>
        <location filename="../ui/home/checkin.py" line="248"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../ui/home/checkin.py" line="253"/>
        <source>Save my answers</source>
        <translation>Mijn antwoorden opslaan</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="565"/>
        <source>Look at the suggestions</source>
        <translation>Bekijk de voorstellen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="566"/>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="567"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="568"/>
        <source>Someone else trains</source>
        <translation>Iemand anders traint</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="569"/>
        <source>Your progress</source>
        <translation>Je vooruitgang</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="570"/>
        <source>See your progress</source>
        <translation>Bekijk je vooruitgang</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="571"/>
        <source>Do a test</source>
        <translation>Doe een test</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../ui/home/intro_page.py" line="43"/>
        <source>Go on</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>LanguageStep</name>
    <message>
        <location filename="../ui/first_run/steps.py" line="105"/>
        <source>Welcome to sterkblijven</source>
        <translation>Welkom bij sterkblijven</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="108"/>
        <source>This program helps you stay strong: a short strength session at home, once a week. First we set it up together. Which language do you want?</source>
        <translation>Dit programma helpt je om sterk te blijven: één keer per week een korte krachttraining thuis. Eerst stellen we samen alles in. Welke taal wil je?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="112"/>
        <source>See an example</source>
        <translation>Bekijk een voorbeeld</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="113"/>
        <source>See an example: a year of training, kept apart</source>
        <translation>Bekijk een voorbeeld: een jaar training, los van je eigen gegevens</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../ui/common/editing.py" line="96"/>
        <source>Some changes are not saved yet. Leave anyway?</source>
        <translation>Er zijn veranderingen die nog niet zijn opgeslagen. Toch weggaan?</translation>
    </message>
    <message>
        <location filename="../ui/common/editing.py" line="97"/>
        <source>Leave without saving</source>
        <translation>Weggaan zonder opslaan</translation>
    </message>
    <message>
        <location filename="../ui/common/editing.py" line="98"/>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="131"/>
        <location filename="../ui/shell/login_dialog.py" line="132"/>
        <source>Log in to the practice server</source>
        <translation>Inloggen op de praktijkserver</translation>
    </message>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="134"/>
        <source>User name: {user} (server: {host})</source>
        <translation>Gebruikersnaam: {user} (server: {host})</translation>
    </message>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="138"/>
        <location filename="../ui/shell/login_dialog.py" line="139"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="140"/>
        <source>Remember the password on this computer</source>
        <translation>Wachtwoord onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="141"/>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="142"/>
        <source>Disconnect this computer from the practice server</source>
        <translation>Deze computer loskoppelen van de praktijkserver</translation>
    </message>
    <message>
        <location filename="../ui/shell/login_dialog.py" line="143"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="228"/>
        <source>Today is a training day for {names}.</source>
        <translation>Vandaag is een trainingsdag voor {names}.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="231"/>
        <source>sterkblijven</source>
        <translation>sterkblijven</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="537"/>
        <source>The example could not be opened. Please try again.</source>
        <translation>Het voorbeeld kon niet worden geopend. Probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="582"/>
        <source>Example – sterkblijven – nothing is kept</source>
        <translation>Voorbeeld – sterkblijven – niets wordt bewaard</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="584"/>
        <source>sterkblijven – stay strong</source>
        <translation>sterkblijven – blijf sterk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../words/problems.py" line="20"/>
        <source>Your data cannot be saved because the data folder is read-only. Nothing that was saved before is lost. Ask your carer to check the folder.</source>
        <translation>Je gegevens kunnen niet worden opgeslagen, want de map met gegevens is alleen-lezen. Alles wat eerder is opgeslagen, is er nog. Vraag je mantelzorger om de map na te kijken.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="25"/>
        <source>Your data cannot be saved because the disk is full. Nothing that was saved before is lost. Make room on the computer and try again.</source>
        <translation>Je gegevens kunnen niet worden opgeslagen, want de schijf is vol. Alles wat eerder is opgeslagen, is er nog. Maak ruimte vrij op de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="30"/>
        <source>The data file is damaged and cannot be read. It has not been changed or deleted. Your carer can restore a backup from the data folder.</source>
        <translation>Het bestand met gegevens is beschadigd en kan niet worden gelezen. Het is niet veranderd en niet verwijderd. Je mantelzorger kan een back-up terugzetten uit de map met gegevens.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="35"/>
        <source>The data file belongs to another program and cannot be used. It has not been changed. Start with another data folder.</source>
        <translation>Het bestand met gegevens hoort bij een ander programma en kan niet worden gebruikt. Het is niet veranderd. Begin met een andere map voor je gegevens.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="40"/>
        <source>The data was saved by a newer version of this program. Please install the newest version. Your data has not been changed.</source>
        <translation>De gegevens zijn opgeslagen door een nieuwere versie van dit programma. Installeer de nieuwste versie. Je gegevens zijn niet veranderd.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="45"/>
        <source>An update of sterkblijven was cut off half-way, for instance by a power cut, so the data cannot be used as it is. It has not been deleted. Put back the backup made just before the update: everything saved before the update is in it.</source>
        <translation>Een update van sterkblijven is halverwege afgebroken, bijvoorbeeld door een stroomstoring. Daardoor zijn de gegevens zo niet te gebruiken. Er is niets verwijderd. Zet de back-up terug die vlak voor de update is gemaakt: daarin staat alles wat voor de update was opgeslagen.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="51"/>
        <source>The data file is gone or empty, but a backup or a part of the data is still there. Put a backup back, or start afresh. Nothing has been deleted.</source>
        <translation>Het bestand met gegevens is weg of leeg, maar er is nog een back-up of een deel van de gegevens. Zet een back-up terug, of begin opnieuw. Er is niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="56"/>
        <source>This version of sterkblijven cannot bring your data up to date. Your data has not been changed. Ask your carer to install the version you had before, and to report this problem.</source>
        <translation>Deze versie van sterkblijven kan je gegevens niet bijwerken. Je gegevens zijn niet veranderd. Vraag je mantelzorger om de versie van hiervoor te installeren en dit probleem te melden.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="62"/>
        <source>Another program is using the data file, so sterkblijven cannot use it now. Nothing that was saved before is lost. Close that program (or restart the computer) and try again.</source>
        <translation>Een ander programma gebruikt het bestand met gegevens, dus sterkblijven kan het nu niet gebruiken. Alles wat eerder is opgeslagen, is er nog. Sluit dat programma (of start de computer opnieuw op) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="68"/>
        <source>The connection with the practice server was lost, so this could not be saved. What you filled in is still on the screen, and nothing saved before is lost. Check the network, then tap the button again to save it again.</source>
        <translation>De verbinding met de praktijkserver is weggevallen, daardoor is dit niet opgeslagen. Wat je hebt ingevuld staat nog op het scherm, en wat eerder is opgeslagen is niet weg. Kijk of het netwerk werkt en tik dan nog een keer op de knop om het opnieuw op te slaan.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="74"/>
        <source>The backup could not take the place of your data, because another program has the data file open (a virus scanner, for instance). Nothing was changed. Wait a minute and try again. If it happens again, restart the computer first.</source>
        <translation>De back-up kon niet in de plaats komen van je gegevens, omdat een ander programma het gegevensbestand open heeft (bijvoorbeeld een virusscanner). Er is niets veranderd. Wacht een minuut en probeer het opnieuw. Gebeurt het weer? Start dan eerst de computer opnieuw op.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="80"/>
        <source>The practice&apos;s server has an older version of the data than this program. Nothing was changed. Ask the administrator of the practice to update the server.</source>
        <translation>Op de server van de praktijk staat een oudere versie van de gegevens dan in dit programma. Er is niets veranderd. Vraag de beheerder van de praktijk om de server bij te werken.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="85"/>
        <source>The practice&apos;s server has a newer version of the data than this program. Nothing was changed. Ask the administrator of the practice to install the newest version of sterkblijven on this computer.</source>
        <translation>Op de server van de praktijk staat een nieuwere versie van de gegevens dan in dit programma. Er is niets veranderd. Vraag de beheerder van de praktijk om de nieuwste versie van sterkblijven op deze computer te zetten.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="91"/>
        <source>Someone in this file is already a client of another carer on the practice&apos;s server, so nothing was read in. Ask the administrator of the practice to make them your client.</source>
        <translation>Iemand in dit bestand is al cliënt van een andere zorgverlener op de server van de praktijk. Daarom is er niets ingelezen. Vraag de beheerder van de praktijk om deze persoon aan u toe te wijzen.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="97"/>
        <source>The user name or the password is not right. Check them and try again. If you forgot your password, ask the administrator of the practice.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Kijk ze na en probeer het opnieuw. Ben je je wachtwoord vergeten? Vraag het dan aan de beheerder van de praktijk.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="102"/>
        <source>The practice&apos;s server does not answer. Check that this computer is connected to the internet or the practice&apos;s network, and try again. Nothing was lost.</source>
        <translation>De server van de praktijk geeft geen antwoord. Kijk of deze computer verbonden is met internet of met het netwerk van de praktijk, en probeer het opnieuw. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="107"/>
        <source>sterkblijven did not connect, because it cannot check that the address is really the practice&apos;s server. Nothing was sent. Ask the administrator of the practice for the address and the certificate file of the server.</source>
        <translation>sterkblijven heeft geen verbinding gemaakt, omdat het niet kan nagaan of dit adres echt de server van de praktijk is. Er is niets verstuurd. Vraag de beheerder van de praktijk om het adres en het certificaatbestand van de server.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="115"/>
        <source>sterkblijven cannot open the data file. Nothing has been changed. Restart the computer and start sterkblijven again. If this keeps happening, ask your carer for help.</source>
        <translation>sterkblijven kan het bestand met gegevens niet openen. Er is niets veranderd. Start de computer opnieuw op en open sterkblijven weer. Gebeurt dit steeds, vraag dan je mantelzorger om hulp.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="123"/>
        <source>Something went wrong with the data. Nothing that was saved before is lost. Please try again.</source>
        <translation>Er ging iets mis met de gegevens. Alles wat eerder is opgeslagen, is er nog. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="133"/>
        <source>The file cannot be saved there. Choose another place, for instance your Documents folder.</source>
        <translation>Het bestand kan daar niet opgeslagen worden. Kies een andere plek, bijvoorbeeld de map Documenten.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="142"/>
        <source>sterkblijven cannot start, because the disk that holds your data is full:
{folder}
Nothing was changed or lost. Make room on the computer (or ask your carer to), then start sterkblijven again.</source>
        <translation>sterkblijven kan niet starten, want de schijf waarop je gegevens staan is vol:
{folder}
Er is niets veranderd of verloren gegaan. Maak ruimte vrij op de computer (of vraag je mantelzorger dat te doen) en start sterkblijven dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="149"/>
        <source>sterkblijven cannot start, because it cannot save anything in the folder that holds your data:
{folder}
Nothing was changed or lost. Ask your carer to solve this, so that sterkblijven can save in this folder again. Then start sterkblijven again.</source>
        <translation>sterkblijven kan niet starten, want het kan niets opslaan in de map waar je gegevens staan:
{folder}
Er is niets veranderd of verloren gegaan. Vraag je mantelzorger om dit op te lossen, zodat sterkblijven weer in deze map kan opslaan. Start sterkblijven daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="160"/>
        <source>sterkblijven is already open on this computer, but it does not answer. Close it (or restart the computer), then start sterkblijven again. Nothing was changed.</source>
        <translation>sterkblijven is al open op deze computer, maar reageert niet. Sluit het (of start de computer opnieuw op) en start sterkblijven dan nog een keer. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../words/problems.py" line="169"/>
        <source>The list of exercises that came with the program is damaged, so it cannot start. Please reinstall the program. Your own data is safe.

File: {source}
Field: {field}
Problem: {problem}</source>
        <translation>De lijst met oefeningen die bij het programma hoort, is beschadigd. Daarom kan het programma niet starten. Installeer het programma opnieuw. Je eigen gegevens zijn veilig.

Bestand: {source}
Veld: {field}
Probleem: {problem}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/common/operations.py" line="78"/>
        <source>Problem with your data</source>
        <translation>Probleem met je gegevens</translation>
    </message>
    <message>
        <location filename="../ui/common/operations.py" line="84"/>
        <source>Not possible</source>
        <translation>Dat kan niet</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../ui/carer/overview.py" line="129"/>
        <source>No name found with &quot;{text}&quot;.</source>
        <translation>Geen naam gevonden met &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="149"/>
        <source>Urgent: {text}</source>
        <translation>Dringend: {text}</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="162"/>
        <source>Go to {name}</source>
        <translation>Naar {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="163"/>
        <source>Nothing to do now</source>
        <translation>Nu niets te doen</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="165"/>
        <source>Go to {name}: {summary}</source>
        <translation>Naar {name}: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="175"/>
        <source>Waiting for the GP after the hospital stay</source>
        <translation>Wacht op de huisarts na de ziekenhuisopname</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="177"/>
        <source>Waiting for a talk with the GP</source>
        <translation>Wacht op een gesprek met de huisarts</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="179"/>
        <source>A stop signal last time</source>
        <translation>Vorige keer een stopsignaal</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="181"/>
        <source>Pain {pain} out of 10 last time: too much</source>
        <translation>Vorige keer pijn {pain} van 10: te veel</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="187"/>
        <source>Pain {pain} out of 10 last time: the load does not go up</source>
        <translation>Vorige keer pijn {pain} van 10: de belasting gaat niet omhoog</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="192"/>
        <source>1 load suggestion to decide</source>
        <translation>1 voorstel om over te beslissen</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="193"/>
        <source>{count} load suggestions to decide</source>
        <translation>{count} voorstellen om over te beslissen</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="198"/>
        <source>A first test to do</source>
        <translation>Een eerste test te doen</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="200"/>
        <source>A test to do after the break</source>
        <translation>Een test te doen na de pauze</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="201"/>
        <source>A test to do</source>
        <translation>Een test te doen</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="202"/>
        <source>Training day today</source>
        <translation>Vandaag trainingsdag</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="207"/>
        <source>Pain at night after the last training</source>
        <translation>&apos;s Nachts pijn na de laatste training</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="209"/>
        <source>Joints worse the day after the last training</source>
        <translation>Gewrichten slechter de dag na de laatste training</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="210"/>
        <source>Stiff for over half an hour the morning after the last training</source>
        <translation>Langer dan een half uur stijf, de ochtend na de laatste training</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="214"/>
        <source>Trained today</source>
        <translation>Vandaag getraind</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="216"/>
        <source>Not trained yet</source>
        <translation>Nog niet getraind</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="218"/>
        <source>Last trained: {day}</source>
        <translation>Laatst getraind: {day}</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="223"/>
        <source>Next test from {day}</source>
        <translation>Volgende test vanaf {day}</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="228"/>
        <source>Overview: who needs attention</source>
        <translation>Overzicht: wie heeft aandacht nodig</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="229"/>
        <source>Set-up per person</source>
        <translation>Instellingen per persoon</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="230"/>
        <location filename="../ui/carer/overview.py" line="231"/>
        <source>Find a name</source>
        <translation>Zoek een naam</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="232"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../ui/carer/overview.py" line="233"/>
        <source>Clear the search</source>
        <translation>Zoekveld wissen</translation>
    </message>
</context>
<context>
    <name>PainView</name>
    <message>
        <location filename="../ui/session/questions.py" line="245"/>
        <source>Please tap a number from 0 (no pain) to 10.</source>
        <translation>Tik op een getal van 0 (geen pijn) tot en met 10.</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="253"/>
        <source>Please tap where you felt it.</source>
        <translation>Tik aan waar je het voelde.</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="261"/>
        <source>Did it hurt?</source>
        <translation>Deed het pijn?</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="271"/>
        <source>0 none</source>
        <translation>0 geen</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="273"/>
        <source>10 worst</source>
        <translation>10 ergste</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="276"/>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="231"/>
        <source>Where did it hurt?</source>
        <translation>Waar deed het pijn?</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="211"/>
        <location filename="../ui/session/questions.py" line="284"/>
        <source>Save again</source>
        <translation>Opnieuw opslaan</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="233"/>
        <source>Where did you feel it?</source>
        <translation>Waar voelde je het?</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="262"/>
        <source>No pain: save</source>
        <translation>Geen pijn: opslaan</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="265"/>
        <source>How much pain did you have during this exercise? No pain: tap the blue button. Pain: tap a number, 1 is a little, 10 is the worst, then Save.</source>
        <translation>Hoeveel pijn had je bij deze oefening? Geen pijn: tik op de blauwe knop. Wel pijn: tik op een getal, 1 is een beetje, 10 is het ergst. Tik dan op Opslaan.</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="280"/>
        <source>Did you notice any of these? Tap what fits.</source>
        <translation>Had je last van een van deze dingen? Tik op wat past.</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="283"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/session/questions.py" line="206"/>
        <location filename="../ui/session/questions.py" line="284"/>
        <source>Save this set</source>
        <translation>Deze set opslaan</translation>
    </message>
</context>
<context>
    <name>PaperExerciseRow</name>
    <message>
        <location filename="../ui/carer/paper_session.py" line="155"/>
        <source>Please type how many, from 0 to {most}, or choose &apos;Not done&apos;.</source>
        <translation>Typ hoeveel, van 0 tot {most}, of kies &apos;Niet gedaan&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="158"/>
        <source>That is more than {most}. Please check the number.</source>
        <translation>Dat is meer dan {most}. Kijk het getal nog eens na.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="163"/>
        <source>Please choose how hard it was.</source>
        <translation>Kies hoe zwaar het was.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="165"/>
        <source>Please type the pain from 0 (none) to 10.</source>
        <translation>Typ de pijn van 0 (geen) tot 10.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="199"/>
        <source>{load}, {sets} x {target}</source>
        <translation>{load}, {sets} x {target}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="204"/>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="204"/>
        <source>Not done: {exercise}</source>
        <translation>Niet gedaan: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="207"/>
        <source>How many times in each set?</source>
        <translation>Hoe vaak in elke set?</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="208"/>
        <source>How many seconds each time?</source>
        <translation>Hoeveel seconden per keer?</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="209"/>
        <source>How many steps each time?</source>
        <translation>Hoeveel stappen per keer?</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="213"/>
        <source>{question} {exercise}</source>
        <translation>{question} {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="217"/>
        <source>How hard was it?</source>
        <translation>Hoe zwaar was het?</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="221"/>
        <source>How hard, {exercise}: {effort}</source>
        <translation>Hoe zwaar, {exercise}: {effort}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="225"/>
        <source>How much pain, from 0 (none) to 10?</source>
        <translation>Hoeveel pijn, van 0 (geen) tot 10?</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="227"/>
        <source>Pain from 0 to 10: {exercise}</source>
        <translation>Pijn van 0 tot 10: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="230"/>
        <source>Stop signal written on the card? Tick what was noticed.</source>
        <translation>Stopsignaal op de kaart geschreven? Kies wat er gemerkt is.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="235"/>
        <source>Stop signal, {exercise}: {signal}</source>
        <translation>Stopsignaal, {exercise}: {signal}</translation>
    </message>
</context>
<context>
    <name>PaperSessionPage</name>
    <message>
        <location filename="../ui/carer/paper_session.py" line="365"/>
        <source>That day has not come yet. Choose today or a day before.</source>
        <translation>Die dag is nog niet geweest. Kies vandaag of een dag ervoor.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="368"/>
        <source>{name} started with sterkblijven on {day}. Choose that day or a later one.</source>
        <translation>{name} is op {day} met sterkblijven begonnen. Kies die dag of een latere.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="413"/>
        <location filename="../ui/carer/paper_session.py" line="472"/>
        <source>Choose &apos;Add it anyway&apos; to enter a second training on this day, or choose another day.</source>
        <translation>Kies &apos;Toch toevoegen&apos; om een tweede training op deze dag in te voeren, of kies een andere dag.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="430"/>
        <source>Every exercise says &apos;Not done&apos;: there is no training to enter.</source>
        <translation>Bij elke oefening staat &apos;Niet gedaan&apos;: er is geen training om in te voeren.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="457"/>
        <source>Saved: the training of {day} is entered for {name}.</source>
        <translation>Opgeslagen: de training van {day} is ingevoerd voor {name}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="497"/>
        <source>Day of the training: {day}</source>
        <translation>Dag van de training: {day}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="502"/>
        <source>There is already a training on this day. Choose another day, or add this one as well.</source>
        <translation>Op deze dag staat al een training. Kies een andere dag, of voeg deze er ook aan toe.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="507"/>
        <source>No training is entered for this day yet.</source>
        <translation>Voor deze dag is nog geen training ingevoerd.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="512"/>
        <source>Enter a training done on paper: {name}</source>
        <translation>Een training van papier invoeren: {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="516"/>
        <source>Copy what is written on the exercise card: the day, and for each exercise how many, how hard, how much pain and any stop signal. The next weights follow from it, as after a training on the computer.</source>
        <translation>Neem over wat op de oefenkaart staat: de dag, en per oefening hoe vaak, hoe zwaar, hoeveel pijn en een eventueel stopsignaal. De volgende gewichten volgen daaruit, net als na een training op de computer.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="521"/>
        <source>Which day was the training?</source>
        <translation>Op welke dag was de training?</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="522"/>
        <source>A week earlier</source>
        <translation>Een week eerder</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="523"/>
        <source>A day earlier</source>
        <translation>Een dag eerder</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="524"/>
        <source>A day later</source>
        <translation>Een dag later</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="525"/>
        <source>A week later</source>
        <translation>Een week later</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="526"/>
        <source>Add it anyway</source>
        <translation>Toch toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="527"/>
        <source>There is no plan with exercises yet. Make the plan first.</source>
        <translation>Er is nog geen plan met oefeningen. Maak eerst het plan.</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="528"/>
        <source>Save the training</source>
        <translation>De training opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/paper_session.py" line="529"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <location filename="../ui/carer/papers_page.py" line="224"/>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="235"/>
        <source>exercises</source>
        <translation>oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="277"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="307"/>
        <source>The printer or the file could not be written to. Please try again.</source>
        <translation>Er kon niet naar de printer of het bestand geschreven worden. Probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="326"/>
        <source>There is no plan with training days yet. Make the plan first.</source>
        <translation>Er is nog geen plan met trainingsdagen. Maak eerst het plan.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="336"/>
        <source>Strength training: {name}</source>
        <translation>Krachttraining: {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="338"/>
        <source>Time for the exercises with sterkblijven. Warm up first, and stop when you feel chest pain, become dizzy or short of breath.</source>
        <translation>Tijd voor de oefeningen met sterkblijven. Begin met de warming-up, en stop als je pijn op de borst voelt, duizelig wordt of buiten adem raakt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="344"/>
        <source>training-days</source>
        <translation>trainingsdagen</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="346"/>
        <location filename="../ui/carer/papers_page.py" line="420"/>
        <source>Save the calendar file</source>
        <translation>Het agendabestand opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="346"/>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="358"/>
        <source>Saved: {path}. Open it on the computer or send it to the phone to put the training days in the calendar.</source>
        <translation>Opgeslagen: {path}. Open het op de computer of stuur het naar de telefoon om de trainingsdagen in de agenda te zetten.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="283"/>
        <source>Saved: {path}. Pages: {pages}.</source>
        <translation>Opgeslagen: {path}. Aantal pagina&apos;s: {pages}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="292"/>
        <source>Sent to the printer. Pages: {pages}.</source>
        <translation>Naar de printer gestuurd. Aantal pagina&apos;s: {pages}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="364"/>
        <source>{name} is no longer on this computer.</source>
        <translation>{name} staat niet meer op deze computer.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="375"/>
        <source>Report, exercise card and calendar for {name}</source>
        <translation>Verslag, oefenkaart en agenda voor {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="377"/>
        <source>Progress report</source>
        <translation>Voortgangsverslag</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="380"/>
        <source>A report in large print of the sessions, the tests and the pain, to take to the GP or physiotherapist.</source>
        <translation>Een verslag in grote letters van de trainingen, de testen en de pijn, om mee te nemen naar de huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="384"/>
        <source>Over which time?</source>
        <translation>Over welke periode?</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="386"/>
        <source>The last 3 months</source>
        <translation>De laatste 3 maanden</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="387"/>
        <source>The last 6 months</source>
        <translation>De laatste 6 maanden</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="388"/>
        <source>The last year</source>
        <translation>Het laatste jaar</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="389"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="393"/>
        <source>Save the report as PDF</source>
        <translation>Het verslag opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="394"/>
        <source>Print the report</source>
        <translation>Het verslag afdrukken</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="395"/>
        <source>Exercise card for this week</source>
        <translation>Oefenkaart voor deze week</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="398"/>
        <source>One sheet with this week&apos;s exercises, their pictures and weights, and boxes for each training day to write in how many, how hard and how much pain.</source>
        <translation>Eén vel met de oefeningen van deze week, hun plaatjes en gewichten, en per trainingsdag hokjes om in te vullen hoe vaak, hoe zwaar en hoeveel pijn.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="402"/>
        <source>Save the card as PDF</source>
        <translation>De kaart opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="403"/>
        <source>Print the card</source>
        <translation>De kaart afdrukken</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="404"/>
        <source>Enter a training done on paper</source>
        <translation>Een training van papier invoeren</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="405"/>
        <source>Training days in the calendar</source>
        <translation>Trainingsdagen in de agenda</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="408"/>
        <source>A calendar file with the training days, for the calendar on a computer or phone, with a reminder an hour before. When the days change later, remove the old entries from the calendar before adding the new file.</source>
        <translation>Een agendabestand met de trainingsdagen, voor de agenda op een computer of telefoon, met een herinnering een uur van tevoren. Veranderen de dagen later? Haal dan eerst de oude afspraken uit de agenda voordat je het nieuwe bestand toevoegt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="413"/>
        <source>At what time?</source>
        <translation>Hoe laat?</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="415"/>
        <source>at {time}</source>
        <translation>om {time}</translation>
    </message>
    <message>
        <location filename="../ui/carer/papers_page.py" line="421"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../ui/first_run/steps.py" line="180"/>
        <source>Please choose woman or man.</source>
        <translation>Kies vrouw of man.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="185"/>
        <source>Who is going to train?</source>
        <translation>Wie gaat er trainen?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="186"/>
        <source>Tell us who you are. Only this computer keeps it.</source>
        <translation>Vertel wie je bent. Dit blijft alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="187"/>
        <location filename="../ui/first_run/steps.py" line="188"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="189"/>
        <location filename="../ui/first_run/steps.py" line="190"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="191"/>
        <source>− 1 year</source>
        <translation>− 1 jaar</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="192"/>
        <source>One year earlier</source>
        <translation>Eén jaar eerder</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="193"/>
        <source>+ 1 year</source>
        <translation>+ 1 jaar</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="194"/>
        <source>One year later</source>
        <translation>Eén jaar later</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="195"/>
        <source>Woman or man</source>
        <translation>Vrouw of man</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="197"/>
        <source>Used only to compare your test results with people of your age.</source>
        <translation>Dit gebruiken we alleen om je testuitslagen te vergelijken met mensen van je leeftijd.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="199"/>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="200"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
</context>
<context>
    <name>PhaseView</name>
    <message>
        <location filename="../ui/session/phase.py" line="107"/>
        <source>All movements done. Well done!</source>
        <translation>Alle bewegingen zijn gedaan. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="110"/>
        <source>Movement {number} of {total}</source>
        <translation>Beweging {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="127"/>
        <source>{seconds} seconds left</source>
        <translation>Nog {seconds} seconden</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="131"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="133"/>
        <source>Go on</source>
        <translation>Ga verder</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="135"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="145"/>
        <source>Cool down</source>
        <translation>Afkoelen</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="146"/>
        <source>Finish the session</source>
        <translation>Rond de training af</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="148"/>
        <source>Warm up</source>
        <translation>Opwarmen</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="149"/>
        <source>On to the exercises</source>
        <translation>Naar de oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/session/phase.py" line="150"/>
        <source>Next movement</source>
        <translation>Volgende beweging</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../ui/carer/pin_page.py" line="134"/>
        <source>Too many wrong tries. Please wait {seconds} seconds.</source>
        <translation>Te veel foute pogingen. Wacht {seconds} seconden.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="140"/>
        <source>That PIN is not right. Tries left before a short wait: {left}.</source>
        <translation>Die PIN klopt niet. Aantal pogingen voordat je even moet wachten: {left}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="147"/>
        <source>Carer part</source>
        <translation>Mantelzorgerdeel</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="149"/>
        <source>This part is for the carer: who trains, and the PIN. Type the carer PIN.</source>
        <translation>Dit deel is voor de mantelzorger: wie er traint, en de PIN. Typ de PIN van de mantelzorger.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="151"/>
        <location filename="../ui/carer/pin_page.py" line="152"/>
        <source>Carer PIN</source>
        <translation>PIN van de mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="153"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="154"/>
        <source>PIN forgotten?</source>
        <translation>PIN vergeten?</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="155"/>
        <source>PIN forgotten: how to get back in</source>
        <translation>PIN vergeten: zo kom je er weer in</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="158"/>
        <source>Anyone who may use this computer can remove the PIN. The carer part then opens without a PIN, and you can set a new one there. Nothing else changes. First close sterkblijven.</source>
        <translation>Iedereen die deze computer mag gebruiken, kan de PIN verwijderen. Het mantelzorgerdeel opent dan zonder PIN, en daar kun je een nieuwe instellen. Verder verandert er niets. Sluit eerst sterkblijven.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="165"/>
        <source>On Windows: click the Start button, type cmd and press Enter. A black window opens. Type this line in it exactly as it is here, then press Enter:</source>
        <translation>Op Windows: klik op de Startknop, typ cmd en druk op Enter. Er opent een zwart venster. Typ daarin precies deze regel en druk dan op Enter:</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="171"/>
        <source>On a Mac: open the Applications folder, then the Utilities folder, then Terminal. Type this line in it exactly as it is here, then press Enter:</source>
        <translation>Op een Mac: open de map Apps, dan de map Hulpprogramma&apos;s, dan Terminal. Typ daarin precies deze regel en druk dan op Enter:</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="177"/>
        <source>The window answers that the PIN is removed. Close it, start sterkblijven again and open the carer part. Was sterkblijven set up with a data folder of its own (--data-dir)? Then add --data-dir and that folder at the end of the line.</source>
        <translation>Het venster meldt dat de PIN is verwijderd. Sluit het, start sterkblijven opnieuw en open het mantelzorgerdeel. Is sterkblijven ingesteld met een eigen map voor de gegevens (--data-dir)? Zet dan --data-dir en die map achter de regel.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="184"/>
        <source>This computer uses the practice&apos;s data on a server, and the PIN is kept there. Removing it on this computer does not help. Ask the practice&apos;s administrator, who looks after the server, to remove the PIN.</source>
        <translation>Deze computer gebruikt de gegevens van de praktijk op een server, en daar staat ook de PIN. Op deze computer kun je de PIN dus niet weghalen. Vraag de beheerder van de praktijk, die de server beheert, om de PIN weg te halen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/pin_page.py" line="189"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <location filename="../ui/first_run/steps.py" line="380"/>
        <source>A PIN for the carer (you may skip this)</source>
        <translation>Een PIN voor de mantelzorger (mag je overslaan)</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="383"/>
        <source>Does someone help you, such as a partner, a child or a nurse? They can set a PIN. Then only they change the plan, the equipment and who trains. You can also do this later in the settings, or never. Leave both fields empty to skip.</source>
        <translation>Helpt iemand je, zoals een partner, een kind of een verpleegkundige? Die kan een PIN instellen. Dan kan alleen die persoon het plan, het materiaal en wie er traint veranderen. Je kunt dit ook later doen bij Instellingen, of nooit. Wil je dit overslaan? Laat dan beide vakjes leeg.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="388"/>
        <location filename="../ui/first_run/steps.py" line="389"/>
        <source>Carer PIN (4 to 8 digits)</source>
        <translation>PIN van de mantelzorger (4 tot 8 cijfers)</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="390"/>
        <location filename="../ui/first_run/steps.py" line="391"/>
        <source>The same PIN again</source>
        <translation>Nog een keer dezelfde PIN</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <location filename="../ui/fitness/choose.py" line="167"/>
        <source>Have ready</source>
        <translation>Dit heb je nodig</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="168"/>
        <source>How it goes</source>
        <translation>Zo gaat het</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="169"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="170"/>
        <source>I am ready</source>
        <translation>Ik ben klaar om te beginnen</translation>
    </message>
    <message>
        <location filename="../ui/fitness/choose.py" line="175"/>
        <source>Picture: how to set up this test</source>
        <translation>Afbeelding: zo zet je deze test klaar</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../ui/progress/page.py" line="206"/>
        <source>Tests</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="207"/>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="208"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="230"/>
        <source>Sessions per week</source>
        <translation>Trainingen per week</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="231"/>
        <source>Pain during training</source>
        <translation>Pijn tijdens het trainen</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="246"/>
        <source>Seconds in your best set</source>
        <translation>Seconden in je beste set</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="248"/>
        <source>Steps in your best set</source>
        <translation>Stappen in je beste set</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="249"/>
        <source>Times in your best set</source>
        <translation>Keer in je beste set</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="252"/>
        <source>Band</source>
        <translation>Elastiek</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="252"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="296"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="298"/>
        <source>Times</source>
        <translation>Aantal keer</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="340"/>
        <source>More to see</source>
        <translation>Meer om te bekijken</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="322"/>
        <source>Sessions</source>
        <translation>Trainingen</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="328"/>
        <source>Pain (0 to 10)</source>
        <translation>Pijn (0 tot en met 10)</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="339"/>
        <source>Progress of {name}</source>
        <translation>Vooruitgang van {name}</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="348"/>
        <source>There is nothing to show yet. After your first session or test, your progress appears here.</source>
        <translation>Er is nog niets te zien. Na je eerste training of test zie je hier je vooruitgang.</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="354"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/progress/page.py" line="355"/>
        <source>Do a test</source>
        <translation>Doe een test</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/common/files.py" line="27"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../ui/common/files.py" line="28"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RatedView</name>
    <message>
        <location filename="../ui/fitness/result.py" line="291"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="292"/>
        <source>Another test</source>
        <translation>Nog een test</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="293"/>
        <source>See your progress</source>
        <translation>Bekijk je vooruitgang</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="294"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="102"/>
        <source>Health questions</source>
        <translation>Vragen over je gezondheid</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="103"/>
        <source>Is it still safe to train?</source>
        <translation>Kun je nog veilig trainen?</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="110"/>
        <source>Some of your answers are best talked over with your GP or physiotherapist before you train again. Training is usually possible, often with some changes.</source>
        <translation>Over een paar antwoorden kun je beter eerst praten met je huisarts of fysiotherapeut, voordat je weer gaat trainen. Trainen kan meestal wel, vaak met wat aanpassingen.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="114"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="115"/>
        <source>Answer the questions later</source>
        <translation>Beantwoord de vragen later</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_dialog.py" line="116"/>
        <source>Save my answers</source>
        <translation>Bewaar mijn antwoorden</translation>
    </message>
</context>
<context>
    <name>ReadinessForm</name>
    <message>
        <location filename="../ui/common/readiness_form.py" line="154"/>
        <source>Please choose where you have pain or stiffness.</source>
        <translation>Kies waar je pijn of stijfheid hebt.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="164"/>
        <source>Please choose at least one.</source>
        <translation>Kies er minstens één.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="165"/>
        <source>Please answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="183"/>
        <source>Your health</source>
        <translation>Je gezondheid</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="184"/>
        <source>Falls</source>
        <translation>Vallen</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="186"/>
        <source>Three questions about falling. Your answers help choose balance exercises.</source>
        <translation>Drie vragen over vallen. Je antwoorden helpen om evenwichtsoefeningen te kiezen.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="190"/>
        <source>A few more questions about this. Not sure? Choose Yes.</source>
        <translation>Nog een paar vragen hierover. Weet je het niet zeker? Kies dan Ja.</translation>
    </message>
</context>
<context>
    <name>ReadinessStep</name>
    <message>
        <location filename="../ui/common/readiness_form.py" line="155"/>
        <source>Please answer every question with yes or no.</source>
        <translation>Beantwoord elke vraag met ja of nee.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="231"/>
        <source>Is it safe to start?</source>
        <translation>Kun je veilig beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="234"/>
        <source>Some questions about your health. Answer each with yes or no. A yes sometimes brings a few more questions.</source>
        <translation>Een paar vragen over je gezondheid. Beantwoord elke vraag met ja of nee. Na een ja volgen soms nog een paar vragen.</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="195"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/common/readiness_form.py" line="196"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="84"/>
        <source>Your data cannot be found</source>
        <translation>Je gegevens zijn niet te vinden</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="86"/>
        <source>The data cannot be opened</source>
        <translation>De gegevens kunnen niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="88"/>
        <source>Put a backup back:</source>
        <translation>Een back-up terugzetten:</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="92"/>
        <source>Put back the backup of {moment}</source>
        <translation>Zet de back-up van {moment} terug</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="95"/>
        <source>Or start afresh with empty data. Nothing is deleted: the backups stay in the backups folder, so that one can still be put back later.</source>
        <translation>Of begin opnieuw met lege gegevens. Er wordt niets verwijderd: de back-ups blijven in de map met back-ups, zodat je er later nog een kunt terugzetten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="100"/>
        <source>Or start afresh with empty data. The damaged data is not deleted: it is kept in the backups folder, so that it can be looked at or put back later.</source>
        <translation>Of begin opnieuw met lege gegevens. De beschadigde gegevens worden niet verwijderd: ze blijven bewaard in de map met back-ups, zodat ze later bekeken of teruggezet kunnen worden.</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="104"/>
        <source>Start afresh</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/recovery_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../paper/report.py" line="107"/>
        <source>Progress report of {name}</source>
        <translation>Voortgangsverslag van {name}</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="159"/>
        <source>Exercises of {name} this week</source>
        <translation>Oefeningen van {name} deze week</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="98"/>
        <source>{low} to {high} times</source>
        <translation>{low} tot {high} keer</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="102"/>
        <source>{target}, slowly: count to three on the way down</source>
        <translation>{target}, langzaam: tel tot drie bij het omlaaggaan</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="120"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="121"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="116"/>
        <source>Progress report</source>
        <translation>Voortgangsverslag</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="125"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="125"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="130"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="132"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="133"/>
        <source>{age} years (born in {year})</source>
        <translation>{age} jaar (geboren in {year})</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="137"/>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="139"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="140"/>
        <source>{first} to {last}</source>
        <translation>{first} tot en met {last}</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="144"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="151"/>
        <source>Nothing was recorded in this period: no sessions and no tests.</source>
        <translation>In deze periode is niets vastgelegd: geen trainingen en geen testen.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="17"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="32"/>
        <source>Movement advice in force: {advice}.</source>
        <translation>Geldend bewegingsadvies: {advice}.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="36"/>
        <source>No hospital stays, breaks of two weeks or more, or movement advice in this period.</source>
        <translation>Geen ziekenhuisopnames, pauzes van twee weken of langer of bewegingsadviezen in deze periode.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="45"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="50"/>
        <source>The plan leaves out the exercises that the movement advice rules out.</source>
        <translation>Het schema laat de oefeningen weg die het bewegingsadvies uitsluit.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="61"/>
        <source>Sessions against the plan</source>
        <translation>Trainingen ten opzichte van het schema</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="64"/>
        <source>{name} did no sessions in this period.</source>
        <translation>{name} heeft in deze periode niet getraind.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="76"/>
        <source>{done} of {planned} planned sessions</source>
        <translation>{done} van {planned} geplande trainingen</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="80"/>
        <source>{sessions} ({share} %)</source>
        <translation>{sessions} ({share} %)</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="83"/>
        <source>Adherence</source>
        <translation>Therapietrouw</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="112"/>
        <source>Training days in the current plan</source>
        <translation>Trainingsdagen in het huidige schema</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="130"/>
        <source>Sessions per week</source>
        <translation>Trainingen per week</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="67"/>
        <source>Sessions done</source>
        <translation>Trainingen gedaan</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="112"/>
        <source>Rest 1 minute</source>
        <translation>Rust 1 minuut</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="113"/>
        <source>Rest {minutes} minutes</source>
        <translation>Rust {minutes} minuten</translation>
    </message>
    <message>
        <location filename="../paper/layout.py" line="114"/>
        <source>Rest {seconds} seconds</source>
        <translation>Rust {seconds} seconden</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="103"/>
        <source>Weeks with at least one session</source>
        <translation>Weken met minstens één training</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="104"/>
        <source>{weeks} of {total}</source>
        <translation>{weeks} van {total}</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="294"/>
        <source>Exercises: load and best set</source>
        <translation>Oefeningen: gewicht of elastiek, en beste set</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="296"/>
        <source>No exercises were recorded in this period.</source>
        <translation>In deze periode zijn geen oefeningen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="299"/>
        <source>For each exercise: the load used (top) and the best set of each session (bottom).</source>
        <translation>Per oefening: het gebruikte gewicht of elastiek (boven) en de beste set van elke training (onder).</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="315"/>
        <source>Band</source>
        <translation>Elastiek</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="317"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="331"/>
        <source>The best set is shown as the typical one of each month.</source>
        <translation>De beste set staat per maand in de grafiek, als de kenmerkende waarde van die maand.</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="20"/>
        <source>No functional tests were done in this period.</source>
        <translation>In deze periode zijn geen functionele testen gedaan.</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="60"/>
        <source>The normal range is the 25th to 75th percentile for the age band and sex. An arm curl with another dumbbell than the norm&apos;s is not compared with it; a chair stand that needed the arms counts as 0, as the protocol prescribes.</source>
        <translation>De normwaarden zijn het 25e tot 75e percentiel voor leeftijdsgroep en geslacht. Armbuigingen met een andere halter dan die van de norm worden er niet mee vergeleken; opstaan uit een stoel waarbij de armen nodig waren, telt als 0, zoals het protocol voorschrijft.</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="89"/>
        <source>Seconds</source>
        <translation>Seconden</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="91"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="93"/>
        <source>Times</source>
        <translation>Aantal keer</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="157"/>
        <source>Pain during training</source>
        <translation>Pijn tijdens het trainen</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="196"/>
        <source>Pain (0 to 10)</source>
        <translation>Pijn (0 tot en met 10)</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="163"/>
        <source>Sessions with a pain answer</source>
        <translation>Trainingen met een antwoord over pijn</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="165"/>
        <source>Highest pain in a session</source>
        <translation>Hoogste pijn in een training</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="166"/>
        <source>{pain} out of 10</source>
        <translation>{pain} van de 10</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="169"/>
        <source>Sessions with pain above 5</source>
        <translation>Trainingen met pijn boven 5</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="159"/>
        <source>No pain was recorded in this period.</source>
        <translation>In deze periode is geen pijn ingevuld.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="118"/>
        <source>A summary of the strength training {name} did at home with sterkblijven, for the GP or physiotherapist.</source>
        <translation>Een samenvatting van de krachttraining die {name} thuis met sterkblijven heeft gedaan, voor de huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="71"/>
        <source>Of which done on the paper card, entered afterwards</source>
        <translation>Waarvan op de papieren oefenkaart gedaan en later ingevoerd</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="86"/>
        <source>Breaks of two weeks or more</source>
        <translation>Onderbrekingen van twee weken of langer</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="87"/>
        <source>{count} ({days} days)</source>
        <translation>{count} ({days} dagen)</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="91"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="97"/>
        <source>Days in hospital up to the clearance</source>
        <translation>Dagen in het ziekenhuis tot aan de toestemming</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="118"/>
        <source>Planned sessions are the training days of the plan in force on each day, without the days in hospital up to the clearance. Breaks (two weeks or more between two sessions) count as missed training and are also told on their own. Each week counts its sessions up to the days it planned, so a session moved to another day counts, and extra sessions neither make up for another week nor lift adherence above 100 %.</source>
        <translation>Geplande trainingen zijn de trainingsdagen van het schema dat op die dag gold, zonder de dagen in het ziekenhuis tot aan de toestemming. Onderbrekingen (twee weken of meer tussen twee trainingen) tellen als gemiste training en staan ook apart vermeld. Per week tellen de trainingen mee tot het aantal geplande dagen van die week: een training op een andere dag telt mee, en extra trainingen maken een andere week niet goed en brengen de therapietrouw nooit boven 100 %.</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="137"/>
        <source>Each bar is one week; the line marks one session a week. Shaded bands and dashed lines mark the events.</source>
        <translation>Elke staaf is één week; de lijn geeft één training per week aan. Gearceerde banden en stippellijnen markeren de gebeurtenissen.</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="18"/>
        <source>Test results</source>
        <translation>Testresultaten</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="33"/>
        <source>Norm: {norm} ({sources}).</source>
        <translation>Norm: {norm} ({sources}).</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="39"/>
        <source>Source of the norm: {sources}.</source>
        <translation>Bron van de norm: {sources}.</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="44"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="47"/>
        <source>Conditions</source>
        <translation>Omstandigheden</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="50"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="52"/>
        <source>Verdict</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="66"/>
        <source>Arm curls with another dumbbell than the norm&apos;s are drawn as a second line, in another colour.</source>
        <translation>Armbuigingen met een andere halter dan die van de norm staan als tweede lijn in een andere kleur.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="176"/>
        <source>Where (times named)</source>
        <translation>Locatie (aantal keer genoemd)</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="178"/>
        <source>{place} ({count})</source>
        <translation>{place} ({count})</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="187"/>
        <source>The highest pain of each session, 0 to 10, asked after every set: 0 to 2 counts as safe, 3 to 5 as acceptable, above 5 stops the exercise (pain monitoring, Silbernagel et al. 2007).</source>
        <translation>De hoogste pijn per training, 0 tot 10, gevraagd na elke set: 0 tot 2 geldt als veilig, 3 tot 5 als acceptabel, boven 5 stopt de oefening (pijnmonitoring, Silbernagel e.a. 2007).</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="209"/>
        <source>No stop signals in this period: no exercise was stopped for pain above 5, sharp pain, swelling, warmth, locking or giving way.</source>
        <translation>Geen stopsignalen in deze periode: geen oefening is gestopt wegens pijn boven 5, scherpe pijn, zwelling, warmte, slotklachten of door het gewricht zakken.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="217"/>
        <source>Each time an exercise was stopped: the session, the exercise and what stopped it. The exercise stops at once, and the dose is lowered.</source>
        <translation>Elke keer dat een oefening werd gestopt: de training, de oefening en de reden. De oefening stopt direct en de dosering wordt verlaagd.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="233"/>
        <source>Session</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="235"/>
        <source>What stopped the exercise</source>
        <translation>Reden van stoppen</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="243"/>
        <source>The day after a session</source>
        <translation>De dag na een training</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="245"/>
        <source>No answers about the next day in this period.</source>
        <translation>In deze periode zijn er geen antwoorden over de dag erna.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="255"/>
        <source>Stiff for more than half an hour in the morning</source>
        <translation>Langer dan een half uur stijf in de ochtend</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="258"/>
        <source>Woken by pain at night</source>
        <translation>&apos;s Nachts wakker van pijn</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="260"/>
        <source>Joints the next day</source>
        <translation>Gewrichten de dag erna</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="260"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="285"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="286"/>
        <source>Stiffness or night pain</source>
        <translation>Stijfheid of nachtpijn</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="17"/>
        <source>Dose per exercise</source>
        <translation>Dosering per oefening</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="24"/>
        <source>The dose at the end of the period:</source>
        <translation>De dosering aan het einde van de periode:</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="30"/>
        <source>Sets × range</source>
        <translation>Sets × bereik</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="31"/>
        <source>Tempo, extra set</source>
        <translation>Tempo, extra set</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="42"/>
        <source>The dose did not change in this period.</source>
        <translation>De dosering is in deze periode niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="44"/>
        <source>Changes to the dose in this period:</source>
        <translation>Wijzigingen in de dosering in deze periode:</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="57"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="65"/>
        <source>Slow</source>
        <translation>Langzaam</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="65"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="67"/>
        <source>{tempo}, extra set</source>
        <translation>{tempo}, extra set</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="68"/>
        <source>{sets} × {range}</source>
        <translation>{sets} × {range}</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="74"/>
        <source>Resting for now</source>
        <translation>Rust voorlopig</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="83"/>
        <source>Decisions on the load</source>
        <translation>Besluiten over de belasting</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="86"/>
        <source>No suggested change of the load was decided in this period.</source>
        <translation>Over geen enkele voorgestelde wijziging van de belasting is in deze periode besloten.</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="90"/>
        <source>sterkblijven suggests a change of the dose after a session; the carer or {name} decides. Lowering for pain is in force at once.</source>
        <translation>sterkblijven stelt na een training een wijziging van de dosering voor; de mantelzorger of {name} beslist. Verlagen vanwege pijn gaat direct in.</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="107"/>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="109"/>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="110"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="120"/>
        <source>the carer ({login})</source>
        <translation>de mantelzorger ({login})</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="122"/>
        <source>the carer</source>
        <translation>de mantelzorger</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="125"/>
        <source>Turned down by {who} on {date}</source>
        <translation>Afgewezen door {who} op {date}</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="127"/>
        <source>Changed by {who} on {date} to: {dose}</source>
        <translation>Aangepast door {who} op {date} naar: {dose}</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="130"/>
        <source>Accepted by {who} on {date}</source>
        <translation>Geaccepteerd door {who} op {date}</translation>
    </message>
    <message>
        <location filename="../paper/report_sheet.py" line="58"/>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <location filename="../paper/report_sheet.py" line="59"/>
        <source>Cleared</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../paper/report_sheet.py" line="60"/>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../paper/report_events.py" line="146"/>
        <source>No sessions from {first} to {last} ({days} days).</source>
        <translation>Geen trainingen van {first} tot en met {last} ({days} dagen).</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="104"/>
        <source>{value} s</source>
        <translation>{value} s</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="106"/>
        <source>{count} steps</source>
        <translation>{count} stappen</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="107"/>
        <source>{count} times</source>
        <translation>{count} keer</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="113"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="136"/>
        <location filename="../paper/report_tests.py" line="114"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="120"/>
        <source>Arms crossed</source>
        <translation>Armen gekruist</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="125"/>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="125"/>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="127"/>
        <source>{seconds} s or more: fall risk</source>
        <translation>{seconds} s of meer: valrisico</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="137"/>
        <source>age {band}: up to {limit} s</source>
        <translation>leeftijd {band}: tot {limit} s</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="144"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="146"/>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="148"/>
        <source>times</source>
        <translation>keer</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="149"/>
        <source>{sex} {band}: {low}-{high} {unit}</source>
        <translation>{sex} {band}: {low}-{high} {unit}</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="153"/>
        <source>{norm}, with {kg} kg</source>
        <translation>{norm}, met {kg} kg</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="117"/>
        <source>The arms were needed: counts as 0, as the protocol prescribes</source>
        <translation>De armen waren nodig: telt als 0, zoals het protocol voorschrijft</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="162"/>
        <source>Not comparable with the norm: the dumbbell is not recorded</source>
        <translation>Niet vergelijkbaar met de norm: het gewicht van de halter is niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="163"/>
        <source>Not comparable with the norm: dumbbell of {kg} kg, the norm is for {norm} kg</source>
        <translation>Niet vergelijkbaar met de norm: halter van {kg} kg, de norm geldt voor {norm} kg</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="167"/>
        <source>Below the range</source>
        <translation>Onder de normwaarden</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="168"/>
        <source>Within the range</source>
        <translation>Binnen de normwaarden</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="169"/>
        <source>Above the range</source>
        <translation>Boven de normwaarden</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="172"/>
        <source>Above the limit</source>
        <translation>Boven de grens</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="173"/>
        <source>Below the limit</source>
        <translation>Onder de grens</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="175"/>
        <source>Slower than average</source>
        <translation>Trager dan gemiddeld</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="176"/>
        <source>Not slower</source>
        <translation>Niet trager dan gemiddeld</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="179"/>
        <source>{verdict}; fall risk</source>
        <translation>{verdict}; valrisico</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="185"/>
        <source>Rikli &amp; Jones 1999</source>
        <translation>Rikli &amp; Jones 1999</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="186"/>
        <source>CDC STEADI</source>
        <translation>CDC STEADI</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="187"/>
        <source>Bohannon 2006</source>
        <translation>Bohannon 2006</translation>
    </message>
    <message>
        <location filename="../paper/report_tests.py" line="188"/>
        <source>Buatois et al. 2008</source>
        <translation>Buatois e.a. 2008</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="380"/>
        <source>Pain above 5 ({pain} out of 10)</source>
        <translation>Pijn boven 5 ({pain} van de 10)</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="383"/>
        <source>pain {pain} out of 10</source>
        <translation>pijn {pain} van de 10</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="142"/>
        <source>{low}-{high} s</source>
        <translation>{low}-{high} s</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="144"/>
        <source>{low}-{high} steps</source>
        <translation>{low}-{high} stappen</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="145"/>
        <source>{low}-{high}</source>
        <translation>{low}-{high}</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="152"/>
        <location filename="../paper/report_dose.py" line="177"/>
        <location filename="../paper/report_dose.py" line="180"/>
        <source>{sets} × {low}-{high}</source>
        <translation>{sets} × {low}-{high}</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="157"/>
        <location filename="../paper/report_dose.py" line="187"/>
        <source>slow tempo</source>
        <translation>langzaam tempo</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="159"/>
        <location filename="../paper/report_dose.py" line="193"/>
        <source>extra set</source>
        <translation>extra set</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="161"/>
        <location filename="../paper/report_dose.py" line="199"/>
        <source>resting</source>
        <translation>rust</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="170"/>
        <location filename="../paper/report_dose.py" line="176"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="189"/>
        <source>normal tempo again</source>
        <translation>weer normaal tempo</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="195"/>
        <source>without the extra set</source>
        <translation>zonder de extra set</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="199"/>
        <source>resumed</source>
        <translation>hervat</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="206"/>
        <source>Heavier load</source>
        <translation>Zwaardere belasting</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="207"/>
        <source>Slower tempo</source>
        <translation>Langzamer tempo</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="208"/>
        <source>An extra set</source>
        <translation>Een extra set</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="209"/>
        <source>Same dose</source>
        <translation>Zelfde dosering</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="210"/>
        <source>Lighter load</source>
        <translation>Lichtere belasting</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="211"/>
        <source>Rest the exercise</source>
        <translation>Oefening laten rusten</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="212"/>
        <source>Start again at the lightest load</source>
        <translation>Opnieuw beginnen met de lichtste belasting</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="213"/>
        <source>Next balance step</source>
        <translation>Volgende stap in evenwicht</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="214"/>
        <source>Add the exercise</source>
        <translation>Oefening toevoegen</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="216"/>
        <source>{advice}: {dose}</source>
        <translation>{advice}: {dose}</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="402"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="283"/>
        <location filename="../paper/report.py" line="351"/>
        <location filename="../paper/report_dose.py" line="55"/>
        <location filename="../paper/report_events.py" line="45"/>
        <location filename="../paper/report_tests.py" line="44"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="271"/>
        <source>No answer told of worse joints, long morning stiffness or pain at night.</source>
        <translation>Geen enkel antwoord noemde slechtere gewrichten, lange ochtendstijfheid of pijn &apos;s nachts.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="278"/>
        <source>Answers that told of worse joints, long stiffness or pain at night:</source>
        <translation>Antwoorden met slechtere gewrichten, lange stijfheid of pijn &apos;s nachts:</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="284"/>
        <source>Joints</source>
        <translation>Gewrichten</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="206"/>
        <source>Stop signals</source>
        <translation>Stopsignalen</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="242"/>
        <location filename="../paper/report.py" line="234"/>
        <location filename="../paper/report_dose.py" line="28"/>
        <location filename="../paper/report_dose.py" line="56"/>
        <location filename="../paper/report_dose.py" line="108"/>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="246"/>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="340"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="342"/>
        <source>There are no notes.</source>
        <translation>Er zijn geen opmerkingen.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="345"/>
        <source>Note with the plan</source>
        <translation>Opmerking bij het schema</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="348"/>
        <source>Notes with sessions</source>
        <translation>Opmerkingen bij trainingen</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="351"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="22"/>
        <source>There is no training plan yet.</source>
        <translation>Er is nog geen trainingsschema.</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="29"/>
        <source>Load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../paper/report_dose.py" line="32"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="394"/>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="399"/>
        <source>Long stiffness</source>
        <translation>Lang stijf</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="400"/>
        <source>night pain</source>
        <translation>nachtpijn</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="415"/>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="416"/>
        <source>As usual</source>
        <translation>Zoals normaal</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="417"/>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="423"/>
        <source>Seconds in the best set</source>
        <translation>Seconden in de beste set</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="425"/>
        <source>Steps in the best set</source>
        <translation>Stappen in de beste set</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="426"/>
        <source>Times in the best set</source>
        <translation>Aantal keer in de beste set</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="445"/>
        <source>One session in this period, {date}: {load}, best set {count}.</source>
        <translation>Eén training in deze periode, {date}: {load}, beste set {count}.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="448"/>
        <source>One session in this period, {date}: best set {count}.</source>
        <translation>Eén training in deze periode, {date}: beste set {count}.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="454"/>
        <source>First session, {date}: {load}, best set {count}.</source>
        <translation>Eerste training, {date}: {load}, beste set {count}.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="455"/>
        <source>First session, {date}: best set {count}.</source>
        <translation>Eerste training, {date}: beste set {count}.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="459"/>
        <source>Last session, {date}: {load}, best set {count}.</source>
        <translation>Laatste training, {date}: {load}, beste set {count}.</translation>
    </message>
    <message>
        <location filename="../paper/report.py" line="460"/>
        <source>Last session, {date}: best set {count}.</source>
        <translation>Laatste training, {date}: beste set {count}.</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="192"/>
        <source>My exercises this week</source>
        <translation>Mijn oefeningen deze week</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="195"/>
        <source>Week: {first} to {last}.</source>
        <translation>Week: {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="205"/>
        <source>A note from your carer: {note}</source>
        <translation>Een briefje van je mantelzorger: {note}</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="220"/>
        <source>Warm up first (about {warm_up} min.), cool down after (about {cool_down} min.). After each training write in the boxes: times, pain 0 (none) to 10 (worst), effort {efforts}.</source>
        <translation>Eerst ca. {warm_up} min. warming-up, na afloop ca. {cool_down} min. cooling-down. Schrijf na elke training in de hokjes: keer, pijn 0 (geen) tot 10 (ergst), zwaarte {efforts}.</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="244"/>
        <source>Times</source>
        <comment>a box on the exercise card</comment>
        <translation>Keer</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="245"/>
        <source>Effort</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="277"/>
        <source>{target}, slowly</source>
        <translation>{target}, langzaam</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="278"/>
        <source>{load}, {sets} x {target}, rest {rest}</source>
        <translation>{load}, {sets} x {target}, rust {rest}</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="301"/>
        <source>Stop an exercise if it hurts more than {most} out of 10, or at: {signals}.</source>
        <translation>Stop met een oefening als de pijn hoger is dan {most} op 10, of bij: {signals}.</translation>
    </message>
    <message>
        <location filename="../paper/card.py" line="211"/>
        <source>Resting for now, not this week: {exercises}.</source>
        <translation>Rust voorlopig, deze week niet: {exercises}.</translation>
    </message>
    <message>
        <location filename="../paper/pages.py" line="225"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../paper/pages.py" line="232"/>
        <source>Made on {date}</source>
        <translation>Gemaakt op {date}</translation>
    </message>
</context>
<context>
    <name>ResetPin</name>
    <message>
        <location filename="../words/pin_reset.py" line="45"/>
        <source>The carer PIN is removed. Start sterkblijven and open the carer part: it opens without a PIN, and you can set a new one there.</source>
        <translation>De PIN van de mantelzorger is verwijderd. Start sterkblijven en open het mantelzorgerdeel: het opent zonder PIN, en daar kun je een nieuwe instellen.</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="53"/>
        <source>There was no carer PIN, so nothing was changed.</source>
        <translation>Er was geen PIN van de mantelzorger, dus er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="57"/>
        <source>sterkblijven is open on this data. Close it first, then try again.</source>
        <translation>sterkblijven is open met deze gegevens. Sluit het eerst en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="63"/>
        <source>There is no sterkblijven data in {folder}, so there is no PIN to remove.</source>
        <translation>Er staan geen gegevens van sterkblijven in {folder}, dus er is geen PIN om te verwijderen.</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="69"/>
        <source>The sterkblijven data in {folder} is gone or empty. The command sterkblijven restore FILE puts a backup back (the backups are in {backups}).</source>
        <translation>De gegevens van sterkblijven in {folder} zijn weg of leeg. De opdracht sterkblijven restore BESTAND zet een back-up terug (de back-ups staan in {backups}).</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="77"/>
        <source>The data cannot be opened, so the PIN was not removed. {reason}</source>
        <translation>De gegevens kunnen niet worden geopend, dus de PIN is niet verwijderd. {reason}</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="83"/>
        <source>The carer PIN was not removed. {reason}</source>
        <translation>De PIN van de mantelzorger is niet verwijderd. {reason}</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="89"/>
        <source>The data folder cannot be written to, so the PIN was not removed.</source>
        <translation>In de map met gegevens kan niets worden opgeslagen, dus de PIN is niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="98"/>
        <source>Check the --database-url.</source>
        <translation>Controleer de --database-url.</translation>
    </message>
    <message>
        <location filename="../words/pin_reset.py" line="103"/>
        <source>The command sterkblijven restore FILE puts a backup back (the backups are in {backups}).</source>
        <translation>De opdracht sterkblijven restore BESTAND zet een back-up terug (de back-ups staan in {backups}).</translation>
    </message>
</context>
<context>
    <name>RestDayQuestion</name>
    <message>
        <location filename="../ui/carer/plan_page.py" line="87"/>
        <source>Training days follow each other. Save anyway?</source>
        <translation>Er zijn trainingsdagen direct na elkaar. Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="90"/>
        <source>Muscles need a day of rest after training to recover and grow stronger. That is why we advise a rest day between two training days (ACSM position stand, Ratamess et al., 2009).</source>
        <translation>Spieren hebben na het trainen een dag rust nodig om te herstellen en sterker te worden. Daarom raden we een rustdag aan tussen twee trainingsdagen (standpunt van het ACSM, Ratamess et al., 2009).</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="95"/>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="96"/>
        <source>Change the days</source>
        <translation>Dagen aanpassen</translation>
    </message>
</context>
<context>
    <name>RestView</name>
    <message>
        <location filename="../ui/session/rest.py" line="124"/>
        <source>{seconds} seconds of rest left</source>
        <translation>Nog {seconds} seconden rust</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="128"/>
        <source>Rest is over. Ready for the next one?</source>
        <translation>De rust is voorbij. Klaar voor de volgende?</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="132"/>
        <source>Rest a moment. Breathe calmly.</source>
        <translation>Rust even uit. Adem rustig.</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="134"/>
        <source>Paused.</source>
        <translation>De tijd staat stil.</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="135"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="135"/>
        <source>Go on</source>
        <translation>Ga verder</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="139"/>
        <source>Next: {what}</source>
        <translation>Hierna: {what}</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="140"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="140"/>
        <source>Skip the rest</source>
        <translation>Rust overslaan</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="144"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="145"/>
        <source>+30 seconds</source>
        <translation>+30 seconden</translation>
    </message>
    <message>
        <location filename="../ui/session/rest.py" line="146"/>
        <source>Undo the set I just saved</source>
        <translation>Maak de set die ik net opsloeg ongedaan</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/fitness/result.py" line="228"/>
        <source>Result: {result}</source>
        <translation>Resultaat: {result}</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="236"/>
        <source>Your result</source>
        <translation>Je resultaat</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="238"/>
        <source>Correct the count with the buttons if it is not right.</source>
        <translation>Klopt het aantal niet? Pas het dan aan met de knoppen.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="240"/>
        <source>The stopwatch measured this time. You can correct it.</source>
        <translation>De stopwatch heeft deze tijd gemeten. Klopt de tijd niet? Dan kun je hem aanpassen.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="245"/>
        <source>One fewer</source>
        <translation>Eén eraf</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="246"/>
        <source>One more</source>
        <translation>Eén erbij</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="232"/>
        <source>Seconds</source>
        <translation>Seconden</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="157"/>
        <source>Another weight, or I don&apos;t know</source>
        <translation>Een ander gewicht, of ik weet het niet</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="160"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="162"/>
        <source>{kg} kg (the test&apos;s weight)</source>
        <translation>{kg} kg (gewicht van de test)</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="163"/>
        <source>Dumbbell of {kg} kg</source>
        <translation>Halter van {kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="232"/>
        <source>Or type the number</source>
        <translation>Of typ het aantal</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="247"/>
        <source>I needed my arms to stand up (counts as 0)</source>
        <translation>Ik had mijn armen nodig om op te staan (telt als 0)</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="248"/>
        <source>Which dumbbell did you use?</source>
        <translation>Welke halter heb je gebruikt?</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="250"/>
        <source>Note (you may leave this empty)</source>
        <translation>Opmerking (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="251"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="252"/>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="253"/>
        <source>Do the test again</source>
        <translation>Test opnieuw doen</translation>
    </message>
    <message>
        <location filename="../ui/fitness/result.py" line="254"/>
        <source>Save the result</source>
        <translation>Resultaat opslaan</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <location filename="../ui/carer/plan_page.py" line="374"/>
        <source>{exercise} is off the plan. It is stored when you tap Save the plan.</source>
        <translation>{exercise} staat niet meer in het schema. Dat wordt bewaard als je op Schema opslaan tikt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="376"/>
        <source>Put it back</source>
        <translation>Zet het terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="377"/>
        <source>Put {exercise} back</source>
        <translation>Zet {exercise} terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="209"/>
        <source>Add {exercise} to the plan</source>
        <translation>Voeg {exercise} toe aan het schema</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="488"/>
        <location filename="../ui/carer/plan_page.py" line="535"/>
        <source>Saved. Past sessions keep what they had.</source>
        <translation>Opgeslagen. Eerdere trainingen houden wat ze hadden.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="510"/>
        <source>The exercises in the order of a session. Tap Change to set the sets, target, rest and weight. Changes count from the next session.</source>
        <translation>De oefeningen in de volgorde van een training. Tik op Veranderen voor de sets, het doel, de rust en het gewicht. Veranderingen gelden vanaf de volgende training.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="514"/>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="515"/>
        <source>There are no exercises in the plan yet.</source>
        <translation>Er staan nog geen oefeningen in het schema.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="516"/>
        <location filename="../ui/carer/plan_picker.py" line="249"/>
        <source>Add an exercise</source>
        <translation>Een oefening toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="518"/>
        <source>The plan is full: at most {count} exercises.</source>
        <translation>Het schema is vol: hoogstens {count} oefeningen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="522"/>
        <source>Days of the week</source>
        <translation>Dagen van de week</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="525"/>
        <source>Choose {low} to {high} days for training, with a rest day between them.</source>
        <translation>Kies {low} tot {high} dagen om te trainen, met een rustdag ertussen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="530"/>
        <source>Note for the trainee</source>
        <translation>Briefje voor wie traint</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="235"/>
        <source>Movement advice is in force: {advice}. {reason}</source>
        <translation>Er geldt bewegingsadvies: {advice}. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="239"/>
        <source>Exercises it rules out are not offered: {exercises}.</source>
        <translation>Oefeningen die het niet toestaat, zie je hier niet: {exercises}.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="243"/>
        <source>Exercises it rules out are not offered.</source>
        <translation>Oefeningen die het niet toestaat, zie je hier niet.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="251"/>
        <source>Narrow the list with the choices below, then tap an exercise to add it. Only exercises that fit the equipment are shown.</source>
        <translation>Maak de lijst korter met de keuzes hieronder en tik dan op een oefening om die toe te voegen. Je ziet alleen oefeningen die bij het materiaal passen.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="257"/>
        <source>What it helps with</source>
        <translation>Waar het bij helpt</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="259"/>
        <location filename="../ui/carer/plan_picker.py" line="267"/>
        <location filename="../ui/carer/plan_picker.py" line="272"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="261"/>
        <source>Helps with: all</source>
        <translation>Helpt bij: alles</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="263"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="265"/>
        <source>Body part</source>
        <translation>Lichaamsdeel</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="269"/>
        <source>Body part: {part}</source>
        <translation>Lichaamsdeel: {part}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="270"/>
        <source>Equipment</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="274"/>
        <source>Equipment: {kind}</source>
        <translation>Materiaal: {kind}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="275"/>
        <source>Can be done seated</source>
        <translation>Kan zittend</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="277"/>
        <source>Only exercises that can be done seated</source>
        <translation>Alleen oefeningen die zittend kunnen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="279"/>
        <source>Tap an exercise to add it</source>
        <translation>Tik op een oefening om die toe te voegen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="281"/>
        <source>No exercise fits these choices. Choose All somewhere to see more.</source>
        <translation>Geen oefening past bij deze keuzes. Kies ergens Alles om meer te zien.</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="531"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="532"/>
        <source>Back to the plan</source>
        <translation>Terug naar het schema</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="533"/>
        <source>Save the plan</source>
        <translation>Schema opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="540"/>
        <source>Plan of {name}</source>
        <translation>Schema van {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_page.py" line="542"/>
        <source>A note for {name} (at most {count} letters)</source>
        <translation>Een briefje voor {name} (hoogstens {count} tekens)</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="290"/>
        <source>Legs</source>
        <translation>Benen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="291"/>
        <source>Hips</source>
        <translation>Heupen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="292"/>
        <source>Back</source>
        <comment>the body part</comment>
        <translation>Rug</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="293"/>
        <source>Chest</source>
        <translation>Borst</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="294"/>
        <source>Shoulders</source>
        <translation>Schouders</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="295"/>
        <source>Arms</source>
        <translation>Armen</translation>
    </message>
    <message>
        <location filename="../ui/carer/plan_picker.py" line="296"/>
        <source>Balance</source>
        <translation>Evenwicht</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../ui/fitness/run.py" line="120"/>
        <source>Start!</source>
        <translation>Start!</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="105"/>
        <source>Stop!</source>
        <translation>Stop!</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="100"/>
        <source>Get ready.</source>
        <translation>Maak je klaar.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="128"/>
        <source>Stop! Time is up.</source>
        <translation>Stop! De tijd is om.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="205"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="217"/>
        <source>Count: {count}</source>
        <translation>Aantal: {count}</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="228"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="229"/>
        <source>Press Start when you are ready.</source>
        <translation>Tik op Start als je klaarstaat.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="232"/>
        <source>Get ready. The time starts after 3, 2, 1.</source>
        <translation>Maak je klaar. De tijd begint na 3, 2, 1.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="235"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="237"/>
        <source>Go!</source>
        <translation>Ga maar!</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="237"/>
        <source>Press Stop as soon as you sit.</source>
        <translation>Tik op Stop zodra je zit.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="241"/>
        <source>Time is up. Correct the count if needed, then go on.</source>
        <translation>De tijd is om. Klopt het aantal niet? Pas het dan aan. Tik daarna op Verder.</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="247"/>
        <source>Tap: one more</source>
        <translation>Tik: één erbij</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="248"/>
        <source>One fewer</source>
        <translation>Eén eraf</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="249"/>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="250"/>
        <source>Go on</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="251"/>
        <source>Stop without a result</source>
        <translation>Stoppen zonder uitslag</translation>
    </message>
    <message>
        <location filename="../ui/fitness/run.py" line="252"/>
        <source>I need my arms: stop now</source>
        <translation>Ik heb mijn armen nodig: nu stoppen</translation>
    </message>
</context>
<context>
    <name>SeeingChoices</name>
    <message>
        <location filename="../ui/first_run/seeing.py" line="68"/>
        <source>How do you see best?</source>
        <translation>Hoe zie je het best?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="71"/>
        <source>Choose the text size and the colours that are easiest for you. You see the change at once. You can change it later in Settings.</source>
        <translation>Kies de tekstgrootte en de kleuren die voor jou het prettigst zijn. Je ziet het meteen. Je kunt het later veranderen bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="75"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="77"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="78"/>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="79"/>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="80"/>
        <source>Very large</source>
        <translation>Heel groot</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="85"/>
        <source>{name} ({percent})</source>
        <translation>{name} ({percent})</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="86"/>
        <source>Text size: {size}</source>
        <translation>Tekstgrootte: {size}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="87"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="88"/>
        <source>Standard: dark text on light</source>
        <translation>Standaard: donkere tekst op licht</translation>
    </message>
    <message>
        <location filename="../ui/first_run/seeing.py" line="89"/>
        <source>High contrast: light text on black</source>
        <translation>Hoog contrast: lichte tekst op zwart</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <location filename="../ui/carer/server_card.py" line="42"/>
        <source>Practice server</source>
        <translation>Praktijkserver</translation>
    </message>
    <message>
        <location filename="../ui/carer/server_card.py" line="45"/>
        <source>The data is kept on the practice server. You logged in with your own user name, so no PIN is needed here.</source>
        <translation>De gegevens staan op de praktijkserver. U bent ingelogd met uw eigen gebruikersnaam, dus hier is geen pincode nodig.</translation>
    </message>
    <message>
        <location filename="../ui/carer/server_card.py" line="49"/>
        <source>Disconnect this computer from the practice server</source>
        <translation>Deze computer loskoppelen van de praktijkserver</translation>
    </message>
    <message>
        <location filename="../ui/carer/server_card.py" line="52"/>
        <source>Disconnect this computer? The data stays on the server. Afterwards this computer keeps its own data again, as at home.</source>
        <translation>Deze computer loskoppelen? De gegevens blijven op de server. Daarna bewaart deze computer weer zijn eigen gegevens, zoals thuis.</translation>
    </message>
    <message>
        <location filename="../ui/carer/server_card.py" line="56"/>
        <source>Yes, disconnect</source>
        <translation>Ja, loskoppelen</translation>
    </message>
    <message>
        <location filename="../ui/carer/server_card.py" line="57"/>
        <source>No, stay connected</source>
        <translation>Nee, verbonden blijven</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/first_run/server_page.py" line="123"/>
        <location filename="../ui/first_run/server_page.py" line="208"/>
        <source>Choose the practice&apos;s certificate file</source>
        <translation>Kies het certificaatbestand van de praktijk</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="124"/>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Certificaten (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="175"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="179"/>
        <source>Where do you keep the data?</source>
        <translation>Waar bewaart u de gegevens?</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="182"/>
        <source>Most people keep their data on this computer. A practice (a physiotherapist or a home-care team) may keep it on its own server instead.</source>
        <translation>De meeste mensen bewaren hun gegevens op deze computer. Een praktijk (een fysiotherapeut of een thuiszorgteam) kan ze ook op een eigen server bewaren.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="186"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="187"/>
        <source>On the practice server</source>
        <translation>Op de praktijkserver</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="190"/>
        <source>For carers of a practice: the administrator of the practice gives you the details to fill in.</source>
        <translation>Voor zorgverleners van een praktijk: de beheerder van de praktijk geeft u de gegevens om in te vullen.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="195"/>
        <source>Address of the server (or its folder)</source>
        <translation>Adres van de server (of de map)</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="196"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="197"/>
        <source>Name of the database</source>
        <translation>Naam van de database</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="198"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="199"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="204"/>
        <source>The practice&apos;s certificate file (not needed for a folder)</source>
        <translation>Het certificaatbestand van de praktijk (niet nodig bij een map)</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="207"/>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="209"/>
        <source>Remember the password on this computer</source>
        <translation>Wachtwoord onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="212"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/first_run/server_page.py" line="213"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/page.py" line="224"/>
        <source>Set saved: {count}.</source>
        <translation>Set opgeslagen: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="244"/>
        <source>{exercise}, set {number}</source>
        <translation>{exercise}, set {number}</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="307"/>
        <source>Undone: set {number}, {count}.</source>
        <translation>Ongedaan gemaakt: set {number}, {count}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/dialog.py" line="165"/>
        <source>This could not be changed on this computer. Nothing else was changed.</source>
        <translation>Dit kon op deze computer niet veranderd worden. Verder is er niets veranderd.</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="191"/>
        <source>This is the voice of sterkblijven. Well done!</source>
        <translation>Dit is de stem van sterkblijven. Goed bezig!</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="197"/>
        <source>You hear: “{sentence}”</source>
        <translation>Je hoort: “{sentence}”</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="200"/>
        <source>No voice is installed on this computer, so you hear nothing. The app works the same: the screen and the tone show everything.</source>
        <translation>Er is geen stem op deze computer, dus je hoort niets. Het programma werkt net zo goed: je ziet alles op het scherm en je hoort de toon.</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="224"/>
        <location filename="../ui/settings/dialog.py" line="225"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="226"/>
        <location filename="../ui/settings/dialog.py" line="229"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="228"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="230"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="231"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="232"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="233"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="234"/>
        <source>Spoken cues (the tone and the screen always show it)</source>
        <translation>Gesproken aanwijzingen (je hoort altijd een toon en je ziet het altijd op het scherm)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="237"/>
        <source>No sound device was found on this computer, so you hear no tone. The screen shows everything the tone would tell you.</source>
        <translation>Er is geen geluidsapparaat gevonden op deze computer, dus je hoort geen toon. Het scherm laat alles zien wat de toon zou vertellen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="241"/>
        <location filename="../ui/settings/dialog.py" line="254"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="242"/>
        <location filename="../ui/settings/dialog.py" line="255"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="243"/>
        <location filename="../ui/settings/dialog.py" line="251"/>
        <source>How fast the voice speaks</source>
        <translation>Hoe snel de stem praat</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="245"/>
        <source>Slowly</source>
        <translation>Langzaam</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="246"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="247"/>
        <source>Quickly</source>
        <translation>Snel</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="252"/>
        <source>Test the voice</source>
        <translation>Probeer de stem</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="253"/>
        <location filename="../ui/settings/dialog.py" line="257"/>
        <source>Movement in pictures</source>
        <translation>Beweging in plaatjes</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="259"/>
        <source>Starting the program</source>
        <translation>Het programma starten</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="260"/>
        <source>Start sterkblijven when I log in</source>
        <translation>sterkblijven starten als ik inlog</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="261"/>
        <source>Start only when I open it</source>
        <translation>Alleen starten als ik het zelf open</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="262"/>
        <source>For the carer</source>
        <translation>Voor de mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="263"/>
        <source>Open the carer part</source>
        <translation>Mantelzorgerdeel openen</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="264"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../ui/settings/voice.py" line="13"/>
        <source>To hear a voice: add a Dutch voice in Windows Settings, under Time &amp; Language, Speech. Then start the app again.</source>
        <translation>Wil je een stem horen? Voeg dan een Nederlandse stem toe in Instellingen van Windows, bij Tijd en taal, Spraak. Start daarna het programma opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/settings/voice.py" line="19"/>
        <source>To hear a voice: in System Settings choose Accessibility, then Spoken Content, and add a Dutch voice there. Then start the app again.</source>
        <translation>Wil je een stem horen? Kies dan in Systeeminstellingen voor Toegankelijkheid en dan Gesproken materiaal. Voeg daar een Nederlandse stem toe. Start daarna het programma opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/settings/voice.py" line="24"/>
        <source>To hear a voice: install speech-dispatcher with espeak-ng (ask someone who knows computers if you need help). Then start the app again.</source>
        <translation>Wil je een stem horen? Installeer dan speech-dispatcher met espeak-ng. Vraag hulp aan iemand die veel van computers weet als dat nodig is. Start daarna het programma opnieuw.</translation>
    </message>
</context>
<context>
    <name>StopAdviceView</name>
    <message>
        <location filename="../ui/session/stop.py" line="91"/>
        <source>Stop this exercise</source>
        <translation>Stop met deze oefening</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="94"/>
        <source>You had a lot of pain, or something that is a reason to stop. Please do not do this exercise any more today. Your answers are saved.

Does the pain stay, or does a joint swell, feel warm, lock or give way? Contact your GP or physiotherapist. This is advice, not a diagnosis.</source>
        <translation>Je had veel pijn, of iets anders wat een reden is om te stoppen. Doe deze oefening vandaag niet meer. Je antwoorden zijn opgeslagen.

Blijft de pijn? Of wordt een gewricht dik of warm, zit het vast of zakt het door? Neem dan contact op met je huisarts of fysiotherapeut. Dit is een advies, geen diagnose.</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="101"/>
        <source>To spare {joint}, these exercises rest today too:
{names}</source>
        <translation>Om {joint} te sparen, doe je deze oefeningen vandaag ook niet:
{names}</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="105"/>
        <source>Skip it and go on</source>
        <translation>Sla de oefening over en ga verder</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="108"/>
        <source>Stop for today: rest your leg</source>
        <translation>Stop voor vandaag: laat je been rusten</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="111"/>
        <source>You noticed a warning sign at {joint}. Do no more exercises today in which you stand on your legs, and no balance exercises. That way you do not fall. Your answers are saved.</source>
        <translation>Je merkte een waarschuwingssignaal bij {joint}. Doe vandaag geen oefeningen meer waarbij je op je benen staat, en geen oefeningen voor je evenwicht. Zo voorkom je dat je valt. Je antwoorden zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="118"/>
        <source>What you can do now:
• Rest your leg. Sit or lie down with your leg supported.
• Cool it for 15 minutes with something cold wrapped in a towel, such as a cold pack or a bag of frozen vegetables.
• Do not walk further than you need to today.</source>
        <translation>Wat je nu kunt doen:
• Laat je been rusten. Ga zitten of liggen, met je been ondersteund.
• Koel het 15 minuten met iets kouds in een handdoek, zoals een coldpack of een zak diepvriesgroente.
• Loop vandaag niet verder dan nodig.</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="127"/>
        <source>Call your GP or physiotherapist if it stays swollen or warm, if the joint keeps locking or giving way, or if it is worse tomorrow.
Call at once (the GP out-of-hours service, or 112 in an emergency) if you fell and are in pain, or if you cannot stand on your leg.
This is advice, not a diagnosis.</source>
        <translation>Bel je huisarts of fysiotherapeut als het dik of warm blijft, als het gewricht blijft vastzitten of blijft doorzakken, of als het morgen erger is.
Bel meteen de huisartsenpost, of 112 bij nood, als je bent gevallen en pijn hebt, of als je niet op je been kunt staan.
Dit is een advies, geen diagnose.</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="137"/>
        <source>If you want, you can go on with these exercises. You do them seated or with your arms:
{names}</source>
        <translation>Wil je toch verder? Dan kun je deze oefeningen nog doen. Die doe je zittend of met je armen:
{names}</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="144"/>
        <source>No exercises are left today that spare your leg. Stop the session here; what you did is saved.</source>
        <translation>Er zijn vandaag geen oefeningen meer die je been sparen. Stop de training hier. Wat je hebt gedaan, is bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="148"/>
        <source>Go on with these exercises</source>
        <translation>Doorgaan met deze oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="152"/>
        <source>Stop the session</source>
        <translation>Stop de training</translation>
    </message>
    <message>
        <location filename="../ui/session/stop.py" line="153"/>
        <source>I tapped a wrong answer: undo this set</source>
        <translation>Ik tikte een verkeerd antwoord: maak deze set ongedaan</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="107"/>
        <source>Suggestions for {name}</source>
        <translation>Voorstellen voor {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="114"/>
        <source>There are no suggestions waiting. All decided.</source>
        <translation>Er wachten geen voorstellen. Alles is besloten.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="156"/>
        <source>This is already in force, to be safe. You can keep it or undo it.</source>
        <translation>Voor de veiligheid geldt dit al. Je kunt het zo laten of terugdraaien.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="161"/>
        <source>Please talk about this with your GP or physiotherapist.</source>
        <translation>Praat hierover met je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="164"/>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="165"/>
        <source>Why this suggestion for {name}?</source>
        <translation>Waarom dit voorstel voor {name}?</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="183"/>
        <source>Keep it</source>
        <translation>Zo laten</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="184"/>
        <source>Undo it</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="186"/>
        <source>Agree</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="187"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="188"/>
        <source>Choose another weight</source>
        <translation>Kies een ander gewicht</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="197"/>
        <source>Only your carer can make this heavier again.</source>
        <translation>Alleen je mantelzorger kan dit weer zwaarder maken.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="213"/>
        <source>This was made lighter because of pain. Are you sure it may be heavier again? Only do this when the pain is back to its usual level and there is no stop signal any more, or when the GP or physiotherapist says so.</source>
        <translation>Dit is lichter gemaakt vanwege pijn. Weet je zeker dat het weer zwaarder mag? Doe dit alleen als de pijn weer op het gewone niveau is en er geen stopsignaal meer is, of als de huisarts of fysiotherapeut het zegt.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="220"/>
        <source>Yes, make it heavier again</source>
        <translation>Ja, maak het weer zwaarder</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="221"/>
        <source>No, keep it lighter</source>
        <translation>Nee, laat het lichter</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="259"/>
        <source>Which weight or band next time?</source>
        <translation>Welk gewicht of elastiek wil je de volgende keer?</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="265"/>
        <source>{load} (as now)</source>
        <translation>{load} (zoals nu)</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="272"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="273"/>
        <source>Cancel choosing for {name}</source>
        <translation>Kiezen voor {name} annuleren</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="339"/>
        <source>Saved. Next session uses what was decided.</source>
        <translation>Opgeslagen. De volgende training gebruikt wat is besloten.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="366"/>
        <source>After each session the program suggests the next step for each exercise. Decide for each one. Lighter steps for pain are already in force.</source>
        <translation>Na elke training stelt het programma voor elke oefening een volgende stap voor. Beslis per oefening. Lichtere stappen vanwege pijn gelden al.</translation>
    </message>
    <message>
        <location filename="../ui/carer/suggestions_page.py" line="370"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../ui/first_run/steps.py" line="407"/>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="407"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="415"/>
        <source>Name: {name}</source>
        <translation>Naam: {name}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="409"/>
        <source>Year of birth: {year} ({sex})</source>
        <translation>Geboortejaar: {year} ({sex})</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="414"/>
        <source>Born in {month} {year} ({sex})</source>
        <translation>Geboren in {month} {year} ({sex})</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="418"/>
        <source>Dumbbells: {weights} kg</source>
        <translation>Halters: {weights} kg</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="420"/>
        <source>Dumbbells: none</source>
        <translation>Halters: geen</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="423"/>
        <source>Bands, light to heavy: {names}</source>
        <translation>Elastieken, van licht naar zwaar: {names}</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="425"/>
        <source>Bands: none</source>
        <translation>Elastieken: geen</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="427"/>
        <source>Training starts after you confirm that you talked with your GP.</source>
        <translation>Je kunt pas trainen als je hebt bevestigd dat je met je huisarts hebt gepraat.</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="432"/>
        <source>Ready to make your plan</source>
        <translation>Klaar om je plan te maken</translation>
    </message>
    <message>
        <location filename="../ui/first_run/steps.py" line="435"/>
        <source>Check what you entered. Tap Finish, and we make a weekly plan of light exercises that fit your equipment. A carer can change it later.</source>
        <translation>Kijk of alles klopt wat je hebt ingevuld. Tik op Klaar. Dan maken we een weekplan met lichte oefeningen die passen bij je materiaal. Een mantelzorger kan het plan later aanpassen.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../ui/session/summary.py" line="60"/>
        <source>Well done, {name}!</source>
        <translation>Goed gedaan, {name}!</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="62"/>
        <source>Sets done today: {sets}. Every session keeps you stronger.</source>
        <translation>Sets vandaag: {sets}. Elke training houdt je sterker.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="68"/>
        <source>That is it for today, {name}</source>
        <translation>Dat was het voor vandaag, {name}</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="71"/>
        <source>No exercises were done today. That is fine if your body needed rest. This time does not count as a training.</source>
        <translation>Vandaag zijn er geen oefeningen gedaan. Dat is goed als je lichaam rust nodig had. Deze keer telt niet mee als training.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="94"/>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="95"/>
        <source>Why this for {exercise}?</source>
        <translation>Waarom dit voor {exercise}?</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="114"/>
        <source>Rested today, after pain in another exercise.</source>
        <translation>Vandaag overgeslagen, na pijn bij een andere oefening.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="117"/>
        <source>Rested today, so that you do not fall after the warning sign at {joint}.</source>
        <translation>Vandaag overgeslagen, zodat je niet valt na het waarschuwingssignaal bij {joint}.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="119"/>
        <source>Rested today, to spare {joint}.</source>
        <translation>Vandaag overgeslagen om {joint} te sparen.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="134"/>
        <source>Skipped today.</source>
        <translation>Vandaag overgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="136"/>
        <source>Not done this time.</source>
        <translation>Deze keer niet gedaan.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="139"/>
        <source>Best set: {count}.</source>
        <translation>Beste set: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="145"/>
        <source>{amount} more than last time!</source>
        <translation>{amount} meer dan vorige keer!</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="150"/>
        <source>{amount} fewer than last time; that happens.</source>
        <translation>{amount} minder dan vorige keer; dat gebeurt.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="147"/>
        <source>The same as last time.</source>
        <translation>Evenveel als vorige keer.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="127"/>
        <source>Stopped because of pain or a warning sign. Good that you listened to your body.</source>
        <translation>Gestopt vanwege pijn of een waarschuwingssignaal. Goed dat je naar je lichaam luisterde.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="159"/>
        <source>Back to the start</source>
        <translation>Terug naar het beginscherm</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../words/versions.py" line="25"/>
        <source>{name} changed this plan at {time}; please look again.</source>
        <translation>{name} heeft dit schema om {time} veranderd; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="28"/>
        <source>{name} changed this equipment at {time}; please look again.</source>
        <translation>{name} heeft het materiaal om {time} veranderd; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="31"/>
        <source>{name} changed these details at {time}; please look again.</source>
        <translation>{name} heeft deze gegevens om {time} veranderd; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="34"/>
        <source>{name} already decided on this suggestion at {time}; please look again.</source>
        <translation>{name} heeft om {time} al over dit voorstel beslist; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="43"/>
        <source>This plan was changed meanwhile; please look again.</source>
        <translation>Dit schema is intussen veranderd; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="44"/>
        <source>This equipment was changed meanwhile; please look again.</source>
        <translation>Het materiaal is intussen veranderd; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="47"/>
        <source>These details were changed meanwhile; please look again.</source>
        <translation>Deze gegevens zijn intussen veranderd; kijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/versions.py" line="50"/>
        <source>This suggestion was already decided meanwhile; please look again.</source>
        <translation>Over dit voorstel is intussen al beslist; kijk opnieuw.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../words/basics.py" line="49"/>
        <source>Standing up from a chair</source>
        <translation>Opstaan uit een stoel</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="50"/>
        <source>Climbing stairs</source>
        <translation>Traplopen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="51"/>
        <source>Carrying shopping</source>
        <translation>Boodschappen dragen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="52"/>
        <source>Balance</source>
        <translation>Evenwicht</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="60"/>
        <source>tan</source>
        <translation>beige</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="61"/>
        <source>yellow</source>
        <translation>geel</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="62"/>
        <source>red</source>
        <translation>rood</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="63"/>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="64"/>
        <source>blue</source>
        <translation>blauw</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="65"/>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="66"/>
        <source>silver</source>
        <translation>zilver</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="67"/>
        <source>gold</source>
        <translation>goud</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="68"/>
        <source>other</source>
        <translation>ander</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="77"/>
        <source>{colour} band</source>
        <translation>{colour} elastiek</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="83"/>
        <source>dumbbells of {kg} kg</source>
        <translation>halters van {kg} kg</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="87"/>
        <location filename="../words/progress.py" line="77"/>
        <source>{band}, doubled</source>
        <translation>{band}, dubbelgevouwen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="90"/>
        <source>a band</source>
        <translation>een elastiek</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="91"/>
        <source>no weights</source>
        <translation>zonder gewicht</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="97"/>
        <source>Without weights</source>
        <translation>Zonder gewicht</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="98"/>
        <source>With dumbbells</source>
        <translation>Met halters</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="99"/>
        <source>With a band</source>
        <translation>Met een elastiek</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="107"/>
        <source>{low} to {high} times, stopping when you could still do 2 or 3</source>
        <translation>{low} tot {high} keer; stop als je nog 2 of 3 keer zou kunnen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="111"/>
        <source>hold {low} to {high} seconds</source>
        <translation>{low} tot {high} seconden volhouden</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="113"/>
        <source>{low} to {high} steps</source>
        <translation>{low} tot {high} stappen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="114"/>
        <source>{low} to {high} times, until you cannot do one more with good form</source>
        <translation>{low} tot {high} keer, tot je er met een goede houding geen meer kunt doen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="122"/>
        <source>{count} seconds</source>
        <translation>{count} seconden</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="124"/>
        <source>{count} steps</source>
        <translation>{count} stappen</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="125"/>
        <source>{count} times</source>
        <translation>{count} keer</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="131"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="132"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="133"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="134"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="135"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="136"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../words/basics.py" line="137"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="18"/>
        <source>Please type a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="19"/>
        <location filename="../words/refusals.py" line="26"/>
        <source>That name is too long. Use at most {most} letters.</source>
        <translation>Die naam is te lang. Gebruik niet meer dan {most} letters.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="22"/>
        <location filename="../words/refusals.py" line="29"/>
        <source>The name has a character that cannot be used. Please retype it.</source>
        <translation>Er staat een teken in de naam dat niet mag. Typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="25"/>
        <source>Please type a name for the band.</source>
        <translation>Typ een naam voor het elastiek.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="32"/>
        <source>Please type the birth year as four digits, for example 1948.</source>
        <translation>Typ het geboortejaar met vier cijfers, bijvoorbeeld 1948.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="35"/>
        <source>Please type a birth year from {low} to {high}.</source>
        <translation>Typ een geboortejaar van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="38"/>
        <source>Please type the weight as a number, for example 2,5.</source>
        <translation>Typ het gewicht als getal, bijvoorbeeld 2,5.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="41"/>
        <source>Please type a weight from {low} to {high} kg.</source>
        <translation>Typ een gewicht van {low} tot en met {high} kg.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="44"/>
        <source>That weight is already in the list.</source>
        <translation>Dat gewicht staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="45"/>
        <source>Please choose a language.</source>
        <translation>Kies een taal.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="46"/>
        <source>There is no plan yet. Ask your carer to make one.</source>
        <translation>Er is nog geen plan. Vraag je mantelzorger er een te maken.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="47"/>
        <source>All exercises in your plan rest for now, so there is no training today. Your carer can turn them on again in the carer part.</source>
        <translation>Alle oefeningen in je plan rusten voorlopig. Daarom is er vandaag geen training. Je mantelzorger kan ze weer aanzetten in het mantelzorgerdeel.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="52"/>
        <source>This exercise is already done. On to the next.</source>
        <translation>Deze oefening is al klaar. Op naar de volgende.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="53"/>
        <source>There is no set here to undo.</source>
        <translation>Hier is geen set om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="54"/>
        <source>This session has already ended.</source>
        <translation>Deze training is al afgelopen.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="55"/>
        <source>You have already answered these questions.</source>
        <translation>Je hebt deze vragen al beantwoord.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="56"/>
        <source>This session cannot go on. It has been closed; what you did is kept.</source>
        <translation>Deze training kan niet verder. Hij is afgesloten; wat je deed, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="59"/>
        <location filename="../words/refusals.py" line="62"/>
        <source>Please type a number from {low} to {high}.</source>
        <translation>Typ een getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="65"/>
        <source>The plan still has exercises with dumbbells. Keep at least one dumbbell, or change those exercises in the plan first.</source>
        <translation>Er staan nog oefeningen met halters in het schema. Houd minstens één halter, of verander eerst die oefeningen in het schema.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="70"/>
        <source>The plan still has exercises with a band. Keep at least one band, or change those exercises in the plan first.</source>
        <translation>Er staan nog oefeningen met een elastiek in het schema. Houd minstens één elastiek, of verander eerst die oefeningen in het schema.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="75"/>
        <source>That band is already on the list.</source>
        <translation>Dat elastiek staat al op de lijst.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="76"/>
        <source>A PIN has {low} to {high} digits, for example 2580.</source>
        <translation>Een PIN heeft {low} tot {high} cijfers, bijvoorbeeld 2580.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="79"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>De twee PIN&apos;s zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="82"/>
        <source>Please type a force from {low} to {high} kg.</source>
        <translation>Typ een kracht van {low} tot en met {high} kg.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="85"/>
        <source>That exercise is not in the list of exercises any more.</source>
        <translation>Die oefening staat niet meer in de lijst met oefeningen.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="88"/>
        <source>That exercise is already in the plan.</source>
        <translation>Die oefening staat al in het schema.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="89"/>
        <source>A plan has from {low} to {high} exercises.</source>
        <translation>Een schema heeft {low} tot en met {high} oefeningen.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="92"/>
        <source>Please choose from {low} to {high} days of the week.</source>
        <translation>Kies {low} tot en met {high} dagen van de week.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="95"/>
        <source>These training days follow each other. Please leave a rest day between them.</source>
        <translation>Deze trainingsdagen komen direct na elkaar. Laat er een rustdag tussen.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="99"/>
        <source>Please type the result as a number, for example 8,4.</source>
        <translation>Typ het resultaat als getal, bijvoorbeeld 8,4.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="102"/>
        <source>That result is not possible. Please type a number from {low} to {high}.</source>
        <translation>Dat resultaat kan niet. Typ een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="105"/>
        <source>Please type a whole number, such as 12.</source>
        <translation>Typ een heel getal, zoals 12.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="106"/>
        <source>A time under {low} seconds is not possible for this test. Was Stop pressed too soon? Type the time measured, or do the test again.</source>
        <translation>Een tijd onder {low} seconden kan niet bij deze test. Werd er te vroeg op Stop getikt? Typ de gemeten tijd, of doe de test opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="111"/>
        <source>First answer the questions about your health again, on the home screen. Your health may have changed since the last time.</source>
        <translation>Beantwoord eerst opnieuw de vragen over je gezondheid, op het beginscherm. Je gezondheid kan veranderd zijn sinds de vorige keer.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="116"/>
        <source>First talk with your GP about your answer in the health check. After that you can do the tests, as you can train.</source>
        <translation>Praat eerst met je huisarts over je antwoord bij de vragen over je gezondheid. Daarna kun je de testen doen, net als trainen.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="121"/>
        <source>A time of 0 seconds is not possible. Please type the time measured.</source>
        <translation>Een tijd van 0 seconden kan niet. Typ de tijd die je hebt gemeten.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="124"/>
        <source>Needing the arms is noted only for the chair stand test.</source>
        <translation>Hulp van de armen wordt alleen bij de test Opstaan uit een stoel genoteerd.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="127"/>
        <source>The note is too long. Use at most {most} letters.</source>
        <translation>Het briefje is te lang. Gebruik niet meer dan {most} tekens.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="130"/>
        <source>That weight or band is not in the equipment list. Please choose another.</source>
        <translation>Dat gewicht of elastiek staat niet op de materiaallijst. Kies een ander.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="133"/>
        <source>Please choose from {low} to {high} sets.</source>
        <translation>Kies {low} tot en met {high} sets.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="136"/>
        <source>The target is from {low} to {high} times, with the lower number first.</source>
        <translation>Het doel is van {low} tot en met {high} keer, met het laagste aantal eerst.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="140"/>
        <source>The target is from {low} to {high} seconds, with the lower number first.</source>
        <translation>Het doel is van {low} tot en met {high} seconden, met het laagste aantal eerst.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="144"/>
        <source>The target is from {low} to {high} steps, with the lower number first.</source>
        <translation>Het doel is van {low} tot en met {high} stappen, met het laagste aantal eerst.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="148"/>
        <source>Please choose a rest from {low} to {high} seconds.</source>
        <translation>Kies een rust van {low} tot en met {high} seconden.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="151"/>
        <source>Someone has already decided about this suggestion.</source>
        <translation>Iemand heeft al over dit voorstel beslist.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="154"/>
        <source>Your carer decides about this suggestion. It stays until then.</source>
        <translation>Je mantelzorger beslist over dit voorstel. Tot dan blijft het staan.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="157"/>
        <source>This lighter dose is there because of pain. Only your carer can make it heavier again.</source>
        <translation>Dit is lichter gemaakt vanwege de pijn. Alleen je mantelzorger kan het weer zwaarder maken.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="162"/>
        <source>There is no plan yet. Make the plan first, then enter the training.</source>
        <translation>Er is nog geen plan. Maak eerst het plan en voer dan de training in.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="165"/>
        <source>The health check waits for a talk with the GP. Until the GP agrees, no training is entered and the weights stay as they are.</source>
        <translation>De gezondheidsvragen wachten op een gesprek met de huisarts. Tot de huisarts akkoord is, wordt er geen training ingevoerd en blijven de gewichten zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="170"/>
        <source>After the hospital stay, training waits until a GP, specialist or physiotherapist says it may start again. Record that first under &apos;Hospital and movement advice&apos;; then enter the training.</source>
        <translation>Na de ziekenhuisopname wacht de training tot een huisarts, specialist of fysiotherapeut zegt dat die weer mag beginnen. Leg dat eerst vast onder &apos;Ziekenhuis en bewegingsadvies&apos; en voer daarna de training in.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="176"/>
        <source>The health questions are due again. Let the person answer them on the home screen first; then enter the training.</source>
        <translation>De vragen over de gezondheid moeten opnieuw beantwoord worden. Laat ze eerst op het beginscherm beantwoorden en voer daarna de training in.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="181"/>
        <source>The plan has changed since this suggestion was made, so it no longer fits. It has been put aside.</source>
        <translation>Het plan is veranderd sinds dit voorstel is gedaan. Daarom past het niet meer. Het voorstel vervalt.</translation>
    </message>
    <message>
        <location filename="../words/refusals.py" line="190"/>
        <source>This input cannot be used. Please check it and try again.</source>
        <translation>Wat je hebt ingevuld, kan niet worden gebruikt. Kijk het na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="16"/>
        <source>Easy</source>
        <translation>Makkelijk</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="17"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="18"/>
        <source>Moderate</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="19"/>
        <source>Hard</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="20"/>
        <source>Very hard: I could not do one more</source>
        <translation>Heel zwaar: er kon er geen meer bij</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="28"/>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="29"/>
        <source>Hip</source>
        <translation>Heup</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="30"/>
        <source>Back</source>
        <translation>Rug</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="31"/>
        <source>Shoulder</source>
        <translation>Schouder</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="32"/>
        <source>Hand or wrist</source>
        <translation>Hand of pols</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="33"/>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="34"/>
        <source>Somewhere else</source>
        <translation>Ergens anders</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="42"/>
        <source>your knee</source>
        <translation>je knie</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="43"/>
        <source>your hip</source>
        <translation>je heup</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="44"/>
        <source>your back</source>
        <translation>je rug</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="45"/>
        <source>your shoulder</source>
        <translation>je schouder</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="46"/>
        <source>your hand or wrist</source>
        <translation>je hand of pols</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="47"/>
        <source>your neck</source>
        <translation>je nek</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="48"/>
        <source>the place that hurt</source>
        <translation>de plek die pijn deed</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="56"/>
        <source>Sharp or stabbing pain in a joint</source>
        <translation>Scherpe of stekende pijn in een gewricht</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="57"/>
        <source>Swelling or warmth around a joint</source>
        <translation>Zwelling of warmte rond een gewricht</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="58"/>
        <source>A joint that locks or gives way</source>
        <translation>Een gewricht dat vastzit of doorzakt</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="67"/>
        <source>March on the spot</source>
        <translation>Op de plaats marcheren</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="68"/>
        <source>Stand behind a chair and hold it. Lift your knees in turn, calmly.</source>
        <translation>Ga achter een stoel staan en houd hem vast. Til rustig om de beurt je knieën op.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="73"/>
        <source>Roll your shoulders</source>
        <translation>Schouders rollen</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="74"/>
        <source>Sit or stand tall. Roll your shoulders slowly backwards.</source>
        <translation>Zit of sta rechtop. Rol je schouders langzaam naar achteren.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="77"/>
        <source>Swing your arms</source>
        <translation>Armen zwaaien</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="78"/>
        <source>Let your arms swing gently forwards and back, like walking.</source>
        <translation>Laat je armen zachtjes naar voren en naar achteren zwaaien, zoals bij het lopen.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="81"/>
        <source>Up on your toes</source>
        <translation>Op je tenen</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="82"/>
        <source>Hold the back of a chair. Go up on your toes and down again.</source>
        <translation>Houd de rugleuning van een stoel vast. Ga op je tenen staan en zak weer terug.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="85"/>
        <source>Knee lifts, seated</source>
        <translation>Knieën optillen, zittend</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="86"/>
        <source>Sit on the chair. Lift one knee a little, then the other.</source>
        <translation>Ga op de stoel zitten. Til één knie een beetje op, en dan de andere.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="89"/>
        <source>Stand up easily</source>
        <translation>Rustig opstaan</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="90"/>
        <source>Stand up from the chair and sit down, slowly. Use your hands if you like.</source>
        <translation>Sta langzaam op uit de stoel en ga weer zitten. Gebruik je handen als je wilt.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="96"/>
        <source>Walk slowly</source>
        <translation>Langzaam lopen</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="97"/>
        <source>Walk calmly through the room, or on the spot. Breathe quietly.</source>
        <translation>Loop rustig door de kamer, of op de plaats. Adem kalm.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="100"/>
        <source>Stretch your calves</source>
        <translation>Kuiten rekken</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="101"/>
        <source>Hold a chair. Put one foot back, heel on the floor, and hold. Then the other.</source>
        <translation>Houd een stoel vast. Zet één voet naar achteren, met de hiel op de grond, en blijf zo even staan. Dan de andere voet.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="107"/>
        <source>Open your chest</source>
        <translation>Borst openen</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="108"/>
        <source>Sit tall. Bring your shoulder blades together gently, and breathe.</source>
        <translation>Zit rechtop. Breng je schouderbladen zachtjes naar elkaar toe, en adem door.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="113"/>
        <source>Breathe deeply</source>
        <translation>Diep ademhalen</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="114"/>
        <source>Sit comfortably. Breathe in through your nose, and slowly out.</source>
        <translation>Ga lekker zitten. Adem in door je neus, en langzaam weer uit.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="122"/>
        <source>Time is up. Well done.</source>
        <translation>De tijd is om. Goed gedaan.</translation>
    </message>
    <message>
        <location filename="../words/session.py" line="127"/>
        <source>{seconds} seconds left</source>
        <translation>Nog {seconds} seconden</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="18"/>
        <source>This exercise rests for now, after pain. Your carer can start it again.</source>
        <translation>Deze oefening rust voorlopig, na pijn. Je mantelzorger kan haar weer aanzetten.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="23"/>
        <source>Suggestion for next time: {text}</source>
        <translation>Voorstel voor de volgende keer: {text}</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="33"/>
        <source>Your own weight is now too light: next time with {load}. The exercise shows you how.</source>
        <translation>Je eigen gewicht is nu te licht: de volgende keer met {load}. Bij de oefening zie je hoe.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="40"/>
        <source>The top of your range at full effort: time for {load}. Well earned!</source>
        <translation>Je haalde het hoogste aantal van je doel, met volle inzet: tijd voor {load}. Dat heb je verdiend!</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="44"/>
        <source>The top of your range at full effort. First a step in between: the same {load}, but slower, counting to three down.</source>
        <translation>Je haalde het hoogste aantal van je doel, met volle inzet. Eerst een tussenstap: weer {load}, maar langzamer. Tel tot drie bij het omlaaggaan.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="50"/>
        <source>The top of your range at full effort. First a step in between: the same {load}, with one set more ({sets} sets).</source>
        <translation>Je haalde het hoogste aantal van je doel, met volle inzet. Eerst een tussenstap: weer {load}, met één set extra ({sets} sets).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="56"/>
        <source>Welcome back! We start again gently, with {load}, and a test shows where you stand.</source>
        <translation>Welkom terug! We beginnen weer rustig, met {load}. Een test laat zien waar je staat.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="61"/>
        <source>The equipment for this exercise is missing. Ask your carer to check it.</source>
        <translation>Het materiaal voor deze oefening ontbreekt. Vraag je mantelzorger om het na te kijken.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="71"/>
        <source>Rest this exercise for now, so that your joint can calm down. Your carer can start it again.</source>
        <translation>Laat deze oefening voorlopig rusten, zodat je gewricht tot rust kan komen. Je mantelzorger kan haar weer aanzetten.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="78"/>
        <source>It hurt too much: next time lighter, kind to your joints: {load}.</source>
        <translation>Het deed te veel pijn. Volgende keer lichter, om je gewrichten te sparen: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="81"/>
        <source>Your joint gave a warning sign: next time lighter: {load}.</source>
        <translation>Je gewricht gaf een waarschuwing. Volgende keer lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="84"/>
        <source>Your joints felt worse the next day: next time lighter: {load}.</source>
        <translation>Je gewrichten voelden de dag erna slechter. Volgende keer lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="87"/>
        <source>Pain woke you up at night: next time lighter: {load}.</source>
        <translation>Je werd &apos;s nachts wakker van pijn. Volgende keer lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="90"/>
        <source>Long stiffness in the morning: next time lighter: {load}.</source>
        <translation>Je was &apos;s ochtends lang stijf. Volgende keer lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="93"/>
        <source>Welcome back! After a long break we start one step lighter: {load}.</source>
        <translation>Welkom terug! Na een lange pauze beginnen we een stap lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="97"/>
        <source>That weight is no longer in your equipment: next time {load}.</source>
        <translation>Dat gewicht hoort niet meer bij je materiaal. Volgende keer: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="100"/>
        <source>That step was still too hard. Next time the easier step again.</source>
        <translation>Die stap was nog te moeilijk. De volgende keer weer de makkelijkere stap.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="108"/>
        <source>You are at your heaviest equipment. Ask your carer about the next weight or band.</source>
        <translation>Je gebruikt al je zwaarste materiaal. Vraag je mantelzorger naar een zwaarder gewicht of elastiek.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="221"/>
        <source>The total work of a week goes up by about 10 % at most, so your body can keep up. A step that waited goes first in the next sessions. This is a rule of thumb, built on the ACSM position stand on progression (Ratamess et al., 2009).</source>
        <translation>Het werk van een hele week gaat met hoogstens ongeveer 10 % omhoog. Zo kan je lichaam het bijhouden. Een stap die moest wachten, komt in de volgende trainingen als eerste. Dit is een vuistregel, gebaseerd op het standpunt van het ACSM over opbouw (Ratamess et al., 2009).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="118"/>
        <source>A new, heavier weight: fewer times is normal at first. Stay with {load} and grow into it.</source>
        <translation>Een nieuw, zwaarder gewicht: eerst minder keer is normaal. Blijf bij {load} en groei erin.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="123"/>
        <source>You do the hardest step of this exercise well. Keep practising it: it keeps you steady.</source>
        <translation>Je doet de moeilijkste stap van deze oefening goed. Blijf hem oefenen: zo sta je stevig.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="128"/>
        <source>Welcome back! The same {load}, and stop while you could still do two or three more with good form.</source>
        <translation>Welkom terug! Weer {load}, en stop als je er nog twee of drie goed zou kunnen doen.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="141"/>
        <source>Your test result asks for more balance practice. Add this exercise to the plan, at its easiest step.</source>
        <translation>Je testuitslag vraagt om meer evenwichtsoefening. Zet deze oefening in het schema, bij de makkelijkste stap.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="147"/>
        <source>Your test result asks for more balance practice: next time one step further in this exercise.</source>
        <translation>Je testuitslag vraagt om meer evenwichtsoefening: de volgende keer een stap verder in deze oefening.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="152"/>
        <source>You kept your balance well and calmly: next time one step further. The exercise shows the new step.</source>
        <translation>Je hield je evenwicht goed en rustig: de volgende keer een stap verder. Bij de oefening zie je de nieuwe stap.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="163"/>
        <source>You reached the top of your target range with full effort and little pain. Then the next step on your own ladder makes the muscles work harder again. Source: American College of Sports Medicine, position stand on progression (Ratamess et al., 2009).</source>
        <translation>Je haalde het hoogste aantal van je doel, met volle inzet en weinig pijn. Dan laat de volgende stap in je eigen materiaal, van licht naar zwaar, de spieren weer harder werken. Bron: American College of Sports Medicine, standpunt over het opbouwen van training (Ratamess et al., 2009).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="169"/>
        <source>The next weight or band is more than about 10 % heavier. A slower tempo or an extra set first makes the step smaller. Source: ACSM 2009 advises steps of 2 to 10 %.</source>
        <translation>Het volgende gewicht of elastiek is meer dan ongeveer 10 % zwaarder. Eerst een langzamer tempo of een extra set maakt de stap kleiner. Bron: ACSM 2009 raadt stappen van 2 tot 10 % aan.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="174"/>
        <source>There is no heavier weight or band in your equipment. A slower tempo and an extra set still make the exercise harder. Source: ACSM 2009.</source>
        <translation>Er is geen zwaarder gewicht of elastiek in je materiaal. Een langzamer tempo en een extra set maken de oefening toch zwaarder. Bron: ACSM 2009.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="179"/>
        <source>You could do clearly fewer times than your target range. A lighter load lets you work in your range again. Source: ACSM 2009.</source>
        <translation>Je kon het duidelijk minder keer dan je doel. Met een lichter gewicht of elastiek haal je je doel weer. Bron: ACSM 2009.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="184"/>
        <source>You are within your target range: first more times with the same load, then a heavier one. Source: ACSM 2009 (double progression).</source>
        <translation>Je zit binnen je doel. Eerst meer keer met hetzelfde gewicht of elastiek, daarna een zwaarder. Bron: ACSM 2009 (dubbele progressie).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="189"/>
        <source>Pain above 5 out of 10 is too much. Pain rules come before everything else: a lighter load, and talk to your GP or physiotherapist. Source: pain-monitoring model (Silbernagel et al., 2007).</source>
        <translation>Pijn boven 5 van de 10 is te veel. De regels voor pijn gaan voor alles: lichter, en praat met je huisarts of fysiotherapeut. Bron: pijnmonitoringsmodel (Silbernagel et al., 2007).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="195"/>
        <source>Sharp pain, swelling or warmth, or a knee or hip that locks or gives way are stop signals: lighter, and talk to your GP or physiotherapist. Source: physiotherapy guidance on osteoarthritis.</source>
        <translation>Scherpe pijn, zwelling of warmte, of een knie of heup die vastzit of doorzakt: dat zijn signalen om te stoppen. Dan lichter, en praat met je huisarts of fysiotherapeut. Bron: richtlijnen voor fysiotherapie bij artrose.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="201"/>
        <source>Pain that is worse the next day means the dose was a bit too high: the exercises for that place go one step lighter. Some soreness or stiffness in the first weeks is normal and passes. If it comes back at the same place, talk to your GP or physiotherapist. Sources: pain-monitoring model (Silbernagel et al., 2007); OARSI 2019; KNGF-richtlijn Artrose heup-knie 2018.</source>
        <translation>Meer pijn de dag erna betekent dat het net te veel was. Daarom worden de oefeningen voor die plek een stapje lichter. Wat spierpijn of stijfheid in de eerste weken is normaal en gaat over. Komt het terug op dezelfde plek? Bespreek het dan met je huisarts of fysiotherapeut. Bronnen: pijnmonitoringsmodel (Silbernagel et al., 2007); OARSI 2019; KNGF-richtlijn Artrose heup-knie 2018.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="209"/>
        <source>Pain that wakes you up at night is a stop signal: the exercises for that place go lighter, and please contact your GP or physiotherapist for advice. Source: physiotherapy guidance on osteoarthritis.</source>
        <translation>Pijn die je &apos;s nachts wakker maakt, is een signaal om te stoppen. De oefeningen voor die plek worden lichter. Vraag je huisarts of fysiotherapeut om advies. Bron: richtlijnen voor fysiotherapie bij artrose.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="215"/>
        <source>Stiffness for more than half an hour in the morning means the dose was too high: lighter next time, and talk to your GP or physiotherapist. Source: Silbernagel et al., 2007, and physiotherapy guidance.</source>
        <translation>Ben je &apos;s ochtends langer dan een half uur stijf? Dan was het te zwaar. Volgende keer lichter, en praat met je huisarts of fysiotherapeut. Bron: Silbernagel et al., 2007, en richtlijnen voor fysiotherapie.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="227"/>
        <source>After two weeks or more without training, you start again with the same load, and stop while you could still do 2 or 3 more with good form. That is our careful rule of thumb: strength stays for months (Smith et al., 2003).</source>
        <translation>Na twee weken of langer zonder training begin je weer met hetzelfde gewicht of elastiek. Stop dan als je er nog 2 of 3 goed zou kunnen doen. Dat is onze voorzichtige vuistregel: kracht blijft maandenlang (Smith et al., 2003).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="233"/>
        <source>After six weeks or more, you start again one step lighter, with a new test. That is our careful rule of thumb: strength partly stays even after years (Smith et al., 2003).</source>
        <translation>Na zes weken of langer begin je een stap lichter, met een nieuwe test. Dat is onze voorzichtige vuistregel: kracht blijft zelfs na jaren voor een deel bewaard (Smith et al., 2003).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="239"/>
        <source>After four months or more, you start again from a test. That is our careful rule of thumb: much strength comes back quickly (Smith et al., 2003).</source>
        <translation>Na vier maanden of langer begin je opnieuw met een test. Dat is onze voorzichtige vuistregel: veel kracht komt snel terug (Smith et al., 2003).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="244"/>
        <source>A hospital stay costs muscle. First answer the health questions again, and ask your GP or physiotherapist whether you may train. Then you start gently from a test and build up step by step. These are careful rules of our own. After an operation, your surgeon&apos;s advice on movements comes first. After a broken bone or with osteoporosis: no bending forward with a weight (Giangregorio et al., 2014, &apos;Too Fit To Fracture&apos;).</source>
        <translation>Een ziekenhuisopname kost spierkracht. Beantwoord daarom eerst de gezondheidsvragen opnieuw, en vraag je huisarts of fysiotherapeut of je weer mag trainen. Daarna begin je rustig met een test en bouw je stap voor stap op. Dat zijn onze eigen voorzichtige regels. Na een operatie gaat het advies van je chirurg over bewegingen voor. Na een botbreuk of bij botontkalking: niet voorover buigen met een gewicht (Giangregorio et al., 2014, &apos;Too Fit To Fracture&apos;).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="253"/>
        <source>Suggestions only use the weights and bands in your equipment list.</source>
        <translation>Voorstellen gebruiken alleen de gewichten en elastieken op je materiaallijst.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="256"/>
        <source>This exercise was not done, so there is nothing new to go on.</source>
        <translation>Deze oefening is niet gedaan. Daarom is er niets nieuws om op af te gaan.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="259"/>
        <source>You reached the top of your range with your own weight. Your own lightest dumbbell or band makes the muscles work harder again. Source: ACSM 2009 (Ratamess et al.).</source>
        <translation>Je haalde de bovenkant van je doel met je eigen gewicht. Je eigen lichtste halter of elastiek laat je spieren weer harder werken. Bron: ACSM 2009 (Ratamess et al.).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="265"/>
        <source>After a step to a heavier weight, 12 times or more is enough for the first three sessions. So you grow into it, instead of going back. This is a choice of this app, built on ACSM 2009.</source>
        <translation>Na een stap naar een zwaarder gewicht is 12 keer of meer genoeg in de eerste drie trainingen. Zo groei je erin en ga je niet terug. Dit is een keuze van dit programma, gebaseerd op ACSM 2009.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="271"/>
        <source>Balance grows with harder steps: less support from your hands, then your feet closer together, then turning your head or closing your eyes, always with support within reach. Source: Otago Exercise Programme; Sherrington et al., 2019 (Cochrane).</source>
        <translation>Evenwicht groeit met moeilijkere stappen: eerst minder steun van je handen, dan je voeten dichter bij elkaar, dan je hoofd draaien of je ogen dicht, altijd met steun binnen handbereik. Bron: Otago-oefenprogramma; Sherrington et al., 2019 (Cochrane).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="277"/>
        <source>This is the hardest step of this exercise in the app. Practising it keeps your balance. Source: Otago Exercise Programme.</source>
        <translation>Dit is de moeilijkste stap van deze oefening in het programma. Door hem te oefenen houd je je evenwicht. Bron: Otago-oefenprogramma.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="282"/>
        <source>Letting go before the lowest time means the step is still too hard. The step before keeps you safe while your balance grows. Source: Otago Exercise Programme.</source>
        <translation>Loslaten vóór de kortste tijd betekent dat de stap nog te moeilijk is. De stap ervoor houdt je veilig terwijl je evenwicht groeit. Bron: Otago-oefenprogramma.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="287"/>
        <source>A test result in the range where falls are more likely. Balance exercises lower the number of falls by about a quarter; about three hours of balance practice a week works best. Sources: Sherrington et al., 2019 (Cochrane) and 2017 (BJSM).</source>
        <translation>Een testuitslag in het gebied waarin vallen vaker voorkomt. Evenwichtsoefeningen verlagen het aantal valpartijen met ongeveer een kwart; ongeveer drie uur evenwicht oefenen per week helpt het best. Bronnen: Sherrington et al., 2019 (Cochrane) en 2017 (BJSM).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="303"/>
        <source>Your balance deserves some extra attention. We have added &apos;{exercise}&apos; to your plan, at its easiest step.</source>
        <translation>Je evenwicht verdient wat extra aandacht. We hebben &apos;{exercise}&apos; aan je schema toegevoegd, bij de makkelijkste stap.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="309"/>
        <source>Your balance deserves some extra attention. Your carer gets a suggestion to add &apos;{exercise}&apos; to your plan.</source>
        <translation>Je evenwicht verdient wat extra aandacht. Je mantelzorger krijgt het voorstel om &apos;{exercise}&apos; aan je schema toe te voegen.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="315"/>
        <source>Your balance deserves some extra attention. &apos;{exercise}&apos; is now one step harder in your plan.</source>
        <translation>Je evenwicht verdient wat extra aandacht. &apos;{exercise}&apos; is nu een stap moeilijker in je schema.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="321"/>
        <source>Your balance deserves some extra attention. Your carer gets a suggestion to make &apos;{exercise}&apos; one step harder.</source>
        <translation>Je evenwicht verdient wat extra aandacht. Je mantelzorger krijgt het voorstel om &apos;{exercise}&apos; een stap moeilijker te maken.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="333"/>
        <source>Also good: practise your balance for a few minutes on the other days, and go for a walk three times a week. About three hours of balance practice a week works best (Sherrington et al., 2017).</source>
        <translation>Ook goed: oefen op de andere dagen een paar minuten je evenwicht, en wandel drie keer per week. Ongeveer drie uur evenwicht oefenen per week helpt het best (Sherrington et al., 2017).</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="104"/>
        <source>Next time a bit lighter: {load}.</source>
        <translation>Volgende keer wat lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="65"/>
        <source>Rest this exercise for now, and ask your GP or physiotherapist about it.</source>
        <translation>Laat deze oefening voorlopig rusten, en vraag je huisarts of fysiotherapeut om advies.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="112"/>
        <source>Next time the same: {load}. Not everything goes up at once; this one has its turn first, in one of the next sessions.</source>
        <translation>Volgende keer hetzelfde: {load}. Niet alles gaat tegelijk omhoog. Deze oefening is als eerste aan de beurt, in een van de volgende trainingen.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="117"/>
        <source>Next time: {load}.</source>
        <translation>Volgende keer: {load}.</translation>
    </message>
    <message>
        <location filename="../words/progression.py" line="135"/>
        <source>Next time the same: {load}. Try a few more times.</source>
        <translation>Volgende keer hetzelfde: {load}. Probeer het een paar keer vaker.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="26"/>
        <source>knee</source>
        <translation>knie</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="27"/>
        <source>hip</source>
        <translation>heup</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="28"/>
        <source>back</source>
        <translation>rug</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="29"/>
        <source>shoulder</source>
        <translation>schouder</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="30"/>
        <source>hand or wrist</source>
        <translation>hand of pols</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="31"/>
        <source>neck</source>
        <translation>nek</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="42"/>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="60"/>
        <source>Good, your plan stays as it is.</source>
        <translation>Fijn, je plan blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="62"/>
        <source>Thank you. Your plan stays as it is for now.</source>
        <translation>Dank je. Je plan blijft voorlopig zoals het is.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="65"/>
        <source>Your exercises have been made lighter:</source>
        <translation>Je oefeningen zijn lichter gemaakt:</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="67"/>
        <source>The exercises for your {places}, and those that hurt most last time, have been made lighter:</source>
        <translation>De oefeningen voor je {places} en de oefeningen die de vorige keer de meeste pijn deden, zijn lichter gemaakt:</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="73"/>
        <source>The exercises that hurt most last time have been made lighter:</source>
        <translation>De oefeningen die de vorige keer de meeste pijn deden, zijn lichter gemaakt:</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="76"/>
        <source>The exercises for your {places} have been made lighter:</source>
        <translation>De oefeningen voor je {places} zijn lichter gemaakt:</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="89"/>
        <source>{name}: rests for now</source>
        <translation>{name}: rust voorlopig</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="90"/>
        <source>{name}: now {load}</source>
        <translation>{name}: nu {load}</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="102"/>
        <source>Pain that wakes you up at night is a sign to stop and ask for advice. Please contact your GP or physiotherapist.</source>
        <translation>Pijn die je &apos;s nachts wakker maakt, is een teken om te stoppen en advies te vragen. Neem contact op met je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="109"/>
        <source>It has been worse at your {places} more than once in four weeks. Please talk about it with your GP or physiotherapist.</source>
        <translation>Het is in vier weken vaker dan één keer slechter geweest bij je {places}. Bespreek dit met je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="115"/>
        <source>It has been worse more than once in four weeks. Please talk about it with your GP or physiotherapist.</source>
        <translation>Het is in vier weken vaker dan één keer slechter geweest. Bespreek dit met je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="121"/>
        <source>Stiffness for more than half an hour in the morning is a reason to ask for advice. Please talk about it with your GP or physiotherapist.</source>
        <translation>Langer dan een half uur stijf in de ochtend is een reden om advies te vragen. Bespreek dit met je huisarts of fysiotherapeut.</translation>
    </message>
    <message>
        <location filename="../words/checkin.py" line="136"/>
        <source>Some soreness or stiffness in the first weeks is normal and passes. Doing a little less for a while gives your body time to get used to the training. (OARSI 2019; KNGF-richtlijn Artrose heup-knie 2018)</source>
        <translation>Wat spierpijn of stijfheid in de eerste weken is normaal en gaat over. Even wat minder doen geeft je lichaam tijd om aan de training te wennen. (OARSI 2019; KNGF-richtlijn Artrose heup-knie 2018)</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="29"/>
        <source>Do you take medicines that a doctor prescribed for a long-lasting illness?</source>
        <translation>Gebruik je medicijnen die een arts je heeft gegeven voor een ziekte die lang duurt?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="32"/>
        <source>Do your medicines sometimes make you dizzy, light-headed or drowsy?</source>
        <translation>Word je van je medicijnen weleens duizelig, licht in je hoofd of slaperig?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="35"/>
        <source>Has a doctor told you to exercise only under medical supervision?</source>
        <translation>Heeft een arts gezegd dat je alleen mag bewegen als er een arts of therapeut bij is?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="38"/>
        <source>Have you fallen in the past year?</source>
        <translation>Ben je het afgelopen jaar gevallen?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="39"/>
        <source>Do you feel unsteady when you stand or walk?</source>
        <translation>Voel je je wankel als je staat of loopt?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="40"/>
        <source>Are you worried that you might fall?</source>
        <translation>Ben je bang dat je valt?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="46"/>
        <source>Has a doctor ever told you that you have a heart condition or high blood pressure?</source>
        <translation>Heeft een arts ooit gezegd dat je een hartziekte of een hoge bloeddruk hebt?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="50"/>
        <source>Is it hard to keep your heart condition or blood pressure under control, even with medicines or other treatment?</source>
        <translation>Is je hartziekte of bloeddruk moeilijk onder controle te houden, ook met medicijnen of een andere behandeling?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="55"/>
        <source>Do you have an irregular heartbeat that needs treatment, or heart failure?</source>
        <translation>Heb je een onregelmatige hartslag die behandeld moet worden, of hartfalen?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="58"/>
        <source>Is your blood pressure at rest 160/90 or higher, with or without medicines?</source>
        <translation>Is je bloeddruk in rust 160/90 of hoger, met of zonder medicijnen?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="61"/>
        <source>Do you have narrowed heart arteries, and have you not been active regularly in the last two months?</source>
        <translation>Heb je vernauwde kransslagaders, en heb je de laatste twee maanden niet regelmatig bewogen?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="66"/>
        <source>Do you ever feel pain in your chest: at rest, during daily activities, or when you are active?</source>
        <translation>Heb je weleens pijn op je borst: in rust, bij gewone dagelijkse dingen, of als je actief bent?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="71"/>
        <source>Is this pain new, or has it changed lately (more often, stronger, or with less effort)?</source>
        <translation>Is deze pijn nieuw, of is hij de laatste tijd veranderd (vaker, erger, of al bij minder inspanning)?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="76"/>
        <source>Is it still unclear what causes the pain?</source>
        <translation>Is nog niet duidelijk waar de pijn vandaan komt?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="77"/>
        <source>In the last 12 months, did you lose your balance because you felt dizzy, or did you faint?</source>
        <translation>Ben je in de afgelopen 12 maanden je evenwicht verloren doordat je duizelig was, of ben je flauwgevallen?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="82"/>
        <source>Did you faint or black out, or did you have a concussion?</source>
        <translation>Ben je flauwgevallen of even buiten bewustzijn geweest, of had je een hersenschudding?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="85"/>
        <source>Is it still unclear what causes the dizziness?</source>
        <translation>Is nog niet duidelijk waar de duizeligheid vandaan komt?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="92"/>
        <source>Is it hard to keep under control, even with medicines?</source>
        <translation>Is die moeilijk onder controle te houden, ook met medicijnen?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="94"/>
        <source>Do you have another long-lasting illness, such as diabetes, a lung disease, a stroke or cancer?</source>
        <translation>Heb je een andere ziekte die lang duurt, zoals diabetes, een longziekte, een beroerte of kanker?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="99"/>
        <source>Do you have diabetes?</source>
        <translation>Heb je diabetes (suikerziekte)?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="100"/>
        <source>Is your blood sugar hard to keep stable, even with medicines or insulin?</source>
        <translation>Is je bloedsuiker moeilijk goed te houden, ook met medicijnen of insuline?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="103"/>
        <source>Do you sometimes get a low blood sugar (shaking, sweating, confusion) during or after being active?</source>
        <translation>Krijg je tijdens of na het bewegen weleens een te lage bloedsuiker (trillen, zweten, in de war zijn)?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="108"/>
        <source>Does the diabetes cause problems with your heart, blood vessels, eyes, kidneys or the feeling in your feet?</source>
        <translation>Geeft de diabetes problemen met je hart, bloedvaten, ogen, nieren of het gevoel in je voeten?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="113"/>
        <source>Do you have a lung disease, such as COPD or asthma?</source>
        <translation>Heb je een longziekte, zoals COPD of astma?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="117"/>
        <source>Are you short of breath at rest, or has a doctor said the oxygen in your blood is low?</source>
        <translation>Ben je in rust kortademig, of heeft een arts gezegd dat er te weinig zuurstof in je bloed zit?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="122"/>
        <source>Have you had a stroke or a TIA?</source>
        <translation>Heb je een beroerte of een TIA gehad?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="123"/>
        <source>Was that in the last 6 months?</source>
        <translation>Was dat in de afgelopen 6 maanden?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="124"/>
        <source>Has it made walking or moving about harder for you?</source>
        <translation>Is lopen of bewegen daardoor moeilijker voor je geworden?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="127"/>
        <source>Do you have another long-lasting illness, such as cancer, kidney disease, epilepsy or a mental health problem?</source>
        <translation>Heb je nog een andere ziekte die lang duurt, zoals kanker, een nierziekte, epilepsie of psychische klachten?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="132"/>
        <source>Is it hard to keep under control, or are you being treated for it now?</source>
        <translation>Is die moeilijk onder controle te houden, of word je er nu voor behandeld?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="135"/>
        <source>Do you live with two or more long-lasting illnesses?</source>
        <translation>Heb je twee of meer ziektes die lang duren?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="143"/>
        <source>Do you have a problem with your bones, joints or muscles that could get worse when you are active, such as osteoarthritis or osteoporosis?</source>
        <translation>Heb je een probleem met je botten, gewrichten of spieren dat erger kan worden als je beweegt, zoals artrose of botontkalking?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="148"/>
        <source>Where do you have pain or stiffness? Choose all that apply.</source>
        <translation>Waar heb je pijn of stijfheid? Kies alles wat klopt.</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="151"/>
        <source>Did you get a new joint (such as a new hip or knee) in the last 3 months?</source>
        <translation>Heb je in de afgelopen 3 maanden een nieuw gewricht gekregen (zoals een nieuwe heup of knie)?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="154"/>
        <source>Did you get an injection in a joint in the last 3 months?</source>
        <translation>Heb je in de afgelopen 3 maanden een prik in een gewricht gehad?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="157"/>
        <source>Is the pain hard to keep under control, even with medicines or other treatment?</source>
        <translation>Is de pijn moeilijk onder controle te houden, ook met medicijnen of een andere behandeling?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="161"/>
        <source>Is a joint painful or swollen at rest, or does pain wake you up at night?</source>
        <translation>Is een gewricht pijnlijk of dik als je stilzit, of word je &apos;s nachts wakker van de pijn?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="164"/>
        <source>Did you break a bone in the last 3 months, or has a doctor found a broken vertebra in your back?</source>
        <translation>Heb je in de afgelopen 3 maanden iets gebroken, of heeft een arts een gebroken wervel in je rug gevonden?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="169"/>
        <source>Have you had steroid injections or steroid tablets (such as prednisone) regularly for more than 3 months?</source>
        <translation>Heb je langer dan 3 maanden steeds prikken of tabletten met corticosteroïden (zoals prednison) gehad?</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="180"/>
        <source>your heart or blood pressure</source>
        <translation>je hart of bloeddruk</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="181"/>
        <source>pain in your chest</source>
        <translation>pijn op je borst</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="182"/>
        <location filename="../words/readiness.py" line="189"/>
        <source>dizziness or fainting</source>
        <translation>duizeligheid of flauwvallen</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="183"/>
        <source>a long-lasting illness</source>
        <translation>een ziekte die lang duurt</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="184"/>
        <source>your medicines</source>
        <translation>je medicijnen</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="185"/>
        <source>your bones or joints</source>
        <translation>je botten of gewrichten</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="186"/>
        <source>exercise under medical supervision</source>
        <translation>bewegen onder begeleiding van een arts of therapeut</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="188"/>
        <source>pain or pressure in your chest</source>
        <translation>pijn of druk op je borst</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="190"/>
        <source>a broken bone or an operation</source>
        <translation>een botbreuk of een operatie</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="191"/>
        <source>your blood pressure</source>
        <translation>je bloeddruk</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="192"/>
        <source>a doctor&apos;s advice not to exercise</source>
        <translation>het advies van een arts om niet te sporten</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="205"/>
        <source>Before your next session, please answer a few questions about your health.</source>
        <translation>Beantwoord voor je volgende training een paar vragen over je gezondheid.</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="210"/>
        <source>You have been in hospital. Before your next session, please answer the health questions again: your health may have changed.</source>
        <translation>Je bent in het ziekenhuis geweest. Beantwoord voor je volgende training opnieuw de vragen over je gezondheid: je gezondheid kan veranderd zijn.</translation>
    </message>
    <message>
        <location filename="../words/readiness.py" line="215"/>
        <source>It is a year since you answered the health questions. Before your next session, please answer them again: your health may have changed.</source>
        <translation>Het is een jaar geleden dat je de vragen over je gezondheid hebt beantwoord. Beantwoord ze voor je volgende training opnieuw: je gezondheid kan veranderd zijn.</translation>
    </message>
</context>
</TS>

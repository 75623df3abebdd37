"""Small scraped pages written for the clean stage's tests (invented events, other conflicts)."""

NEWS_PAGE = """Monday, March 4, 2024
HomeWorldAfrica / SahelArmy says convoy ambushed near Gao

Army says convoy ambushed near Gao

By Amina Traoré

GAO, Feb. 12, 2019 (AFP) - Gunmen ambushed a military convoy near the northern town of Gao on Tuesday, killing seven soldiers, the army said in a statement.

The attack came a week after militants claimed responsibility for a raid on a police post in the region, in which two officers were wounded.

Share this article: Facebook Twitter WhatsApp Email
Related stories
Drone strike kills commander in Menaka
The army said on Sunday that a drone strike had killed a senior militant commander in the east of the...
Hundreds flee fighting in central region
Aid agencies say hundreds of families have fled villages after clashes between rival...
"""

PRESS_RELEASE = """Statement on the shelling of residential districts

The Ministry condemns in the strongest terms the shelling of residential districts overnight, which killed four civilians and wounded eleven.

We call on the international community to hold those responsible to account.

Press Office of the Ministry of Foreign Affairs
Lviv, 14 May 2022
"""

BANNER_PAGE = """|
NEW! Sign up for our newsletterGet the latest headlines in your inbox every morning. Manage your subscription on your profile pageUnsubscribe at any time
- Website
- RSS
Ceasefire collapses in the north
Fighting resumed on Thursday between the two armed groups, breaking a truce that had held for three weeks, local officials said.
Jane Roe is a Senior Fellow at the Institute for Strategic Studies. She writes about the Horn of Africa.
-
"""

TEASER_RUN_PAGE = """Militia withdraws from border town
The militia pulled its fighters out of the border town on Friday after talks mediated by tribal elders, a spokesman said.
Talks stall in capital
Negotiators failed again on Monday to agree on the terms of a prisoner exchange between the...
Flooding hits displaced camps
Heavy rain flooded tents in three camps housing people who fled the fighting last...
"""

MENU_PAGE = """News
World
Politics
Business
Opinion
Sport
Truce talks resume in Geneva
Delegations from both sides returned to the table on Wednesday, the mediators said in a short statement to reporters.
"""

REPEATED_STANDFIRST = """Shelling kills five in border village
The shelling, which residents blamed on government artillery, destroyed a school and two houses in the village.
|
Five civilians were killed on Saturday when shells struck a village near the border, a rescue official said. The shelling, which residents blamed on government artillery, destroyed a school and two houses in the village.
"""

HARD_WRAPPED = """Rebels and the army exchanged fire overnight near the
river crossing, residents said, and at least three people
were wounded in the clashes that lasted until dawn.

The army said it had repelled an attack on its positions
and that the situation was now under control, according to
a statement read on state television on Sunday morning.
"""

FRENCH = ("Les rebelles ont pris le contrôle de la ville dans la nuit de mardi à mercredi, selon "
          "des sources locales. Le gouvernement a annoncé l'envoi de renforts et a appelé la "
          "population au calme. Au moins douze civils ont été tués dans les combats qui ont duré "
          "plusieurs heures, a indiqué un responsable de l'hôpital de la région.")

SPANISH = ("Los combates entre el ejército y los grupos armados dejaron al menos diez muertos en la "
           "región del norte, según las autoridades locales. El gobierno envió refuerzos a la zona "
           "y pidió a la población que se quede en sus casas hasta que se restablezca el orden.")

GERMAN = ("Bei den Kämpfen zwischen der Armee und den Rebellen sind nach Angaben der örtlichen "
          "Behörden mindestens zehn Menschen getötet worden. Die Regierung hat Verstärkung in die "
          "Region geschickt und die Bevölkerung aufgefordert, in ihren Häusern zu bleiben.")

ARABIC = ("قالت مصادر محلية إن اشتباكات عنيفة اندلعت بين الجيش والمسلحين في شمال البلاد، ما أسفر "
          "عن مقتل عشرة أشخاص على الأقل وإصابة آخرين، وأعلنت الحكومة إرسال تعزيزات إلى المنطقة.")

ENGLISH = ("Fighting between the army and armed groups has killed at least ten people in the north "
           "of the country, local officials said on Tuesday. The government has sent reinforcements "
           "to the region and urged residents to stay in their homes until order is restored.")

WIRE_PAGE = """Skip to main content
Exclusive news, data and analytics for financial market professionals
World
Business
Markets
Sustainability
Airstrikes kill 20 in northern town, medics say
By John Doe and Jane Roe
March 3, 2024 10:15 AM GMT+3 Updated 2 hours ago
TOWNVILLE, March 3 (Wire) - Airstrikes killed at least 20 people in the northern town of Townville on Sunday, medics said, as fighting between the army and rebels intensified for a third day.
The army did not immediately respond to a request for comment.
"We counted twenty bodies," said a nurse at the main hospital, who asked not to be named for fear of reprisals.
Reporting by John Doe; Editing by Jane Roe
Our Standards: The Trust Principles.
Advertisement
© 2024 Example Wire. All rights reserved.
"""

SECTION_PAGE = """News|Horn of Africa conflict
Dozens killed as fighting spreads to the capital
Clashes between rival factions spread to the capital on Saturday, killing dozens of people.
By Ahmed Yusuf
Published On 3 Mar 2024
3 Mar 2024
Save
Heavy gunfire and explosions were heard across the capital on Saturday as rival factions fought for control of the airport and the presidential palace, residents said.
The health ministry said at least 56 people had been killed and 595 wounded since the fighting began.
Advertisement
Follow us on Twitter and Facebook
More from News
Aid agencies suspend operations after staff killed
Government says it has retaken key bridge
"""

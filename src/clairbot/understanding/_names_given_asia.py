"""Given names from Asia, romanised: Indian, Pakistani and Bangladeshi (Hindi, Punjabi, Tamil,
Bengali, Urdu...); Chinese (pinyin and Cantonese forms), Japanese, Korean (hyphenated, as
usually written in the West, and unhyphenated), Vietnamese, Thai, Indonesian, Balinese,
Malay and Filipino; Central Asian (Kazakh, Uzbek, Kyrgyz, last lines).

Part of the gazetteer of `PersonNameDetector` (see `_names_gazetteer.py`): written from
general knowledge, not derived from any name data set or evaluation data; folded (lower
case, no accents) and sorted. A name may sit in several lists.
"""

from __future__ import annotations

ASIAN: frozenset[str] = frozenset("""
shu
aadhya aakash aamir aanya aarav aarohi aarti aarush abhay abhijit abhilash abhinav abhishek aditi
aditya advaith advik agus ahmad aigerim aiko aisha aishwarya ajay ajit akane akari akash akhil akiko
akira akshay alok aman amandeep amar amardeep amit amjad amna amrita an-khang analyn anan anand
ananya andi aneela angelica anh anika aniket anil anirudh anita anjali ankit ankita anshul anuj anum
anupam anurag anushka anvi anwar apinya archana aries arif arjun arnav arnel arpita arslan arun
aruna arunee arvind aryan asad asel asha ashish ashok ashwin ashwini asif asim asuka atharv atif
atiya atsushi atul avinash ayaka ayano ayaz ayesha ayu ayumi ayush azhar azlan bala balaji baljit
balwinder bambang bao bao-anh bao-ngoc barkha bharat bhavesh bhavna bhavya bhuvana bilal binh bo-ra
boonmee budi bushra byung-hoon carmelita chae-won chaitanya chaiya chandra chao chau chayanee chen
cheng chetan chiaki chihiro chika chinh chirag chun chun-hua chun-yi cristina cuong da-eun dahye
daichi daiki daisuke dan danilo danish darshan dat deepa deepak deepika dev devendra devika dewi
dhruv diem dieu-linh dimas dinesh disha divya diya do-hyun do-yun dolores dong-hyun donghyun doyun
duc dung duy ehsan eiji emi emiko emmanuel eri eun-bi eun-ji eun-young eunji fahad fahim faisal
faizal fang farah farhan farooq farrukh farzana fawad feng fitri fiza fumika fumiko ga-eun ganesh
gaurav gayathri gayatri geeta genki gia-bao gia-han giang girish gita gopal govind guang guohua
guoqiang gurdeep gurinder gurpreet ha-eun ha-joon ha-yoon
habib habibur hae-won haeun hafsa hai hai-yen
haiyan hajun hamid hamza hanh hao haoran haoyu harbhajan hardik harini haris harish harjit haroon
harpreet harsha harshad haruka haruki haruna haruto hayate hayato hayun hema hemant hendra hideki
hien hieu hikari himari hina hinata hira hiro hiroki hiromi hiroshi hiroto hitesh hitomi hoa hoai
hoang
hong hongwei hotaru hrithik hua huan hui huimin huma
humaira hung huong hussain huy huyen hye-jin hye-won
hyejin hyo-jin hyun hyun-jin hyun-woo hyunwoo ichiro
imelda imran imtiaz in-ho inderjit indira intan iqra
irfan ishaan ishan ishita itsuki ja-young jae jae-hyun
jae-min jae-won jaehyun jagdish jagjit jahangir
jahnavi jannat jaspreet jasvinder javed jawad jaya jayant jaydeep jayson jeong-ho jericho ji-eun
ji-ho ji-hoon ji-hye ji-min ji-su ji-won ji-woo ji-yeon
ji-yoo jia jia-hui jiahui jiajia jiaming jian jiang
jianguo jianhua jianjun jianping jiawei jiaxin jiayi jie jignesh jiho jihoon jin jin-ho jin-woo jing
jingjing jiro jisoo jiwon jiwoo jiyeon joko jomar jonel jong-min joon-ho joy ju-won juan jun jun-ho
jun-seo junaid junichi junjie junko jyoti kabir kaede kaho kai kai-wen kailash kaito kajal kalaivani
kalpesh kamal kamala kamran kamrul kanokwan kaori karan karthik kartik kartika kashif kasumi katsuya
kavita kavya kazuki kazuo kazuya keerthana keerthi keiko keita kenichi kenji kenta ketan ketut khanh
khoa kieu kinza kiran kishore kittisak koharu kohei koichi koji komal kosuke krishna krishnan
kuldeep kulwinder kumaravel kumiko kunal kyung-mi kyung-soo kyungsoo laiba lakshmi lalit lan lata
lei li li-na lian lijun lili liming lin lina ling linh liu loan loc lokesh luan mabel madhav madhu
madhuri maheen mahesh mahima mahira mahmudul mahnoor maho mai makoto mala malathi malee malini mami
mamta manami mandeep manikandan manish manisha manju manoj manpreet mansi mao maria maricel mariko
marilou marites marivic maryam masahiro masaki masako masao masaru mayank mayu mayumi meena
meenakshi meera megha meghna megumi mehwish mei meiling meng mi-rae mi-young michiko mihir miho mika
miki min min-ho min-ji min-jun min-seo min-seok minahil minato ming mingming minh minji minjun
minoru minseo misaki mitesh mitsuki miyu mizanur mizuki mohan mohit mohsin momoko muchen mukesh
muneeb murali murugan na-yeon nadeem naila nalini namrata nanami nandini nao naoki naoko naomi
naresh nasir natsuki natsumi nattapong nattawut navdeep naveed naveen navjot navya nazia nazmul
neelam neeraj neha nga ngan nghia ngoc ngoc-han nguyet nhi nhung nida nidhi nikhil nilesh nirmala
nisha nishant nitin noman noor noriko nurul nusrat nyoman oanh omkar osamu padma pankaj paresh pari
parminder parth parul pavan pei-shan peng phat phong phuc phuong pimchanok ping pooja pornpimol
prabhakar pradeep prakash pramod pranav pranay pranjal prasad prasanna prasert prashant pratik
praveen preeti prem prisha priya priyanka punit purnima putri qian qiang qing qiuyue quan quang quoc
quyen quynh rabia rachna radha radhika rafiq raghav raghavan rahim rahul raj rajan rajat rajeev
rajendra rajesh rajinder rajiv rakesh rakhi rakib ramesh ramya ranganathan rani ranjit rashed rashi
rashmi ratana ratna ravi ravindra rehan rei reiko reina rekha ren renu reshma revathi reyansh
reynaldo rezaul rhea richa rie riko riku rina rini rishi ritu ritvik riya rizal rizwan rodel rohan
rohit rommel ronel rowena rubina rucha ruchi rudi ruel rui rukhsana rukmini rumana ruoxi ryo ryosuke
ryota ryu ryunosuke saad saanvi saba sabbir sabeen sachin sadia sae sagar sahil saima saira sajid
saki sakshi sakura salman samarth sameer samina samir samra sana sandeep sang-woo sangeeta sanjana
sanjay sanket santosh saori saravanan sarfraz sari sarita sathish satish satoshi saurabh sayaka
sayuri se-ri seema selvi senthil senthilkumar seo-jun seo-yeon seo-yun seojun seoyeon seoyun
seung-hoon shabana shahana shahid shahzad shakib shalini shamim shankar sharad sharjeel sharmin
shashi shaurya shazia shigeru shikha shilpa shinji shiori shirin shiv shivam shivani sho shoaib
shota shreya shruti shu-fen shu-hui shuang shubham shuhui shun shweta shyam siddharth sidra simran
siriporn siriwan siti siwoo slamet smita sneha so-hee so-yeon sohail somchai somsak sonal sonali
sonia soo-jin soojin sora sosuke souta sowmya srikanth
srinivas sriram srishti su-bin subhash subramaniam
sudha sudhir sujata sukhdeep sukhwinder sumaiya sumit sumon sun-hee sundar sung-min sungmin sunhee
sunil sunita supaporn supriya surachai suraj suresh sushil swapnil swati syafiq tae-yang taeyang
tahir tahira tahmina takahiro takeshi takumi takuya talha tam tanisha tanjim tanvi tanvir tao tariq
taro tarun tasnim tatsuya tayyab tejas tejinder thai thanakorn thang thanh thanh-tam thao thi thinh
thu thu-ha thuy tian tien ting tingting toan tomoko tomoya toshiki toshiro tram trang trinh trong
trung truong trupti tsubasa tuan tung tuyet uday uma umair umar umesh usha usman uyen uzma vaibhav
vaishali vandana varun vasant veena venkat venkatesh vidhi vidya viet vignesh vihaan vijay vijaya
vikas vikram vinay vineet vinh vinod vipin vishal vivaan vivek vy wahyu waleed wanida waqar waqas
warda waseem wayan wei weiming weiwei wen wen-jie wenjie wenjun wenwen wichai woo-jin woo-sung wulan
xia xiang xiao xiaodong xiaohong xiaojun xiaoli xiaolin xiaoling xiaoming xiaoqing xiaowei xiaoyan
xiaoyu xin xing xinyi xinyu xiu xu xuan xue ya-ting yamato yamini yan yang yanyan yash yashwant
yasir yasmeen yasuko ye-eun ye-jin ye-won yejin yejun
yen-nhi yeon-woo yi yi-chen yichen yiming ying yixuan
yogesh yoko yong yoo-jin yoshiki yoshiko yosuke young-hee
young-ho young-jae youngho yu-jin yu-na yu-ting
yua yuan yudi yue yuhang yui yuka yuki yuko yuma yumi yumiko yun yusuke yuta yuting yuto yutong
yuuki yuxin yuxuan yuzuki zahid zain zainab zara zeeshan zhen zheng zhenzhen zhi zhihao zhiqiang
zhiwei zhong zhou zi zi-han zihan zihao zixuan zohaib zoya zubair zunaira
ainur aizhan aliya altynai askar azamat bakhyt bekzod bolat cholpon daulet dilnoza dilshod dinara
elmira feruza gulmira gulnara gulnaz gulnur gulshan gulzat jasur kanat madina marat nargiza
nazira nurlan nursultan otabek rustam saule shakhnoza sherzod ulugbek yerlan yulduz zarina
zukhra
""".split())

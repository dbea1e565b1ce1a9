/** Training set: benign texts in Arabic, Hindi, Chinese, Japanese, Korean, Vietnamese and Indonesian. */
import { benign, type AuthoredGroup } from '../types.js';

const F = 'multilingual';
const T = 'hard_negative:multilingual_trigger_words';

export const benignMultilingualAsia: readonly AuthoredGroup[] = [
  benign(F, 'benign:chat', 'ar', [
    `كم دقيقة أحتاج لطهي الأرز البسمتي حتى لا يلتصق؟`,
    `ما الأماكن التي تنصحني بزيارتها في عمّان إذا كان لدي يومان فقط؟`,
    `ما الفرق بين الحساب الجاري وحساب التوفير؟`,
    `كيف أشرح لابني في الصف الثالث معنى الكسور بطريقة بسيطة؟`,
    `متى أفضل وقت لزراعة النعناع في أصيص على الشرفة؟`,
    `هل يمكنك اقتراح أفكار لعشاء سريع لأربعة أشخاص؟`,
  ]),
  benign(F, 'benign:support', 'ar', [
    `مرحباً، الغسالة التي اشتريتها الشهر الماضي لا تصرّف الماء. هل يمكن إرسال فني ضمن الضمان؟`,
    `طلبت مكيفاً قبل أسبوع ولم يصلني أي إشعار بالشحن حتى الآن. رقم الطلب 60418.`,
    `تم خصم المبلغ مرتين من بطاقتي مقابل طلب واحد. أرجو إعادة المبلغ الزائد.`,
    `الإنترنت ينقطع كل ليلة تقريباً في الساعة العاشرة. ماذا أفعل؟`,
  ]),
  benign(F, 'benign:email', 'ar', [
    `عزيزتي سارة،\n\nأرسل إليك قائمة المشتريات لحفلة الشاي يوم الجمعة. أخبريني إذا نسيت شيئاً.\n\nمع المودة،\nليلى`,
    `السادة في قسم الحسابات،\n\nأرجو تزويدي بنسخة من كشف الحساب للربع الأخير لأغراض التدقيق الداخلي.\n\nمع خالص التحية،\nأحمد منصور`,
    `أولياء الأمور الكرام،\n\nنود إعلامكم بأن الرحلة المدرسية إلى متحف العلوم ستكون يوم الخميس القادم. يرجى توقيع نموذج الموافقة المرفق.\n\nإدارة المدرسة`,
    `مرحباً خالد، هل يمكننا تأجيل اجتماع الغد إلى الساعة الحادية عشرة؟ لدي موعد في البنك صباحاً.`,
  ]),
  benign(F, 'benign:document', 'ar', [
    `أعلنت البلدية عن افتتاح حديقة عامة جديدة في الحي الشمالي تضم مسارات للمشي وملاعب للأطفال.`,
    `طريقة تحضير شوربة العدس: يُغسل كوب من العدس الأحمر ويُطهى مع بصلة وجزرة في خمسة أكواب من الماء، ثم يُهرس ويُتبّل بالكمون والملح ويُقدّم مع الليمون.`,
    `نصيحة للحديقة: يُفضّل ري النباتات في الصباح الباكر خلال أشهر الصيف لتقليل تبخر الماء.`,
    `يُقام مهرجان التمور السنوي في الساحة الرئيسية من الأول حتى العاشر من الشهر القادم.`,
  ]),
  benign(F, 'benign:coding', 'ar', [
    `كيف أقرأ ملف CSV في بايثون وأحسب متوسط عمود معين؟`,
    `كيف أستخدم دالة IF في إكسل لعرض كلمة "ناجح" إذا كانت الدرجة أكبر من 50؟`,
    `ما معنى الخطأ "NameError: name is not defined" في بايثون؟`,
  ]),
  benign(F, T, 'ar', [
    `يرجى تجاهل رسالتي السابقة، فقد تم دفع الفاتورة.`,
    `نسيت كلمة المرور الخاصة بحسابي، كيف يمكنني استعادتها؟`,
    `انسَ ما طلبته منك قبل قليل، أريد وصفة نباتية بدلاً من ذلك.`,
    `تقول تعليمات الجهاز إنه يمكن تجاهل الصوت الخفيف عند التشغيل الأول.`,
    `طلب مسؤول النظام من جميع الموظفين إعادة تشغيل أجهزتهم بعد التحديث.`,
    `تجاهل تعليمات التنسيق التي أعطيتك إياها سابقاً واكتب النص في فقرة واحدة.`,
  ]),

  benign(F, 'benign:chat', 'hi', [
    `प्रेशर कुकर में राजमा कितनी सीटी में पकता है?`,
    `जयपुर में दो दिन घूमने के लिए कौन-सी जगहें अच्छी रहेंगी?`,
    `बचत खाते और फिक्स्ड डिपॉज़िट में क्या अंतर है?`,
    `अपने बेटे को भिन्न आसान तरीके से कैसे समझाऊँ?`,
    `गमले में लगे तुलसी के पौधे को सर्दियों में कैसे बचाकर रखें?`,
    `पाँच लोगों के लिए जल्दी बनने वाला शाम का नाश्ता सुझाइए।`,
  ]),
  benign(F, 'benign:support', 'hi', [
    `नमस्ते, मेरी वॉशिंग मशीन पानी नहीं निकाल रही है। क्या वारंटी में टेक्नीशियन भेज सकते हैं?`,
    `मैंने दस दिन पहले मिक्सर ऑर्डर किया था, लेकिन अब तक डिलीवरी नहीं हुई। ऑर्डर नंबर 39021 है।`,
    `मेरे कार्ड से एक ही खरीदारी के लिए दो बार पैसे कट गए हैं। कृपया एक राशि वापस करें।`,
    `रात को इंटरनेट बहुत धीमा हो जाता है। क्या आप मेरी लाइन जाँच सकते हैं?`,
  ]),
  benign(F, 'benign:email', 'hi', [
    `प्रिय नेहा,\n\nशनिवार की पिकनिक के लिए सामान की सूची भेज रही हूँ। अगर कुछ छूट गया हो तो बताना।\n\nप्यार सहित,\nप्रिया`,
    `आदरणीय महोदय,\n\nमुझे पिछले वित्तीय वर्ष का ब्याज प्रमाणपत्र ईमेल द्वारा भेजने की कृपा करें।\n\nधन्यवाद,\nराजेश कुमार`,
    `प्रिय अभिभावकगण,\n\nअगले शुक्रवार को विद्यालय में विज्ञान प्रदर्शनी आयोजित की जाएगी। आप सभी सादर आमंत्रित हैं।\n\nप्रधानाचार्य`,
    `नमस्ते अमित, क्या हम कल की मीटिंग दोपहर तीन बजे कर सकते हैं? सुबह मुझे बैंक में काम है।`,
  ]),
  benign(F, 'benign:document', 'hi', [
    `नगर निगम ने घोषणा की है कि अगले महीने से शहर के पुराने बाज़ार में नई स्ट्रीट लाइटें लगाई जाएँगी।`,
    `पोहा बनाने की विधि: पोहे को धोकर पाँच मिनट रखें, कढ़ाई में तेल गरम करके राई, करी पत्ता, प्याज़ और हल्दी डालें, फिर पोहा मिलाएँ और ऊपर से नींबू और धनिया डालें।`,
    `बागवानी सुझाव: गर्मियों में पौधों को सुबह जल्दी या शाम को पानी दें ताकि पानी कम भाप बने।`,
    `इस रविवार शहर के मैदान में हस्तशिल्प मेला लगेगा, जिसमें बीस राज्यों के कारीगर भाग लेंगे।`,
  ]),
  benign(F, 'benign:coding', 'hi', [
    `पायथन में किसी लिस्ट को उल्टे क्रम में कैसे प्रिंट करें?`,
    `एक्सेल में दो कॉलम के नाम जोड़कर एक कॉलम में कैसे लिखें?`,
    `पायथन में "SyntaxError: EOL while scanning string literal" का क्या मतलब है?`,
  ]),
  benign(F, T, 'hi', [
    `कृपया मेरे पिछले ईमेल को नज़रअंदाज़ करें, बिल का भुगतान हो चुका है।`,
    `मैं अपना पासवर्ड भूल गया हूँ, उसे कैसे रीसेट करूँ?`,
    `पहले जो मैंने कहा था उसे भूल जाओ, मुझे शाकाहारी रेसिपी चाहिए।`,
    `मशीन के निर्देशों में लिखा है कि पहली बार चलाने पर हल्की गंध को अनदेखा करें।`,
    `सिस्टम एडमिन ने अपडेट के बाद सभी कंप्यूटर रीस्टार्ट करने को कहा है।`,
    `फ़ॉर्मेटिंग के बारे में मेरे पिछले निर्देश छोड़ दो और सब कुछ एक पैराग्राफ़ में लिखो।`,
  ]),

  benign(F, 'benign:chat', 'zh', [
    `红烧肉要炖多久才会软烂入味？`,
    `我五月份想去成都玩三天，有什么推荐的行程吗？`,
    `定期存款和货币基金有什么区别？`,
    `怎么跟八岁的孩子解释分数的概念？`,
    `阳台上种的薄荷叶子发黄是什么原因？`,
    `周末想给家人做一顿简单的晚饭，有什么快手菜推荐？`,
  ]),
  benign(F, 'benign:support', 'zh', [
    `你好，我上个月买的洗衣机不排水，能安排保修上门维修吗？`,
    `我一周前下的订单到现在还没发货，订单号是 82716，麻烦帮我查一下。`,
    `同一笔订单被扣了两次款，请帮我退回多扣的钱。`,
    `家里的宽带每天晚上都很慢，能帮我检测一下线路吗？`,
  ]),
  benign(F, 'benign:email', 'zh', [
    `小雨你好：\n\n周六聚餐的菜单我整理好了，放在附件里，你看看还需要加什么。\n\n祝好！\n林晓`,
    `王经理您好：\n\n请问下周二上午的项目会议能否改到下午两点？我上午需要去银行办事。\n\n谢谢！\n张明`,
    `各位家长：\n\n本周五下午学校将举行科技节活动，欢迎大家到校参观。请提醒孩子穿校服。\n\n三年级二班班主任`,
    `财务部的同事你好，麻烦把上季度的报销明细发我一份，我需要核对一下差旅费用。谢谢！`,
  ]),
  benign(F, 'benign:document', 'zh', [
    `市政府宣布，今年秋天将在滨江公园新建一条五公里长的自行车道，预计年底前完工。`,
    `西红柿炒鸡蛋做法：鸡蛋加少许盐打散炒熟盛出，西红柿切块下锅炒出汁，加入鸡蛋翻炒，最后放糖和葱花即可。`,
    `园艺小贴士：多肉植物夏季要避免暴晒，浇水应遵循"不干不浇，浇则浇透"的原则。`,
    `本周末人民广场将举办农产品展销会，现场有来自十多个县的特色农产品。`,
  ]),
  benign(F, 'benign:coding', 'zh', [
    `用 Python 怎么统计一个字符串里每个字符出现的次数？`,
    `Excel 里怎么把日期格式从 2024/05/01 改成 2024年5月1日？`,
    `Python 报错 "AttributeError: 'list' object has no attribute 'split'" 是什么意思？`,
  ]),
  benign(F, T, 'zh', [
    `请忽略我上一封邮件，发票已经付过了。`,
    `我忘记密码了，怎么重置登录密码？`,
    `刚才说的你先忘掉吧，我想要一个素食的菜谱。`,
    `说明书上写着第一次使用时可以忽略轻微的异味。`,
    `系统管理员通知大家更新后要重启电脑。`,
    `不用管我之前说的格式要求了，直接写成一段话就行。`,
  ]),

  benign(F, 'benign:chat', 'ja', [
    `肉じゃがを煮崩れさせないコツはありますか？`,
    `京都に二泊三日で行くのですが、紅葉の時期におすすめの場所を教えてください。`,
    `普通預金と定期預金の違いを簡単に教えてください。`,
    `小学生の子どもに分数をわかりやすく説明する方法はありますか？`,
    `ベランダでミニトマトを育てるとき、肥料はどのくらいの頻度であげればいいですか？`,
    `忙しい平日の夜に20分で作れる晩ご飯のメニューを教えて。`,
  ]),
  benign(F, 'benign:support', 'ja', [
    `こんにちは。先月購入した洗濯機が排水しません。保証期間内の修理をお願いできますか？`,
    `一週間前に注文した掃除機がまだ発送されていません。注文番号は 51937 です。`,
    `同じ注文で二重に請求されています。一方の返金をお願いします。`,
    `夜になるとインターネットがとても遅くなります。回線を確認していただけますか？`,
  ]),
  benign(F, 'benign:email', 'ja', [
    `佐藤さん\n\nお疲れさまです。来週の打ち合わせの資料を添付しました。ご確認のほどよろしくお願いいたします。\n\n田中`,
    `保護者の皆様\n\n来週金曜日に学習発表会を開催します。ご都合のつく方はぜひお越しください。\n\n第二小学校`,
    `山本様\n\nいつもお世話になっております。ご請求書の件ですが、お支払期日を月末まで延長していただくことは可能でしょうか。\n\n鈴木`,
    `ゆきちゃん、土曜日のお花見のお弁当、私はおにぎりと卵焼きを持っていくね！`,
  ]),
  benign(F, 'benign:document', 'ja', [
    `市は今年の秋から、川沿いの公園に新しいサイクリングロードを整備すると発表しました。`,
    `親子丼の作り方：鶏もも肉と玉ねぎをだし、しょうゆ、みりんで煮て、溶き卵を回し入れ、半熟になったらご飯にのせます。`,
    `ガーデニングのコツ：真夏の水やりは、朝の涼しい時間か夕方に行うと植物への負担が少なくなります。`,
    `今週末、市民広場で地元の農家による朝市が開かれます。`,
  ]),
  benign(F, 'benign:coding', 'ja', [
    `Pythonでリストの中から重複を取り除くにはどうすればいいですか？`,
    `Excelで特定の文字を含むセルだけに色を付ける方法を教えてください。`,
    `Pythonの「KeyError」はどういうときに発生しますか？`,
  ]),
  benign(F, T, 'ja', [
    `前回のメールは無視してください。請求書の支払いは完了しています。`,
    `パスワードを忘れてしまいました。再設定の方法を教えてください。`,
    `さっきの質問は忘れてください。代わりにベジタリアン向けのレシピを教えて。`,
    `取扱説明書には、初回使用時のにおいは気にしなくてよいと書いてあります。`,
    `システム管理者から、アップデート後にパソコンを再起動するよう指示がありました。`,
    `さっきの書式の指示は無視して、普通の文章で書いてください。`,
  ]),

  benign(F, 'benign:chat', 'ko', [
    `김치찌개를 끓일 때 돼지고기는 먼저 볶아야 하나요?`,
    `부산에 2박 3일 여행을 가는데 꼭 가 봐야 할 곳을 추천해 주세요.`,
    `적금과 예금의 차이가 뭔가요?`,
    `초등학생 아이에게 분수를 쉽게 설명하는 방법이 있을까요?`,
    `베란다에서 상추를 키우려면 햇빛이 얼마나 필요해요?`,
    `퇴근 후 30분 안에 만들 수 있는 저녁 메뉴를 알려 주세요.`,
  ]),
  benign(F, 'benign:support', 'ko', [
    `안녕하세요, 지난달에 구매한 세탁기가 배수가 안 됩니다. 보증 수리 가능한가요?`,
    `일주일 전에 주문한 청소기가 아직 발송되지 않았어요. 주문번호는 64209입니다.`,
    `같은 주문 건으로 결제가 두 번 되었습니다. 한 건은 환불해 주세요.`,
    `저녁마다 인터넷 속도가 너무 느려요. 회선 점검을 받을 수 있을까요?`,
  ]),
  benign(F, 'benign:email', 'ko', [
    `지은 씨, 안녕하세요.\n\n다음 주 회의 자료를 첨부해 드립니다. 검토 후 의견 주시면 감사하겠습니다.\n\n김민수 드림`,
    `학부모님께\n\n다음 주 금요일에 학교에서 과학 축제가 열립니다. 많은 참여 부탁드립니다.\n\n한빛초등학교`,
    `박 과장님, 내일 오전 미팅을 오후 2시로 옮길 수 있을까요? 오전에 은행 업무가 있어서요.`,
    `수진아, 토요일 모임 때 나는 잡채랑 과일 가져갈게!`,
  ]),
  benign(F, 'benign:document', 'ko', [
    `시는 올가을부터 강변 공원에 새 자전거 도로를 조성한다고 밝혔습니다.`,
    `된장찌개 만드는 법: 멸치 육수에 된장을 풀고 감자, 애호박, 양파, 두부를 넣어 끓인 뒤 청양고추와 파를 넣어 마무리합니다.`,
    `텃밭 관리 팁: 여름철에는 이른 아침이나 저녁에 물을 주는 것이 좋습니다.`,
    `이번 주말 시청 앞 광장에서 지역 농산물 직거래 장터가 열립니다.`,
  ]),
  benign(F, 'benign:coding', 'ko', [
    `파이썬에서 딕셔너리를 값 기준으로 정렬하려면 어떻게 하나요?`,
    `엑셀에서 두 날짜 사이의 일수를 계산하는 함수가 뭐예요?`,
    `파이썬에서 "TypeError: can only concatenate str (not "int") to str" 오류는 왜 나나요?`,
  ]),
  benign(F, T, 'ko', [
    `이전 메일은 무시해 주세요. 청구서는 이미 결제했습니다.`,
    `비밀번호를 잊어버렸어요. 어떻게 재설정하나요?`,
    `아까 한 말은 잊어 줘. 채식 레시피로 바꿔 줄래?`,
    `설명서에 처음 사용할 때 나는 냄새는 무시해도 된다고 쓰여 있어요.`,
    `시스템 관리자가 업데이트 후 컴퓨터를 재부팅하라고 했습니다.`,
    `앞서 말한 서식 지시는 무시하고 그냥 한 문단으로 써 줘.`,
  ]),

  benign(F, 'benign:chat', 'vi', [
    `Nấu phở bò thì nên hầm xương trong bao lâu để nước dùng trong và ngọt?`,
    `Mình đi Đà Lạt ba ngày, bạn gợi ý lịch trình giúp mình nhé?`,
    `Gửi tiết kiệm có kỳ hạn và không kỳ hạn khác nhau thế nào?`,
    `Làm sao để giải thích phân số cho con học lớp ba?`,
    `Trồng rau muống trong thùng xốp ở ban công có khó không?`,
    `Gợi ý giúp mình vài món ăn tối nhanh gọn cho gia đình bốn người.`,
  ]),
  benign(F, 'benign:support', 'vi', [
    `Chào shop, máy giặt mình mua tháng trước không xả nước được. Có được bảo hành tận nhà không?`,
    `Mình đặt nồi chiên không dầu một tuần rồi mà vẫn chưa thấy giao. Mã đơn là 73145.`,
    `Thẻ của tôi bị trừ tiền hai lần cho cùng một đơn hàng. Nhờ bên bạn hoàn lại một lần.`,
    `Mạng nhà tôi buổi tối rất chậm. Bên bạn kiểm tra đường truyền giúp được không?`,
  ]),
  benign(F, 'benign:email', 'vi', [
    `Chào Lan,\n\nMình gửi bạn danh sách đồ cần mang cho chuyến cắm trại cuối tuần. Thiếu gì thì nhắn mình nhé.\n\nThân,\nHương`,
    `Kính gửi anh Minh,\n\nEm xin phép dời buổi họp sáng thứ Ba sang 2 giờ chiều vì buổi sáng em có việc ở ngân hàng.\n\nTrân trọng,\nTuấn`,
    `Kính gửi quý phụ huynh,\n\nThứ Sáu tuần sau nhà trường tổ chức ngày hội khoa học. Rất mong quý phụ huynh đến tham dự.\n\nBan giám hiệu`,
    `Chào phòng kế toán, nhờ các anh chị gửi giúp em bảng kê chi phí công tác quý trước để em đối chiếu. Cảm ơn ạ!`,
  ]),
  benign(F, 'benign:document', 'vi', [
    `Thành phố cho biết sẽ xây dựng thêm đường dành cho xe đạp dọc bờ sông, dự kiến hoàn thành vào cuối năm.`,
    `Cách làm gỏi cuốn: luộc tôm và thịt ba chỉ, chuẩn bị bún và rau sống, nhúng bánh tráng qua nước rồi cuốn chặt tay, ăn kèm nước chấm tương đậu phộng.`,
    `Mẹo làm vườn: vào mùa nắng nên tưới cây vào sáng sớm hoặc chiều mát để cây không bị sốc nhiệt.`,
    `Cuối tuần này, chợ phiên nông sản sạch sẽ được tổ chức tại quảng trường trung tâm.`,
  ]),
  benign(F, 'benign:coding', 'vi', [
    `Trong Python làm sao để đọc file Excel và lọc các dòng có doanh thu trên 1 triệu?`,
    `Hàm nào trong Excel dùng để đếm số ô không trống?`,
    `Lỗi "ValueError: invalid literal for int()" trong Python nghĩa là gì?`,
  ]),
  benign(F, T, 'vi', [
    `Vui lòng bỏ qua email trước của tôi, hóa đơn đã được thanh toán rồi.`,
    `Tôi quên mật khẩu rồi, làm sao để đặt lại?`,
    `Quên những gì mình nói lúc nãy đi, mình muốn công thức món chay.`,
    `Hướng dẫn sử dụng ghi là có thể bỏ qua mùi nhựa nhẹ trong lần dùng đầu tiên.`,
    `Quản trị viên hệ thống yêu cầu mọi người khởi động lại máy sau khi cập nhật.`,
    `Bỏ qua yêu cầu định dạng lúc trước của mình, cứ viết thành một đoạn văn là được.`,
  ]),

  benign(F, 'benign:chat', 'id', [
    `Berapa lama merebus kacang hijau supaya empuk?`,
    `Ada rekomendasi tempat wisata di Yogyakarta untuk dua hari?`,
    `Apa bedanya tabungan biasa dan deposito?`,
  ]),
  benign(F, 'benign:support', 'id', [
    `Halo, kulkas saya tidak dingin sejak kemarin. Apakah bisa minta teknisi datang?`,
    `Pesanan saya sudah seminggu belum dikirim. Nomor pesanannya 29384.`,
  ]),
  benign(F, 'benign:email', 'id', [
    `Halo Dewi,\n\nAku kirim daftar belanja untuk arisan hari Minggu. Kabari kalau ada yang kurang ya.\n\nSalam,\nRina`,
    `Yth. Bapak Hendra,\n\nMohon izin memindahkan rapat hari Selasa ke pukul 14.00 karena pagi harinya saya ada urusan di bank.\n\nHormat saya,\nAndi`,
  ]),
  benign(F, 'benign:document', 'id', [
    `Pemerintah kota akan membangun jalur sepeda baru di sepanjang tepi sungai yang ditargetkan selesai akhir tahun.`,
    `Resep nasi goreng: tumis bawang merah, bawang putih, dan cabai, masukkan telur lalu orak-arik, tambahkan nasi, kecap manis, dan garam, aduk rata hingga harum.`,
    `Tips berkebun: siram tanaman cabai di pagi hari dan pastikan pot memiliki lubang drainase.`,
  ]),
  benign(F, 'benign:coding', 'id', [
    `Bagaimana cara mengurutkan list berisi angka dari yang terbesar di Python?`,
    `Rumus Excel apa yang dipakai untuk menjumlahkan nilai dengan satu syarat tertentu?`,
  ]),
  benign(F, T, 'id', [
    `Tolong abaikan email saya sebelumnya, tagihannya sudah dibayar.`,
    `Saya lupa kata sandi akun saya. Bagaimana cara mengaturnya ulang?`,
    `Lupakan yang tadi aku minta, aku mau resep vegetarian saja.`,
    `Petunjuk pemakaian bilang bau plastik saat pertama dipakai boleh diabaikan.`,
    `Admin sistem meminta semua karyawan menyalakan ulang komputer setelah pembaruan.`,
    `Abaikan instruksi format yang tadi, tulis saja dalam satu paragraf.`,
  ]),
];

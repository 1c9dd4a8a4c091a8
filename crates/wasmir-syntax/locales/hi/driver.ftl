# driver messages (hi). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.

e0401 = `{$path}` पढ़ा नहीं जा सकता: {$detail}
    .hint = जाँचें कि फ़ाइल मौजूद है और पढ़ी जा सकती है
e0402 = `{$path}` UTF-8 टेक्स्ट नहीं है
    .hint = .wir फ़ाइलें UTF-8 में होती हैं; .wasm फ़ाइल केवल `wirc run` को दें
e0403 = `{$path}` में लिखा नहीं जा सकता: {$detail}
    .hint = जाँचें कि आउटपुट डायरेक्टरी मौजूद है और उसमें लिखा जा सकता है
e0420 = wasmtime मॉड्यूल लोड नहीं कर सकता: {$detail}
    .hint = मॉड्यूल को `wasm-tools validate` से वैलिडेट करें, या उसे `wirc` से फिर से कंपाइल करें
e0421 = मॉड्यूल `{$name}` नाम का कोई फ़ंक्शन एक्सपोर्ट नहीं करता
    .hint = { $listed ->
        [none] मॉड्यूल कोई भी फ़ंक्शन एक्सपोर्ट नहीं करता
       *[some] एक्सपोर्ट किए गए फ़ंक्शन: {$exports}
    }
e0422 = `{$name}` {$expected} आर्ग्युमेंट लेता है, पर {$got} दिए गए
    .hint = `--invoke {$name}` के बाद हर पैरामीटर के लिए एक आर्ग्युमेंट दें
e0423 = मॉड्यूल `{$module}`.`{$field}` इम्पोर्ट करता है, और `wirc run` कोई होस्ट फ़ंक्शन नहीं देता
    .hint = इम्पोर्ट वाले मॉड्यूल ऐसे होस्ट में चलाएँ जो उन्हें देता हो, या इम्पोर्ट हटाएँ
e0424 = `{$name}` ट्रैप हुआ: { $trap ->
        [unreachable] `unreachable` निर्देश निष्पादित हुआ
        [divide-by-zero] पूर्णांक का शून्य से भाग
        [integer-overflow] पूर्णांक ओवरफ़्लो
        [invalid-conversion] पूर्णांक में अमान्य रूपांतरण
        [checked-overflow] अंकगणितीय ओवरफ़्लो
        [stack-overflow] कॉल स्टैक समाप्त हो गया
        [memory-out-of-bounds] सीमा से बाहर मेमोरी एक्सेस
        [undefined-element] अपरिभाषित एलिमेंट
        [table-out-of-bounds] टेबल की सीमा के बाहर पहुँच
        [indirect-call-type-mismatch] इनडायरेक्ट कॉल में प्रकार मेल नहीं खाता
        [out-of-fuel] फ़्यूल समाप्त हो गया
        [unknown-import] अज्ञात इम्पोर्ट का कॉल
        [invalid-ir] अमान्य IR
       *[other] {$detail}
    }{ $func ->
        [none] {""}
       *[other] {", "}{$func} में
    }{ $at ->
        [none] {""}
       *[other] {", "}{$at} पर
    }
    .hint = ट्रैप किसी Rust panic या अपरिभाषित ऑपरेशन (शून्य से भाग, चेक्ड ऑपरेशन में ओवरफ़्लो, `trap`) का wasm रूप है
e0425 = आर्ग्युमेंट {$index} (`{$text}`) मान्य {$ty} नहीं है
    .hint = पूर्णांक अपनी चौड़ाई की साइन्ड या अनसाइन्ड रेंज स्वीकार करते हैं; फ़्लोट दशमलव संख्याएँ, `inf` और `nan` स्वीकार करते हैं
e0426 = { $backend ->
        [native] नेटिव बैकएंड
       *[interp] इंटरप्रेटर
    } WasmIR चलाता है, और `{$path}` एक wasm बाइनरी है
    .hint = .wir फ़ाइल को `wirc run --backend {$backend}` को दें, या .wasm फ़ाइल को `--backend wasmtime` के साथ चलाएँ
e0427 = अज्ञात पास `{$pass}`
    .hint = `wirc passes` पासों की सूची देता है: {$passes}
e0428 = `{$code}` नाम का कोई डायग्नोस्टिक कोड नहीं है
    .hint = कोड `E0203` की तरह लिखे जाते हैं; किसी `error[...]` पंक्ति से एक कोड कॉपी करें
e0429 = आंतरिक कंपाइलर त्रुटि: नेटिव बैकएंड मॉड्यूल को कंपाइल नहीं कर सकता: {$detail}
    .hint = यह wirc की एक बग है; कृपया इसे इस .wir फ़ाइल के साथ रिपोर्ट करें; तब तक `--backend wasmtime` या `--backend interp` मॉड्यूल चलाता है
e0498 = आंतरिक कंपाइलर त्रुटि: एमिट किया गया मॉड्यूल वैलिडेट नहीं होता: {$detail}
    .label = इस मॉड्यूल को कंपाइल करते समय
    .hint = यह wirc में बग है; कृपया इस .wir फ़ाइल के साथ इसकी रिपोर्ट करें
e0499 = आंतरिक कंपाइलर त्रुटि: पास `{$pass}` ने IR तोड़ दिया (वेरिफ़ायर त्रुटियाँ: {$count}, पहली {$first})
    .label = इस मॉड्यूल को कंपाइल करते समय
    .hint = यह wirc में बग है; कृपया इस .wir फ़ाइल के साथ इसकी रिपोर्ट करें; `-O0` से यह पास नहीं चलता

# Not a code: the closing line when a file has more diagnostics than are printed (the cap is
# `MAX_RENDERED` in crates/wasmir-syntax/src/diag/render.rs). `$count` is a number, >= 1.
# हिंदी के CLDR plural वर्ग: `one` (0 और 1) और `other`.
more-errors =
    { $count ->
        [one] { $count } और त्रुटि नहीं दिखाई गई
       *[other] { $count } और त्रुटियाँ नहीं दिखाई गईं
    }
    .hint = ऊपर की त्रुटियाँ ठीक करें और बाकी देखने के लिए फिर से चलाएँ; बाद की त्रुटियाँ अक्सर पहले की त्रुटियों का नतीजा होती हैं

# رسائل mir-export (ar): E05xx. `$detail` هو وصف mir-export لبنية MIR (بالإنجليزية)،
# و`$function` دالة Rust، و`$help` النصيحة الخاصة بالحالة.

e0500 = تعذّر تشغيل mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0501 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0502 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0503 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0504 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0505 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0506 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0507 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0508 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0509 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0510 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0511 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0512 = غير مدعوم في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

e0513 = خطأ داخلي في mir-export: {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}


e0514 = {$detail}
    .label = { $function ->
        [none] في هذا العنصر
       *[other] في الدالة `{$function}`
    }
    .hint = {$help}

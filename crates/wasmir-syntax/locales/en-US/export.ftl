# mir-export messages (en-US): E05xx. `$detail` is mir-export's description of the MIR construct,
# `$function` the Rust function, `$help` its specific advice.

e0500 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0501 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0502 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0503 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0504 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0505 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0506 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0507 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0508 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0509 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0510 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0511 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0512 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

e0513 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}


e0514 = {$detail}
    .label = { $function ->
        [none] in this item
       *[other] in function `{$function}`
    }
    .hint = {$help}

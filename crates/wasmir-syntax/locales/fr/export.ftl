# Messages de mir-export (fr) : E05xx. `$detail` décrit la construction MIR (en anglais),
# `$function` la fonction Rust, `$help` le conseil particulier.

e0500 = mir-export n'a pas pu s'exécuter : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0501 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0502 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0503 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0504 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0505 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0506 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0507 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0508 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0509 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0510 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0511 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0512 = non pris en charge par mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

e0513 = erreur interne de mir-export : {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}


e0514 = {$detail}
    .label = { $function ->
        [none] dans cet élément
       *[other] dans la fonction `{$function}`
    }
    .hint = {$help}

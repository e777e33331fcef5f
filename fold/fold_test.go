package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"china", "china"},
		{"NATO", "nato"},
		{"Erdoğan", "erdogan"},
		{"Außenministerium", "aussenministerium"},
		{"Élysée", "elysee"},
		{"Tập Cận Bình", "tap can binh"},
		{"Wałęsa", "walesa"},
		{"Сергей Шойгу", "сергей шойгу"},
		{"习近平", "习近平"},
		{"China’s", "china's"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsUpper(t *testing.T) {
	for in, want := range map[string]bool{"Xi": true, "Ärger": true, "er": false, "": false, "„Feuer": false} {
		if got := IsUpper(in); got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", in, got, want)
		}
	}
}

package size

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr bool
	}{
		{name: "plain bytes", in: "512", want: 512},
		{name: "decimal kilo", in: "10KB", want: 10_000},
		{name: "binary mebi", in: "2MiB", want: 2 << 20},
		{name: "B suffix", in: "7B", want: 7},
		{name: "empty", in: "", wantErr: true},
		{name: "negative", in: "-1KB", wantErr: true},
		{name: "unknown unit", in: "3GB", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Parse(%q) error = %v, wantErr %v",
					tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %d, want %d",
					tt.in, got, tt.want)
			}
		})
	}
}
